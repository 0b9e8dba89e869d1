package dev.microgpt.rundata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.microgpt.dataset.NamesFile;
import dev.microgpt.inference.Architecture;
import dev.microgpt.inference.Forward;
import dev.microgpt.ladder.Ladder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole export, run once: the files, their round trip through the records, and the numbers
 * in them against the CPython reference ({@code src/test/resources/reference}, see its README).
 * The export ({@link TrainedLadder}) is kept in {@code model/target/test-export/} with its key,
 * and the site build copies it rather than train again.
 */
class ExportTest {
    static final List<String> FILES = List.of("dataset.json", "step0.json", "step1.json",
            "step2.json", "step3.json", "step4.json", "step5.json");

    /** Where the export is kept for the site's ReproducibleIT (the tests run in the module's folder). */
    static final Path KEPT = TrainedLadder.KEPT;

    static Path first;

    static Step1Data step1;
    static Step2Data step2;
    static Step3Data step3;
    static Step4Data step4;
    static Step5Data step5;

    @BeforeAll
    static void exportOnce() throws IOException {
        TrainedLadder.get();                                       // the one training of these tests
        first = KEPT;
        step1 = RunDataJson.read(first.resolve("step1.json"), Step1Data.class);
        step2 = RunDataJson.read(first.resolve("step2.json"), Step2Data.class);
        step3 = RunDataJson.read(first.resolve("step3.json"), Step3Data.class);
        step4 = RunDataJson.read(first.resolve("step4.json"), Step4Data.class);
        step5 = RunDataJson.read(first.resolve("step5.json"), Step5Data.class);
    }

    /** A reference output, as tools/reference/rungN.py printed it. */
    static JsonNode reference(int rung) {
        try (InputStream in = ExportTest.class.getResourceAsStream(
                "/reference/rung" + rung + ".json")) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(item -> out.add(item.asText()));
        return out;
    }

    static List<String> printed(LossCurve curve) {
        List<String> out = new ArrayList<>();
        for (double loss : curve.loss()) {
            out.add(Rounding.format(loss, Rounding.LOSS_DIGITS));
        }
        return out;
    }

    @Test
    void writesEveryFile() throws IOException {
        for (String file : FILES) {
            assertThat(first.resolve(file)).isRegularFile();
        }
        try (var listing = Files.list(first)) {
            assertThat(listing.count()).isEqualTo(FILES.size() + 1);  // and key.txt: no .part left behind
        }
    }

    @Test
    void trainingForgetsAnEarlierKeyAndTheFinishedRunIsKeyedAsTheSiteBuildKeysIt() {
        assertThat(TrainedLadder.get().forgotStaleKey()).isTrue();   // it no longer described them
        assertThat(Export.FILES).isEqualTo(FILES);
        String key = RunKey.of(dev.microgpt.dataset.NamesFile.load(), Path.of("src", "main"));
        assertThat(StoredRun.upToDate(first, key, FILES)).isTrue();
        assertThat(StoredRun.upToDate(first, "stale", FILES)).isFalse();
    }

    @Test
    void everyFileRoundTripsThroughItsRecord() throws IOException {
        for (int i = 0; i < FILES.size(); i++) {
            Path file = first.resolve(FILES.get(i));
            Object record = RunDataJson.read(file, RunDataSchemaTest.FILES.get(i));
            assertThat(RunDataJson.toJson(record)).as(FILES.get(i))
                    .isEqualTo(Files.readString(file));
        }
    }

    @Test
    void everyRungPrintsTheReferencesLossesAndSamples() {
        List<Object[]> rungs = List.of(
                new Object[] {1, step1.training(), step1.samples(), step1.untrainedSamples()},
                new Object[] {2, step2.training(), step2.samples(), step2.untrainedSamples()},
                new Object[] {3, step3.training(), step3.samples(), step3.untrainedSamples()},
                new Object[] {4, step4.training(), step4.samples(), step4.untrainedSamples()},
                new Object[] {5, step5.training(), step5.samples(), step5.untrainedSamples()});
        for (Object[] rung : rungs) {
            JsonNode reference = reference((Integer) rung[0]);
            assertThat(printed((LossCurve) rung[1])).as("rung %s", rung[0])
                    .containsExactlyElementsOf(strings(reference.get("printed")));
            double[] losses = ((LossCurve) rung[1]).loss();
            JsonNode expected = reference.get("losses");
            for (int s = 0; s < losses.length; s++) {
                // last-bit libm differences only: see ReferenceRunTest.LIBM_TOLERANCE
                double want = expected.get(s).asDouble();
                assertThat(losses[s]).isCloseTo(want, within(1e-13 * want));
            }
            assertThat(rung[2]).as("rung %s", rung[0])
                    .isEqualTo(strings(reference.get("samples")));
            assertThat(rung[3]).as("rung %s", rung[0])
                    .isEqualTo(strings(reference.get("untrained_samples")));
        }
    }

