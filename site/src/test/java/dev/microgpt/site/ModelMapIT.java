package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The model map at the top of every lesson of a step whose model attends: drawn from the run's
 * architecture, marking the blocks the lesson is about, and absent where there is no attention;
 * and the architecture widget on every step's overview, the same blocks for every kind of model.
 * Static HTML, so jsoup reads it as a reader without JavaScript sees it.
 */
class ModelMapIT {

    @Test
    void everyLessonOfAnAttendingStepShowsTheMapAndMarksSomething() {
        for (int step = 0; step <= 5; step++) {
            boolean attends = architecture(step).path("attention").asBoolean();
            String prefix = "step/" + step + "/";
            List<String> lessons = SiteFiles.pages().stream()
                    .filter(p -> p.startsWith(prefix) && !p.endsWith("index.html")).toList();
            assertThat(lessons).as("lessons of Step %d", step).isNotEmpty();
            for (String lesson : lessons) {
                Document page = SiteFiles.parse(lesson);
                assertThat(page.select("figure.model-map")).as(lesson).hasSize(attends ? 1 : 0);
                if (attends) {
                    assertThat(page.select(".model-map .is-current")).as(lesson).isNotEmpty();
                    assertThat(page.selectFirst(".model-map figcaption").text())
                            .startsWith("Step " + step + "’s model");
                }
            }
        }
    }

    @Test
    void theSizesAreTheRunsOwn() {
        JsonNode a = architecture(4);
        Document page = SiteFiles.parse("step/4/2.html");
        assertThat(box(page, "q, k, v")).isEqualTo("q, k, v " + a.path("nHead").asInt() + " heads × "
                + a.path("headDim").asInt() + " (this lesson)");
        assertThat(box(page, "MLP")).isEqualTo("MLP " + a.path("nEmbd").asInt() + " → "
                + a.path("nHidden").asInt() + " → " + a.path("nEmbd").asInt() + ", ReLU");
        assertThat(box(page, "Logits")).isEqualTo("Logits " + a.path("nEmbd").asInt() + " → "
                + a.path("vocabSize").asInt() + ", softmax");
        JsonNode one = architecture(3);
        assertThat(one.path("nHead").asInt()).as("Step 3 reads with one head").isEqualTo(1);
        assertThat(box(SiteFiles.parse("step/3/2.html"), "q, k, v"))
                .isEqualTo("q, k, v 1 head, " + one.path("headDim").asInt() + " wide");
    }

    @Test
    void eachLessonMarksTheBlocksItTeaches() {
        assertThat(marked("step/3/4.html")).containsExactly("q, k, v");
        assertThat(marked("step/3/3.html")).containsExactly("RMSNorm", "RMSNorm", "RMSNorm");
        assertThat(marked("step/3/6.html")).containsExactly("Mix of values", "+ input", "+ input");
        assertThat(marked("step/4/2.html")).containsExactly("q, k, v", "Scores → softmax", "Mix of values");
        assertThat(marked("step/3/7.html")).containsExactly("KV cache");
        Document layers = SiteFiles.parse("step/4/4.html");
        int nLayer = architecture(4).path("nLayer").asInt();
        assertThat(layers.select(".model-layer.is-current .model-layer-name").text())
                .isEqualTo("Attention, then MLP: one layer, run " + (nLayer == 1 ? "once" : nLayer + " times")
                        + " (this lesson)");
    }

    @Test
    void theTrainerIsTheRunsOptimizer() {
        assertThat(architecture(3).path("optimizer").asText()).isEqualTo("sgd");
        assertThat(architecture(5).path("optimizer").asText()).isEqualTo("adam");
        assertThat(trainer("step/3/8.html")).isEqualTo("Trained by gradient descent, the gradient from autograd (this lesson)");
        assertThat(trainer("step/3/4.html")).isEqualTo("Trained by gradient descent, the gradient from autograd");
        assertThat(trainer("step/5/2.html")).isEqualTo("Trained by Adam, the gradient from autograd (this lesson)");
    }

    @Test
    void everyStepsOverviewDrawsItsModelFromTheRun() {
        for (int step = 0; step <= 5; step++) {
            Document page = SiteFiles.parse("step/" + step + "/index.html");
            assertThat(page.select("figure[data-widget=architecture] .model-map")).as("Step %d", step).hasSize(1);
        }
        JsonNode counts = architecture(0);
        int vocab = counts.path("vocabSize").asInt();
        Document zero = SiteFiles.parse("step/0/index.html");
        assertThat(box(zero, "Its row of counts")).isEqualTo("Its row of counts " + vocab + " × " + vocab
                + " table, + 1 in every cell");
        assertThat(trainer(zero)).isEqualTo("Learned by counting the pairs of the names");
        JsonNode mlp = architecture(1);
        Document one = SiteFiles.parse("step/1/index.html");
        assertThat(box(one, "Hidden layer")).isEqualTo("Hidden layer " + mlp.path("nEmbd").asInt() + " → "
                + mlp.path("nHidden").asInt() + ", ReLU");
        assertThat(mlp.path("gradient").asText()).isEqualTo("hand_written");
        assertThat(trainer(one)).isEqualTo("Trained by gradient descent, the gradient worked out by hand");
        assertThat(trainer(SiteFiles.parse("step/2/index.html")))
                .isEqualTo("Trained by gradient descent, the gradient from autograd");
        assertThat(box(SiteFiles.parse("step/5/index.html"), "q, k, v"))
                .isEqualTo("q, k, v " + architecture(5).path("nHead").asInt() + " heads × "
                        + architecture(5).path("headDim").asInt());
    }

    private static JsonNode architecture(int step) {
        return RunNumbers.read("step" + step).path("architecture");
    }

    private static List<String> marked(String lesson) {
        return SiteFiles.parse(lesson).select(".model-block.is-current b").eachText();
    }

    private static String box(Document page, String title) {
        for (Element box : page.select(".model-box")) {
            if (box.selectFirst("b").text().equals(title)) {
                return box.text();
            }
        }
        throw new AssertionError("no block '" + title + "' on the map");
    }

    private static String trainer(String lesson) {
        return trainer(SiteFiles.parse(lesson));
    }

    private static String trainer(Document page) {
        return page.selectFirst(".model-trainer").text();
    }
}
