package dev.microgpt.rundata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.microgpt.dataset.NamesFile;
import dev.microgpt.dataset.Tokenizer;
import dev.microgpt.inference.Forward;
import dev.microgpt.ladder.Ladder;
import dev.microgpt.ladder.Rung;
import dev.microgpt.ladder.Step1GradientDescent;
import dev.microgpt.ladder.Step3Attention;
import dev.microgpt.ladder.Step4Transformer;
import dev.microgpt.random.PyRandom;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each rung's loss on names it never trained on, as the export measured it. */
class HeldOutLossTest {
    static final List<Class<?>> RECORDS = List.of(Step0Data.class, Step1Data.class,
            Step2Data.class, Step3Data.class, Step4Data.class, Step5Data.class);
    static final List<LossCurve> curves = new ArrayList<>();

    @BeforeAll
    static void readExport() throws IOException {
        TrainedLadder.get();                                   // the tests' one training
        for (int rung = 0; rung < RECORDS.size(); rung++) {
            Object data = RunDataJson.read(TrainedLadder.KEPT.resolve("step" + rung + ".json"),
                    RECORDS.get(rung));
            curves.add(data instanceof Step0Data step0 ? step0.training()
                    : ((RungData) data).training());
        }
    }

    /** Step 0 recomputed from scratch: count the 1,000 training names, read the next 2,000. */
    @Test
    void step0IsTheSmoothedCountsOnTheNamesAfterTheTrainingNames() {
        List<String> docs = new ArrayList<>(NamesFile.load());
        new PyRandom(Ladder.SEED).shuffle(docs);
        List<String> training = docs.subList(0, Ladder.NUM_STEPS);
        Set<String> seen = new HashSet<>(training);
        int[][] counts = new int[27][27];
        for (String name : training) {
            int[] tokens = tokens(name);
            for (int i = 0; i + 1 < tokens.length; i++) {
                counts[tokens[i]][tokens[i + 1]]++;
            }
        }
        List<Double> losses = new ArrayList<>();
        int skipped = 0;
        for (int i = Ladder.NUM_STEPS; losses.size() < HeldOutLoss.NAMES; i++) {
            if (seen.contains(docs.get(i))) {
                skipped++;
                continue;
            }
            int[] tokens = tokens(docs.get(i));
            double sum = 0;
            for (int p = 0; p + 1 < tokens.length; p++) {
                int total = 27;
                for (int c : counts[tokens[p]]) {
                    total += c;
                }
                sum -= Math.log((counts[tokens[p]][tokens[p + 1]] + 1) / (double) total);
            }
            losses.add(sum / (tokens.length - 1));
        }
        double mean = losses.stream().mapToDouble(x -> x).average().orElseThrow();
        double variance = losses.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum()
                / (losses.size() - 1);
        HeldOutLoss exported = curves.get(0).heldOut();
        assertThat(exported.names()).isEqualTo(HeldOutLoss.NAMES);
        assertThat(exported.first()).isEqualTo(Ladder.NUM_STEPS);
        assertThat(exported.skipped()).isEqualTo(skipped).isPositive();
        assertThat(exported.mean()).isCloseTo(mean, within(1e-12));
        assertThat(exported.standardError())
                .isCloseTo(Math.sqrt(variance / losses.size()), within(1e-12));
    }

    /** a–z are 0–25 and BOS is 26, on both sides of the name. */
    private static int[] tokens(String name) {
        int[] tokens = new int[name.length() + 2];
        tokens[0] = 26;
        for (int i = 0; i < name.length(); i++) {
            tokens[i + 1] = name.charAt(i) - 'a';
        }
        tokens[tokens.length - 1] = 26;
        return tokens;
    }

    @Test
    void everyRungIsMeasuredOnTheSameNames() {
        for (LossCurve curve : curves) {
            assertThat(curve.heldOut().first()).isEqualTo(curves.get(0).heldOut().first());
            assertThat(curve.heldOut().names()).isEqualTo(curves.get(0).heldOut().names());
            assertThat(curve.heldOut().skipped()).isEqualTo(curves.get(0).heldOut().skipped());
        }
    }

    /** Names it learned from flatter a model: each rung's training window beats its held-out loss. */
    @Test
    void heldOutLossIsAboveTheLastTrainingNamesOfEveryRung() {
        for (LossCurve curve : curves) {
            assertThat(curve.heldOut().mean()).isGreaterThan(curve.finalMean());
            // a standard error between 0.001 and 0.05: thousands of names, each loss of order 1
            assertThat(curve.heldOut().standardError()).isBetween(0.001, 0.05);
        }
    }

    @Test
    void measuringAgainGivesTheSameBits() {
        TrainedRung step3 = TrainedLadder.get().rung(Step3Attention.class);
        HeldOutLoss again = HeldOutLoss.of(step3.docs(), step3.tokenizer(), HeldOutLoss.lossOf(
                Forward.of(step3.model().architecture(), step3.model().weights())));
        assertThat(again).isEqualTo(curves.get(3).heldOut());
    }

    /** The plain-double forward pass scores a name as the rung's own loss does. */
    @Test
    void theForwardPassLossIsTheRungsOwnLoss() {
        for (Class<? extends Rung> type : List.of(Step1GradientDescent.class,
                Step3Attention.class, Step4Transformer.class)) {
            TrainedRung rung = TrainedLadder.get().rung(type);
            var fast = HeldOutLoss.lossOf(Forward.of(rung.model().architecture(),
                    rung.model().weights()));
            for (int i = Ladder.NUM_STEPS; i < Ladder.NUM_STEPS + 200; i++) {
                int[] tokens = rung.tokenizer().encode(rung.docs().get(i));
                assertThat(fast.applyAsDouble(tokens))
                        .isCloseTo(rung.model().evaluate(tokens), within(1e-12));
            }
        }
    }

    @Test
    void meanAndStandardErrorOfAKnownLossSkippingTrainingNames() {
        List<String> docs = new ArrayList<>();
        for (int i = 0; i < Ladder.NUM_STEPS; i++) {
            docs.add("a");                                     // every training name is "a"
        }
        docs.addAll(List.of("a", "bb", "a", "cccc", "dd"));
        Tokenizer tokenizer = Tokenizer.fromDocs(docs);
        // the loss of a name: its token count (BOS on both sides), so "bb" → 4, "cccc" → 6
        HeldOutLoss held = HeldOutLoss.of(docs, tokenizer, tokens -> tokens.length, 3);
        assertThat(held.skipped()).isEqualTo(2);
        assertThat(held.mean()).isCloseTo(14 / 3.0, within(1e-15));
        double variance = (Math.pow(4 - 14 / 3.0, 2) * 2 + Math.pow(6 - 14 / 3.0, 2)) / 2;
        assertThat(held.standardError()).isCloseTo(Math.sqrt(variance / 3), within(1e-15));
    }
}
