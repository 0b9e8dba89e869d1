package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.microgpt.random.PyRandom;
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
}
