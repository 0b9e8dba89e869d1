package dev.microgpt.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.microgpt.dataset.NamesFile;
import dev.microgpt.dataset.Tokenizer;
import dev.microgpt.inference.Architecture.Division;
import dev.microgpt.inference.Architecture.Kind;
import dev.microgpt.ladder.Ladder;
import dev.microgpt.ladder.Rung;
import dev.microgpt.ladder.Step0Counting;
import dev.microgpt.ladder.Step1GradientDescent;
import dev.microgpt.ladder.Step2Autograd;
import dev.microgpt.ladder.Step3Attention;
import dev.microgpt.ladder.Step4Transformer;
import dev.microgpt.ladder.Step5Adam;
import dev.microgpt.random.PyRandom;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The forward passes against the rungs, bit for bit, on the initial weights of every rung and
 * on the trained count table and Step 1 MLP (cheap to train). Steps 1–5 trained are checked by
 * their reference tests ({@code ReferenceRunTest}), which train them anyway.
 */
class ForwardPassTest {
    static List<String> docs;
    static Tokenizer tokenizer;

    @BeforeAll
    static void load() {
        docs = Ladder.shuffled(NamesFile.load(), new PyRandom(Ladder.SEED));
        tokenizer = Tokenizer.fromDocs(docs);
    }

    /** A rung with the reference's initial weights: the generator that shuffled draws them. */
    static <R extends Rung> R untrained(BiFunction<Tokenizer, PyRandom, R> create) {
        PyRandom random = new PyRandom(Ladder.SEED);
        Ladder.shuffled(NamesFile.load(), random);
        return create.apply(tokenizer, random);
    }

    @Test
    void everyUntrainedRungIsItsForwardPass() {
        for (Rung rung : List.of(untrained(Step1GradientDescent::new),
                untrained(Step2Autograd::new), untrained(Step3Attention::new),
                untrained(Step4Transformer::new), untrained(Step5Adam::new))) {
            ForwardPassCheck.assertSameAsRung(rung, tokenizer);
        }
    }

    @Test
    void theTrainedCountTableIsItsForwardPass() {
        Step0Counting model = new Step0Counting(tokenizer);
        model.train(docs, (step, loss) -> { });
        BigramForward forward = BigramForward.of(model.architecture(), model.counts());
        for (String name : ForwardPassCheck.NAMES) {
            int[] tokens = tokenizer.encode(name);
            double[][] probs = forward.nextTokenProbs(tokens);
            for (int pos = 0; pos < probs.length; pos++) {
                assertThat(Arrays.equals(probs[pos], model.bigram(tokens[pos]))).as(name).isTrue();
            }
            assertThat(ForwardPassCheck.loss(probs, tokens)).isEqualTo(model.loss(tokens));
        }
        PyRandom ours = new PyRandom(42);
        PyRandom theirs = new PyRandom(42);
        for (int i = 0; i < 20; i++) {
            assertThat(ForwardPassCheck.decode(tokenizer, forward.sample(ours, tokenizer.bos())))
                    .isEqualTo(model.sample(theirs));
        }
    }

    @Test
    void aCountTracesRowIsTheTablesRowSmoothed() {
        int[][] counts = new int[27][27];
        counts[26][0] = 3;                            // BOS → a, three times
        BigramTrace.Position bos = BigramForward.of(Architecture.counts(27, 16), counts)
                .next(26);
        assertThat(bos.counts()[0]).isEqualTo(3);
        assertThat(bos.denominator()).isEqualTo(3 + 27);
        assertThat(bos.probs()[0]).isEqualTo(4 / 30.0);
        assertThat(bos.probs()[1]).isEqualTo(1 / 30.0);
    }

    @Test
    void theTrainedStepOneMlpIsItsForwardPass() {
        Step1GradientDescent model = untrained(Step1GradientDescent::new);
        model.train(docs, (step, loss) -> { });
        MlpForward forward = MlpForward.of(model.architecture(), model.weights());
        for (String name : ForwardPassCheck.NAMES) {
            int[] tokens = tokenizer.encode(name);
            MlpTrace trace = forward.trace(tokens);
            for (int pos = 0; pos < tokens.length; pos++) {
                MlpTrace.Position p = trace.positions().get(pos);
                assertThat(Arrays.equals(p.logits(), model.mlp(tokens[pos]))).isTrue();
                assertThat(Arrays.equals(p.probs(),
                        Step1GradientDescent.softmax(model.mlp(tokens[pos])))).isTrue();
                assertThat(p.h()).containsExactly(Step1GradientDescent.relu(p.hPre()));
            }
            assertThat(ForwardPassCheck.loss(forward.nextTokenProbs(tokens), tokens))
                    .isEqualTo(model.forward(tokens));
        }
        ForwardPassCheck.assertSameAsRung(model, tokenizer);
    }

