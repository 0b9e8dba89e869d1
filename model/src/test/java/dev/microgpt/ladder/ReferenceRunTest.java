package dev.microgpt.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.microgpt.dataset.NamesFile;
import dev.microgpt.dataset.Tokenizer;
import dev.microgpt.inference.ForwardPassCheck;
import dev.microgpt.random.PyRandom;
import dev.microgpt.rundata.Rounding;
import dev.microgpt.rundata.TrainedLadder;
import dev.microgpt.rundata.TrainedRung;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every rung of Steps 1–5 must reproduce of the reference run: each rung's test takes the
 * rung as the export trained it ({@link TrainedLadder}, the one training of the model's tests;
 * Step 5 trains itself) and inherits these checks.
 *
 * <p>How exact: the RNG, the initial weight sums, the parameter counts, the first loss, every
 * printed loss and every sampled name must be identical. Full-precision losses after the first
 * step may differ in the last bits, because Java's {@code Math.exp/log/pow/sin/cos} and the C
 * library's disagree in the last bit for about 0.1 % of arguments (shared/REFERENCE.md). We
 * measured at most 6e-16 relative over all 1000 steps of every rung and allow
 * {@value #LIBM_TOLERANCE}. With glibc's functions substituted
 * ({@code tools/reference/glibc-check.sh}) all 1000 losses of every rung agree bit for bit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReferenceRunTest {
    /** Relative tolerance for full-precision losses: libm's last bits, see the class comment. */
    static final double LIBM_TOLERANCE = 1e-13;

    Reference reference;
    List<String> docs;
    Tokenizer tokenizer;
    Rung model;
    Map<String, double[][]> initialWeights;
    List<String> untrainedSamples;
    final double[] losses = new double[Ladder.NUM_STEPS];
    final List<String> samples = new ArrayList<>();

    /** Which rung, 1–5. */
    abstract int rung();

    /** A fresh model of this rung, weights drawn from {@code random}. */
    abstract Rung create(Tokenizer tokenizer, PyRandom random);

    /** The rungs the export trains with their own {@code train()}: the tests check those runs. */
    private static final Map<Integer, Class<? extends Rung>> EXPORTED = Map.of(1, Step1GradientDescent.class,
            2, Step2Autograd.class, 3, Step3Attention.class, 4, Step4Transformer.class);

    @BeforeAll
    void trainAsTheReferenceDoes() {
        reference = Reference.rung(rung());
        if (EXPORTED.containsKey(rung())) {                 // trained once, by the export
            TrainedRung trained = TrainedLadder.get().rung(EXPORTED.get(rung()));
            docs = trained.docs();
            tokenizer = trained.tokenizer();
            model = trained.model();
            initialWeights = trained.initialWeights();
            untrainedSamples = trained.untrainedSamples();
            System.arraycopy(trained.losses(), 0, losses, 0, losses.length);
            samples.addAll(trained.samples());
            return;
        }
        // Step 5: the export trains it with a loop of its own (it watches one parameter), so
        // this trains Step5Adam.train() itself, as the reference does
        PyRandom random = new PyRandom(Ladder.SEED);
        docs = Ladder.shuffled(NamesFile.load(), random);
        tokenizer = Tokenizer.fromDocs(docs);
        model = create(tokenizer, random);
        initialWeights = model.weights();
        untrainedSamples = sampleNames(new PyRandom(Ladder.SEED));
        model.train(docs, (step, loss) -> losses[step - 1] = loss);
        samples.addAll(sampleNames(random));          // the generator that shuffled, as in the run
    }

    private List<String> sampleNames(PyRandom random) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < Ladder.NUM_SAMPLES; i++) {
            names.add(model.sample(random));
        }
        return names;
    }

    static double sum(Map<String, double[][]> weights) {
        double sum = 0;
        for (double[][] matrix : weights.values()) {
            for (double[] row : matrix) {
                for (double w : row) {
                    sum += w;                         // in creation order, as Python's sum(initial)
                }
            }
        }
        return sum;
    }

    static int count(Map<String, double[][]> weights) {
        int count = 0;
        for (double[][] matrix : weights.values()) {
            count += matrix.length * matrix[0].length;
        }
        return count;
    }

    @Test
    void hasTheReferencesParameterCount() {
        assertThat(count(initialWeights)).isEqualTo(reference.numParams());
    }

    @Test
    void initialWeightsSumExactlyAsInTheReference() {
        assertThat(sum(initialWeights)).isEqualTo(reference.initialSum());
    }

    @Test
    void firstLossIsBitExact() {
        // the first forward pass happens to hit no libm last-bit difference: exact equality
        // shows the forward pass does the reference's arithmetic in the reference's order
        assertThat(losses[0]).isEqualTo(reference.losses()[0]);
    }

    @Test
    void lossesAtChosenStepsAgreeToLibmRounding() {
        double[] expected = reference.losses();
        for (int step : new int[] {1, 2, 10, 100, 1000}) {
            double want = expected[step - 1];
            assertThat(losses[step - 1]).as("loss of step %d", step)
                    .isCloseTo(want, within(LIBM_TOLERANCE * want));
        }
    }

    @Test
    void everyLossAgreesToLibmRounding() {
        double[] expected = reference.losses();
        for (int s = 0; s < Ladder.NUM_STEPS; s++) {
            assertThat(losses[s]).as("loss of step %d", s + 1)
                    .isCloseTo(expected[s], within(LIBM_TOLERANCE * expected[s]));
        }
    }

    @Test
    void everyPrintedLossMatchesTheReference() {
        List<String> printed = new ArrayList<>();
        for (double loss : losses) {
            printed.add(Rounding.format(loss, Rounding.LOSS_DIGITS));
        }
        assertThat(printed).containsExactlyElementsOf(reference.printed());
    }

    @Test
    void samplesMatchTheReference() {
        assertThat(samples).containsExactlyElementsOf(reference.samples());
    }

    @Test
    void untrainedSamplesMatchTheReference() {
        assertThat(untrainedSamples).containsExactlyElementsOf(reference.untrainedSamples());
    }

    @Test
    void theTrainedModelIsTheDoubleForwardPassOfItsArchitectureAndWeights() {
        ForwardPassCheck.assertSameAsRung(model, tokenizer);   // bit for bit, samples too
    }

    @Test
    void finalWeightsSumAsInTheReference() {
        double want = reference.finalSum();
        assertThat(sum(model.weights())).isCloseTo(want, within(1e-12 * Math.abs(want)));
    }
}