    @Test
    void parameterCountsAreTheShapesSums() {
        assertThat(step1.parameters()).isEqualTo(3184).isEqualTo(Shape.count(step1.shapes()));
        assertThat(step2.parameters()).isEqualTo(3184).isEqualTo(Shape.count(step2.shapes()));
        assertThat(step3.parameters()).isEqualTo(4192).isEqualTo(Shape.count(step3.shapes()));
        assertThat(step4.parameters()).isEqualTo(4192).isEqualTo(Shape.count(step4.shapes()));
        assertThat(step5.parameters()).isEqualTo(4192).isEqualTo(Shape.count(step5.shapes()));
    }

    @Test
    void snapshotsRoundTheWeightsOfTheirStep() {
        List<Integer> steps = new ArrayList<>();
        step3.snapshots().forEach(s -> steps.add(s.step()));
        assertThat(steps).containsExactly(0, 10, 100, 250, 500, 1000);
        WeightSnapshot last = step3.snapshots().get(5);
        step3.finalWeights().forEach((name, m) -> assertThat(last.weights().get(name))
                .isEqualTo(Rounding.round(m, Rounding.WEIGHT_DIGITS)));
    }

    @Test
    void examplesReadTheirNamesAtSteps0And100And1000() {
        assertThat(step4.examples()).hasSize(9);
        NameTrace emma = step4.examples().get(7);        // step 1000: ava, emma, yuheng
        assertThat(emma.name()).isEqualTo("emma");
        assertThat(emma.step()).isEqualTo(1000);
        double sum = 0;
        for (NameTrace.PredictedPair pair : emma.pairs()) {
            sum += pair.nll();
        }
        assertThat(emma.loss()).isCloseTo(sum / emma.pairs().size(), within(1e-14));
    }

    @Test
    void stepOnesGradientCheckIsTheReferences() {
        JsonNode check = reference(1).get("grad_check");
        Step1Data.GradientCheck ours = step1.gradientCheck();
        assertThat(ours.name()).isEqualTo("yuheng");
        assertThat(ours.lossNumerical()).isEqualTo(check.get("loss_n").asDouble());
        assertThat(ours.maxDiffIndex()).isEqualTo(check.get("worst_index").asInt());
        assertThat(ours.maxDiffParam()).isEqualTo("wte[7][3]");     // 115 = 7·16 + 3
        // a last-bit libm difference in a loss moves (loss⁺ − loss)/1e-5 by up to ~1e-10
        assertThat(ours.maxDiff()).isCloseTo(check.get("max_diff").asDouble(), within(1e-10));
        assertThat(ours.numerical()).hasSize(3184);
    }

    @Test
    void stepOnesSecantsCloseInOnTheAnalyticGradient() {
        Step1Data.LossSlice slice = step1.lossSlice();
        assertThat(slice.points()).hasSize(81);
        assertThat(slice.points().get(40).delta()).isEqualTo(0.0);
        assertThat(slice.points().get(40).loss()).isEqualTo(step1.training().loss()[0]);
        List<Step1Data.Secant> secants = slice.secants();
        double last = secants.get(secants.size() - 1).slope();
        assertThat(last).isCloseTo(slice.analyticGradient(), within(1e-8));
        double coarse = Math.abs(secants.get(0).slope() - slice.analyticGradient());
        assertThat(Math.abs(last - slice.analyticGradient())).isLessThan(coarse);
    }

    @Test
    void stepTwoStaysWithinRoundingOfStepOne() {
        assertThat(step2.diffFromStep1().maxAbs()).isLessThan(1e-14);
        assertThat(step2.sameSamplesAsStep1()).isTrue();
        assertThat(step2.nodesPerStep()).isBetween(30_000.0, 60_000.0);
    }

    @Test
    void stepTwosGraphIsSmallAndItsGradientsAreTheCalculus() {
        List<Step2Data.GraphNode> nodes = step2.graph().nodes();
        assertThat(nodes).hasSizeLessThanOrEqualTo(14);
        assertThat(nodes.get(0).label()).startsWith("loss");
        assertThat(nodes.get(0).grad()).isEqualTo(1.0);
        double p0 = Math.exp(0.8 * 1.5) / (Math.exp(0.8 * 1.5) + Math.exp(0.3));
        for (Step2Data.GraphNode node : nodes) {
            switch (node.label()) {
                case "w" -> assertThat(node.grad()).isCloseTo((p0 - 1) * 1.5, within(1e-15));
                case "x" -> assertThat(node.grad()).isCloseTo((p0 - 1) * 0.8, within(1e-15));
                case "b" -> assertThat(node.grad()).isCloseTo(1 - p0, within(1e-15));
                default -> { }
            }
            for (int child : node.children()) {
                assertThat(child).as("children come later in backward's order")
                        .isGreaterThan(node.id());
            }
        }
    }