    @Test
    void aTransformerTraceKeepsEveryLayerAndHead() {
        Step4Transformer model = untrained(Step4Transformer::new);
        Architecture a = model.architecture();
        int[] tokens = tokenizer.encode("emma");
        TransformerTrace trace = TransformerForward.of(a, model.weights())
                .trace(Arrays.copyOf(tokens, tokens.length - 1));
        assertThat(trace.positions()).hasSize(5);
        TransformerTrace.Position third = trace.positions().get(2);
        assertThat(third.token()).isEqualTo(tokenizer.id('m'));
        assertThat(third.tokEmb()).containsExactly(model.weights().get("wte")[third.token()]);
        assertThat(third.posEmb()).containsExactly(model.weights().get("wpe")[2]);
        assertThat(third.layers()).hasSize(a.nLayer());
        TransformerTrace.Layer layer = third.layers().get(0);
        assertThat(layer.heads()).hasSize(4);
        for (TransformerTrace.Head head : layer.heads()) {
            assertThat(head.logits()).hasSize(3);     // positions 0, 1 and 2
            assertThat(head.weights()).hasSize(3);
        }
        for (int i = 0; i < a.nEmbd(); i++) {
            assertThat(layer.xAfterAttn()[i]).isEqualTo(layer.attnOut()[i] + third.x()[i]);
            assertThat(layer.xOut()[i]).isEqualTo(layer.mlpOut()[i] + layer.xAfterAttn()[i]);
        }
        assertThat(layer.hPre()).hasSize(a.nHidden());
        assertThat(third.xOut()).containsExactly(layer.xOut());
        assertThat(third.probs()).hasSize(a.vocabSize());
    }

    @Test
    void stepThreesMatricesNeedNoLayerPrefixButStepFoursWouldWorkWithout() {
        Step4Transformer model = untrained(Step4Transformer::new);
        Map<String, double[][]> bare = new LinkedHashMap<>();
        model.weights().forEach((name, m) -> bare.put(name.replace("layer0.", ""), m));
        int[] tokens = tokenizer.encode("ava");
        ForwardPassCheck.assertBitEqual(
                TransformerForward.of(model.architecture(), bare).nextTokenProbs(tokens),
                model.nextTokenProbs(tokens), "ava without prefixes");
    }

    @Test
    void aTransformerReadsAtMostItsBlock() {
        Step3Attention model = untrained(Step3Attention::new);
        TransformerForward forward = TransformerForward.of(model.architecture(), model.weights());
        assertThat(forward.trace(new int[16]).positions()).hasSize(16);
        assertThatThrownBy(() -> forward.trace(new int[17]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("block size");
        assertThatThrownBy(() -> forward.trace(new int[] {27}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no token 27");
    }

    @Test
    void everyRungDescribesItself() {
        Architecture step0 = new Step0Counting(tokenizer).architecture();
        assertThat(step0.kind()).isEqualTo(Kind.COUNTS);
        assertThat(step0.blockSize()).isEqualTo(16);
        assertThat(step0.temperature()).isEqualTo(1);
        Architecture step1 = untrained(Step1GradientDescent::new).architecture();
        assertThat(step1.division()).isEqualTo(Division.DIVIDE);
        assertThat(step1.gradient()).isEqualTo(Architecture.Gradient.HAND_WRITTEN);
        Architecture step2 = untrained(Step2Autograd::new).architecture();
        assertThat(step2).isEqualTo(new Architecture(Kind.MLP, 27, 16, 64, 0, 0, 0, 16, false,
                Architecture.Gradient.AUTOGRAD, Architecture.Optimizer.SGD, Division.POWER, 0,
                0.5));
        Architecture step3 = untrained(Step3Attention::new).architecture();
        assertThat(step3.nHead()).isEqualTo(1);
        assertThat(step3.headDim()).isEqualTo(16);
        Architecture step4 = untrained(Step4Transformer::new).architecture();
        assertThat(step4).isEqualTo(new Architecture(Kind.TRANSFORMER, 27, 16, 64, 4, 4, 1, 16,
                true, Architecture.Gradient.AUTOGRAD, Architecture.Optimizer.SGD, Division.POWER,
                1e-5, 0.5));
        Architecture step5 = untrained(Step5Adam::new).architecture();
        assertThat(step5.optimizer()).isEqualTo(Architecture.Optimizer.ADAM);
        assertThat(step5.nHead()).isEqualTo(4);
    }

    @Test
    void anArchitectureMustBeConsistent() {
        assertThatThrownBy(() -> Architecture.transformer(27, 16, 3, 1, 64, 16, 1e-5,
                Architecture.Optimizer.SGD, 0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("heads must split the width");
        assertThatThrownBy(() -> new Architecture(Kind.MLP, 27, 16, 64, 4, 4, 1, 16, false,
                Architecture.Gradient.AUTOGRAD, Architecture.Optimizer.SGD, Division.POWER, 0,
                0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Forward.of(Architecture.counts(27, 16), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void powerDivisionIsValuesDivision() {
        // the last bit differs for some operands: why the architecture says which one a rung uses
        assertThat(Division.POWER.divide(1.0, 3.0)).isEqualTo(1.0 * Math.pow(3.0, -1));
        assertThat(Division.DIVIDE.divide(1.0, 3.0)).isEqualTo(1.0 / 3.0);
    }
}
