package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.microgpt.inference.BigramForward;
import dev.microgpt.inference.Forward;
import dev.microgpt.random.PyRandom;
import dev.microgpt.rundata.DatasetData;
import dev.microgpt.rundata.RunDataJson;
import dev.microgpt.rundata.RungData;
import dev.microgpt.rundata.Step0Data;
import dev.microgpt.rundata.Step1Data;
import dev.microgpt.rundata.Step2Data;
import dev.microgpt.rundata.Step3Data;
import dev.microgpt.rundata.Step4Data;
import dev.microgpt.rundata.Step5Data;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The in-page models of {@code models.js} against the Java model: the port of CPython's random
 * gives {@link PyRandom}'s numbers, and the transformer reproduces the run's inference check.
 */
@ExtendWith(SharedChromium.class)
class ModelsIT {
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        browser.gallery("samples.html");          // its first figure embeds Step 5's weights as m5
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void randomGivesPyRandomsWordsAndDoublesForASeed() {
        for (long seed : new long[] {42, 0, 7, 4294967295L}) {
            PyRandom expected = new PyRandom(seed);
            List<Object> words = new ArrayList<>();
            for (int i = 0; i < 700; i++) {                // past one twist of the 624 words
                words.add(expected.nextWord());
            }
            List<Object> doubles = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                doubles.add(expected.random());
            }
            @SuppressWarnings("unchecked")
            List<List<Object>> got = (List<List<Object>>) browser.script("var r = MG.random(arguments[0]), w = [], d = [];"
                    + "for (var i = 0; i < 700; i++) w.push(r.word()); for (i = 0; i < 5; i++) d.push(r.random());"
                    + "return [w, d];", seed);
            assertThat(got.get(0)).as("words, seed %d", seed).isEqualTo(words);
            assertThat(got.get(1)).as("random(), seed %d", seed).isEqualTo(doubles);
        }
    }

    @Test
    void choicesBisectsTheCumulativeWeightsAsCPythonDoes() {
        double[] weights = {0.1, 0, 0.25, 0.05, 0.6, 0, 1e-9, 0.3};
        PyRandom expected = new PyRandom(42);
        List<Object> draws = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            draws.add((long) expected.choices(weights));
        }
        Object got = browser.script("var r = MG.random(42), w = arguments[0], out = [];"
                + "for (var i = 0; i < 200; i++) out.push(r.choices(w)); return out;", List.of(0.1, 0, 0.25, 0.05, 0.6, 0,
                1e-9, 0.3));
        assertThat(got).isEqualTo(draws);
    }

    @Test
    void transformerReproducesTheRunsInferenceCheck() {
        JsonNode check = RunNumbers.read("step5").path("inferenceCheck");
        @SuppressWarnings("unchecked")
        List<List<Number>> probs = (List<List<Number>>) browser.script("var ids = arguments[0];"
                + "return MG.model('m5').trace(ids).slice(0, ids.length - 1).map(function (p) { return p.probs; });",
                RunNumbers.ints(check.path("tokens")));
        assertThat(probs).hasSize(check.path("probs").size());
        for (int pos = 0; pos < probs.size(); pos++) {
            for (int j = 0; j < probs.get(pos).size(); j++) {
                assertThat(probs.get(pos).get(j).doubleValue()).as("position %d, token %d", pos, j)
                        .isCloseTo(check.path("probs").get(pos).get(j).asDouble(), org.assertj.core.data.Offset.offset(1e-9));
            }
        }
        assertThat(browser.problems()).isEmpty();
    }

    /**
     * Every rung's in-page model against the model's own forward pass in Java
     * ({@code dev.microgpt.inference}, which the model's tests pin to the training code bit for
     * bit), from the same run data: each next-token distribution of several names, and the names
     * each samples from seed 42 at its own temperature.
     *
     * <p>Tolerance: both sides do the same operations in the same order on IEEE doubles, so sums,
     * products and divisions agree exactly; only {@code Math.exp} and {@code Math.pow} differ,
     * V8's and HotSpot's being different implementations, each within about one ulp of the true
     * value. Through softmax and the layers that is a relative error of a few 1e-16 per number,
     * so 1e-12 of each probability is ample and still catches any real difference (a changed
     * order of operations, a wrong ε, a missing scale shows at 1e-8 or more). The test reports
     * how many numbers are bitwise equal.
     */
    @Test
    void everyRungComputesWhatTheJavaForwardPassComputes() throws Exception {
        List<String> names = List.of("emma", "ava", "yuheng", "x", "muhammadibrahimabdullah");
        var dataset = RunDataJson.read(Browser.RUNDATA.resolve("dataset.json"), DatasetData.class);
        int bos = dataset.bos();
        long compared = 0;
        long bitwise = 0;
        double worst = 0;
        for (int rung = 0; rung <= 5; rung++) {
            browser.gallery(rung == 2 || rung == 3 || rung == 4 ? "models.html" : "samples.html");
            Forward forward = forward(rung);
            for (String name : names) {
                int[] tokens = encode(name, dataset.uchars(), bos);
                double[][] expected = forward.nextTokenProbs(tokens);
                @SuppressWarnings("unchecked")
                List<List<Number>> got = (List<List<Number>>) browser.script(
                        "const model = MG.model(arguments[0]); const ids = arguments[1].slice(0, -1);"
                        + "return model.transformer ? model.trace(ids).map(p => p.probs)"
                        + " : ids.map(id => model.next([id]));", "m" + rung, toList(tokens));
                assertThat(got).as("rung %d, %s: positions", rung, name).hasSize(expected.length);
                for (int pos = 0; pos < expected.length; pos++) {
                    for (int j = 0; j < expected[pos].length; j++) {
                        double js = got.get(pos).get(j).doubleValue();
                        double java = expected[pos][j];
                        assertThat(js).as("rung %d, %s, position %d, token %d", rung, name, pos, j)
                                .isCloseTo(java, org.assertj.core.data.Offset.offset(1e-12 * java));
                        compared++;
                        bitwise += Double.doubleToLongBits(js) == Double.doubleToLongBits(java) ? 1 : 0;
                        worst = Math.max(worst, Math.abs(js - java) / java);
                    }
                }
            }
            double temperature = forward.architecture().temperature();
            List<String> expectedNames = new ArrayList<>();
            PyRandom random = new PyRandom(42);
            for (int i = 0; i < 20; i++) {
                StringBuilder sampled = new StringBuilder();
                for (int id : forward.sample(random, bos)) {
                    sampled.append(dataset.uchars().charAt(id));
                }
                expectedNames.add(sampled.toString());
            }
            Object sampled = browser.script("const model = MG.model(arguments[0]); const rng = MG.random(42);"
                    + "const out = []; for (let i = 0; i < 20; i++) { out.push(model.sample(rng, arguments[1])); }"
                    + "return out;", "m" + rung, temperature);
            assertThat(sampled).as("rung %d: 20 names from seed 42 at temperature %s", rung, temperature)
                    .isEqualTo(expectedNames);
        }
        System.out.printf(java.util.Locale.ROOT, "models.js against the Java forward pass: %d of %d probabilities"
                + " bitwise equal, the largest relative difference %.1e%n", bitwise, compared, worst);
        assertThat(browser.problems()).isEmpty();
    }

    /** The rung's forward pass, built from the run data exactly as the generator builds it. */
    private static Forward forward(int rung) {
        if (rung == 0) {
            var counting = RunDataJson.read(Browser.RUNDATA.resolve("step0.json"), Step0Data.class);
            var last = counting.snapshots().get(counting.snapshots().size() - 1);
            return BigramForward.of(counting.architecture(), last.counts());
        }
        Class<? extends RungData> type = switch (rung) {
            case 1 -> Step1Data.class;
            case 2 -> Step2Data.class;
            case 3 -> Step3Data.class;
            case 4 -> Step4Data.class;
            default -> Step5Data.class;
        };
        RungData data = RunDataJson.read(Browser.RUNDATA.resolve("step" + rung + ".json"), type);
        return Forward.of(data.architecture(), data.finalWeights());
    }

    private static int[] encode(String name, String uchars, int bos) {
        int[] tokens = new int[name.length() + 2];
        tokens[0] = bos;
        for (int i = 0; i < name.length(); i++) {
            tokens[i + 1] = uchars.indexOf(name.charAt(i));
        }
        tokens[tokens.length - 1] = bos;
        return tokens;
    }

    private static List<Integer> toList(int[] tokens) {
        List<Integer> out = new ArrayList<>();
        for (int token : tokens) {
            out.add(token);
        }
        return out;
    }
}