    @Test
    void attentionTracesHaveOneHeadInStepThreeAndFourInStepsFourAndFive() {
        assertThat(step3.attention().get(0).positions().get(2).heads()).hasSize(1);
        assertThat(step4.attention().get(0).positions().get(2).heads()).hasSize(4);
        assertThat(step5.attention().get(2).name()).isEqualTo("yuheng");
        for (AttentionTrace.Head head : step5.attention().get(0).positions().get(3).heads()) {
            assertThat(head.weights()).hasSize(4);           // positions 0..3
            double sum = 0;
            for (double w : head.weights()) {
                sum += w;
            }
            assertThat(sum).isCloseTo(1.0, within(3e-4));    // four numbers rounded to 4 decimals
        }
    }

    @Test
    void adamTraceFollowsAdamsRecurrences() {
        Step5Data.AdamTrace adam = step5.adam();
        assertThat(adam.param()).isEqualTo("lm_head[0][0]");
        assertThat(adam.grad()).hasSize(Ladder.NUM_STEPS);
        double m = 0;
        double v = 0;
        for (int s = 0; s < Ladder.NUM_STEPS; s++) {
            m = 0.85 * m + (1 - 0.85) * adam.grad()[s];
            v = 0.99 * v + (1 - 0.99) * Math.pow(adam.grad()[s], 2);
            assertThat(adam.m()[s]).isEqualTo(m);
            assertThat(adam.v()[s]).isEqualTo(v);
            assertThat(adam.grad()[s]).isNotZero();
        }
        assertThat(Math.abs(adam.update()[0])).isCloseTo(0.01, within(1e-6));  // first step ≈ lr
    }

    @Test
    void theFilesArchitectureAndFinalWeightsRunForwardToTheInferenceCheckBitForBit() {
        // what the generator does: no step number, only the file's architecture and weights
        Step5Data.InferenceCheck check = step5.inferenceCheck();
        Forward forward = Forward.of(step5.architecture(), step5.finalWeights());
        double[][] probs = forward.nextTokenProbs(check.tokens());
        for (int pos = 0; pos < probs.length; pos++) {
            assertThat(Arrays.equals(probs[pos], check.probs()[pos])).as("position %d", pos)
                    .isTrue();
        }
    }

    @Test
    void everyStepFileDescribesItsArchitecture() {
        Step0Data step0 = RunDataJson.read(first.resolve("step0.json"), Step0Data.class);
        assertThat(step0.architecture().kind()).isEqualTo(Architecture.Kind.COUNTS);
        assertThat(step1.architecture().division()).isEqualTo(Architecture.Division.DIVIDE);
        assertThat(step2.architecture().division()).isEqualTo(Architecture.Division.POWER);
        assertThat(step2.architecture().kind()).isEqualTo(Architecture.Kind.MLP);
        assertThat(step3.architecture().nHead()).isEqualTo(1);
        assertThat(step4.architecture().nHead()).isEqualTo(4);
        assertThat(step4.architecture().optimizer()).isEqualTo(Architecture.Optimizer.SGD);
        assertThat(step5.architecture().optimizer()).isEqualTo(Architecture.Optimizer.ADAM);
        assertThat(RunDataJson.toJson(step5.architecture())).startsWith(
                "{\"kind\":\"transformer\",\"vocabSize\":27,\"nEmbd\":16,")
                .contains("\"optimizer\":\"adam\"", "\"division\":\"power\"");
    }

    @Test
    void inferenceCheckIsTheFinalModelsPrediction() {
        Step5Data.InferenceCheck check = step5.inferenceCheck();
        assertThat(check.tokens()).containsExactly(26, 4, 12, 12, 0, 26);
        assertThat(check.probs()).hasDimensions(5, 27);
        AttentionTrace emma = step5.attention().get(0);
        for (int pos = 0; pos < 5; pos++) {
            assertThat(Rounding.round(check.probs()[pos], Rounding.PROB_DIGITS))
                    .isEqualTo(emma.positions().get(pos).probs());
        }
    }

    @Test
    void nodesPerStepCountsTheBiggerGraphsOfTheTransformers() {
        assertThat(step5.nodesPerStep()).isEqualTo(step4.nodesPerStep());
        assertThat(step3.nodesPerStep()).isBetween(40_000.0, 70_000.0);
        assertThat(step4.nodesPerStep()).isGreaterThan(step2.nodesPerStep());
    }

    @Test
    void finalWeightsKeepEveryMatrixInFullPrecision() {
        Map<String, double[][]> weights = step5.finalWeights();
        assertThat(weights).containsOnlyKeys("wte", "wpe", "lm_head", "layer0.attn_wq",
                "layer0.attn_wk", "layer0.attn_wv", "layer0.attn_wo", "layer0.mlp_fc1",
                "layer0.mlp_fc2");
        double sum = 0;
        for (Shape shape : step5.shapes()) {
            for (double[] row : weights.get(shape.name())) {
                for (double w : row) {
                    sum += w;                                 // creation order, as the reference
                }
            }
        }
        double want = reference(5).get("final_sum").asDouble();
        assertThat(sum).isCloseTo(want, within(1e-12 * Math.abs(want)));
    }
}
