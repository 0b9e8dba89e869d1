package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.microgpt.page.Numbers;
import java.util.List;
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
        assertThat(widget.findElements(By.cssSelector(".live select option"))).hasSize(3);
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
