package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.microgpt.page.Numbers;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/** {@code weights}: heatmaps of the run's weight snapshots, a value on hover or focus. */
@ExtendWith(SharedChromium.class)
class WeightsIT {
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    static JsonNode snapshot(int rung, int step) {
        for (JsonNode s : RunNumbers.read("step" + rung).path("snapshots")) {
            if (s.path("step").asInt() == step) {
                return s;
            }
        }
        throw new IllegalArgumentException("no snapshot " + step);
    }

    @Test
    void pickingAStepRepaintsEveryMatrixWithTheRunsWeights() {
        browser.gallery("weights.html");
        WebElement widget = browser.widget("weights", 0);
        // every weight a cell: the build sends this fallback as <noscript> text, the script made it HTML again
        assertThat(widget.findElements(By.cssSelector("noscript"))).isEmpty();
        assertThat(widget.findElements(By.cssSelector(":scope > div.static table.hm td")))
                .hasSize(RunNumbers.read("step1").path("parameters").asInt());
        new Select(widget.findElement(By.cssSelector(".live select"))).selectByVisibleText("after 250 steps");
        JsonNode w = snapshot(1, 250).path("weights");
        List<WebElement> tables = widget.findElements(By.cssSelector(".live table.hm"));
        assertThat(tables).hasSize(3);
        List<WebElement> fc2 = tables.get(2).findElements(By.tagName("td"));
        assertThat(fc2).hasSize(27 * 64);
        for (int k : new int[] {0, 63, 64, 1000, 27 * 64 - 1}) {
            assertThat(fc2.get(k).getAttribute("textContent")).as("mlp_fc2 cell %d", k)
                    .isEqualTo(Numbers.fixed(w.path("mlp_fc2").get(k / 64).get(k % 64).asDouble(), 4));
        }
        WebElement cell = tables.get(0).findElement(By.tagName("td"));
        new Actions(browser.driver()).click(cell).sendKeys(Keys.ARROW_DOWN, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT).perform();
        assertThat(widget.findElement(By.cssSelector(".live .readout")).getText())
                .isEqualTo("wte[1][2] = " + Numbers.fixed(w.path("wte").get(1).get(2).asDouble(), 4));
        new Actions(browser.driver()).moveToElement(tables.get(1).findElements(By.tagName("td")).get(16 * 5 + 3)).perform();
        assertThat(widget.findElement(By.cssSelector(".live .readout")).getText())
                .isEqualTo("mlp_fc1[5][3] = " + Numbers.fixed(w.path("mlp_fc1").get(5).get(3).asDouble(), 4));
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void transformerMatricesDropTheLayerPrefix() {
        browser.gallery("weights.html");
        WebElement widget = browser.widget("weights", 1);
        JsonNode w = snapshot(4, 1000).path("weights");
        List<WebElement> tables = widget.findElements(By.cssSelector(".live table.hm"));
        assertThat(tables).hasSize(4);
        assertThat(tables.get(3).findElements(By.tagName("td")).get(17).getAttribute("textContent"))
                .isEqualTo(Numbers.fixed(w.path("layer0.attn_wk").get(1).get(1).asDouble(), 4));
        assertThat(widget.findElements(By.cssSelector(".live label:first-child select option"))).hasSize(3);
    }

    /** The largest magnitude of a matrix over some snapshots, or of its change from the first. */
    private static double largest(int rung, String key, int[] steps, boolean change) {
        JsonNode start = snapshot(rung, steps[0]).path("weights").path(key);
        double max = 0;
        for (int step : steps) {
            JsonNode w = snapshot(rung, step).path("weights").path(key);
            for (int i = 0; i < w.size(); i++) {
                for (int j = 0; j < w.get(i).size(); j++) {
                    double v = w.get(i).get(j).asDouble();
                    max = Math.max(max, Math.abs(change ? v - start.get(i).get(j).asDouble() : v));
                }
            }
        }
        return max;
    }

    private static double shown(WebElement cell) {
        return Double.parseDouble(cell.getAttribute("textContent").replace('\u2212', '-').replace(",", ""));
    }

    @Test
    void eachMatrixKeepsOneScaleAtEveryStepAndTheChangeViewShowsWhatMoved() {
        browser.gallery("weights.html");
        WebElement widget = browser.widget("weights", 1);
        int[] steps = {0, 100, 1000};
        String[] keys = {"wte", "wpe", "layer0.attn_wq", "layer0.attn_wk"};
        Select step = new Select(widget.findElement(By.cssSelector(".live label:first-child select")));
        Select view = new Select(widget.findElement(By.cssSelector(".live label:nth-child(2) select")));
        List<WebElement> mats = widget.findElements(By.cssSelector(".live .mat"));
        assertThat(mats).hasSize(4);
        step.selectByVisibleText("after 0 steps");
        List<String> legendsAtZero = mats.stream().map(m -> m.findElement(By.cssSelector(".hm-legend")).getText()).toList();
        List<String> wpeAtZero = browser.attributes(widget, ".live .mat:nth-child(2) td", "class");
        step.selectByVisibleText("after 1,000 steps");
        mats = widget.findElements(By.cssSelector(".live .mat"));
        for (int m = 0; m < 4; m++) {
            // the legend does not re-fit: the same bins at step 0 and step 1,000, their bound the matrix's
            // largest weight at any step
            assertThat(mats.get(m).findElement(By.cssSelector(".hm-legend")).getText()).as(keys[m])
                    .isEqualTo(legendsAtZero.get(m));
            assertThat(mats.get(m).findElement(By.cssSelector(".hm-bound")).getText()).as(keys[m])
                    .isEqualTo("One scale for every step: largest |weight| over steps 0–1,000: "
                            + Numbers.fixed(largest(4, keys[m], steps, false), 4) + ".");
        }
        // wpe's rows past the longest name never move, so they keep their colours cell for cell
        JsonNode wpe0 = snapshot(4, 0).path("weights").path("wpe");
        JsonNode wpe1000 = snapshot(4, 1000).path("weights").path("wpe");
        int still = wpe0.size() - 1;
        assertThat(wpe1000.get(still)).isEqualTo(wpe0.get(still));
        List<String> wpe = browser.attributes(widget, ".live .mat:nth-child(2) td", "class");
        int cols = wpe0.get(0).size();
        for (int j = 0; j < cols; j++) {
            assertThat(wpe.get(still * cols + j)).isEqualTo(wpeAtZero.get(still * cols + j));
        }

        view.selectByVisibleText("change since step 0");
        wpe = browser.attributes(widget, ".live .mat:nth-child(2) td", "class");
        List<String> wpeShown = browser.texts(widget, ".live .mat:nth-child(2) td");
        for (int j = 0; j < cols; j++) {
            assertThat(wpeShown.get(still * cols + j)).isEqualTo("0.0000");
            assertThat(wpe.get(still * cols + j)).isEqualTo("d-0");
        }
        JsonNode wte0 = snapshot(4, 0).path("weights").path("wte");
        JsonNode wte1000 = snapshot(4, 1000).path("weights").path("wte");
        List<WebElement> wte = widget.findElements(By.cssSelector(".live .mat:nth-child(1) td"));
        int wteCols = wte0.get(0).size();
        for (int k : new int[] {0, 17, wte.size() - 1}) {
            int i = k / wteCols;
            int j = k % wteCols;
            double change = wte1000.get(i).get(j).asDouble() - wte0.get(i).get(j).asDouble();
            assertThat(shown(wte.get(k))).as("wte cell %d", k).isCloseTo(change, Offset.offset(1.5e-4));
        }
        double maxChange = 0;
        for (String key : keys) {
            maxChange = Math.max(maxChange, largest(4, key, steps, true));
        }
        mats = widget.findElements(By.cssSelector(".live .mat"));
        assertThat(mats.get(2).findElement(By.cssSelector(".hm-bound")).getText())
                .isEqualTo("Weight minus its value at step 0, one scale for every step and every matrix here: "
                        + "largest |change| over steps 0–1,000: " + Numbers.fixed(maxChange, 4) + ".");
        new Actions(browser.driver()).moveToElement(wte.get(17)).perform();
        assertThat(widget.findElement(By.cssSelector(".live .readout")).getText())
                .isEqualTo("wte[1][1] − at step 0 = " + wte.get(17).getAttribute("textContent"));
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void aSingleSnapshotHasNoPickerAndSaysItsStep() {
        browser.gallery("weights.html");
        WebElement widget = browser.widget("weights", 2);
        assertThat(widget.findElements(By.cssSelector(".live select"))).isEmpty();
        assertThat(widget.findElement(By.cssSelector(".live .picked")).getText()).isEqualTo("Weights after 0 steps");
        assertThat(widget.findElements(By.cssSelector(".live table.hm td"))).hasSize(16 * 16);
    }

    @Test
    void withoutJavaScriptTheTablesHoldEveryWeight() {
        try (Browser noScript = Browser.withoutJavaScript()) {
            noScript.gallery("weights.html");
            WebElement figure = noScript.driver().findElement(By.cssSelector("figure.widget"));
            assertThat(figure.findElement(By.cssSelector(".static")).getTagName()).isEqualTo("noscript");
            assertThat(figure.findElement(By.cssSelector(".static table.hm")).isDisplayed()).isTrue();
            assertThat(figure.findElements(By.cssSelector(".static table.hm td")))
                    .hasSize(RunNumbers.read("step1").path("parameters").asInt());
            assertThat(figure.findElement(By.cssSelector(".static table.hm td")).getAttribute("textContent"))
                    .isEqualTo(Numbers.fixed(snapshot(1, 0).path("weights").path("wte").get(0).get(0).asDouble(), 4));
        }
    }
}
