package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.microgpt.page.Numbers;
import dev.microgpt.widget.Heat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Step 0's pages in real Chromium from {@code file://}: every widget hydrates, responds to pointer
 * and keyboard, and shows the numbers the run data holds (that no page logs a console error is
 * {@link AllPagesIT}'s).
 */
@ExtendWith(SharedChromium.class)
class Step0WidgetsIT {
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void tokenizerShowsTheIdsOfATypedName() {
        browser.open("step/0/2.html");
        WebElement widget = browser.widget("tokenizer", 0);
        WebElement input = widget.findElement(By.cssSelector("input[type=text]"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "emma");
        String uchars = RunNumbers.read("dataset").path("uchars").asText();
        int bos = RunNumbers.read("dataset").path("bos").asInt();
        List<String> chips = widget.findElements(By.cssSelector(".live .tok")).stream().map(WebElement::getText).toList();
        assertThat(chips).containsExactly("BOS" + bos, "e" + uchars.indexOf('e'), "m" + uchars.indexOf('m'),
                "m" + uchars.indexOf('m'), "a" + uchars.indexOf('a'), "BOS" + bos);
        input.sendKeys("!");                              // not a token: skipped, and the page says so
        assertThat(widget.findElements(By.cssSelector(".live .tok")).stream().map(WebElement::getText).toList())
                .isEqualTo(chips);
        assertThat(widget.getText()).contains("“!” skipped");
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void countTableFollowsTheSnapshotSliderAndTheArrowKeys() {
        browser.open("step/0/5.html");
        WebElement widget = browser.widget("count-table", 0);
        WebElement slider = widget.findElement(By.cssSelector("input[type=range]"));
        slider.sendKeys(Keys.HOME);
        assertThat(widget.findElement(By.cssSelector("output")).getText()).isEqualTo("after 0 steps");
        assertThat(widget.findElements(By.cssSelector(".live td:not(.q0)"))).isEmpty();
        slider.sendKeys(Keys.END);
        assertThat(widget.findElement(By.cssSelector("output")).getText()).isEqualTo("after 1,000 steps");

        WebElement first = widget.findElement(By.cssSelector(".live td[tabindex='0']"));
        first.click();                                   // (a, a): selects row a
        new Actions(browser.driver()).sendKeys(Keys.ARROW_RIGHT).sendKeys(Keys.ARROW_RIGHT).perform();
        JsonNode counts = RunNumbers.counts(1000);
        String readout = widget.findElement(By.cssSelector(".live .readout")).getText();
        assertThat(readout).startsWith("after a → c · count " + Numbers.integer(counts.get(0).get(2).asInt()));
        new Actions(browser.driver()).sendKeys(Keys.ARROW_DOWN).sendKeys(Keys.ENTER).perform();   // row b
        assertThat(widget.findElement(By.cssSelector(".bars-live .chart-title")).getText()).isEqualTo("p(next | b)");
        assertThat(widget.findElements(By.cssSelector(".bars-live rect"))).hasSize(counts.size());
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void countTableKeepsOneColourScaleAcrossSnapshots() {
        browser.open("step/0/5.html");
        WebElement widget = browser.widget("count-table", 0);
        WebElement slider = widget.findElement(By.cssSelector("input[type=range]"));
        JsonNode last = RunNumbers.counts(1000);
        int largest = 0;
        for (JsonNode row : last) {
            for (JsonNode count : row) {
                largest = Math.max(largest, count.asInt());
            }
        }
        slider.sendKeys(Keys.END);
        String legend = widget.findElement(By.cssSelector(".live .hm-legend")).getText();
        assertThat(widget.findElement(By.cssSelector(".live .hm-bound")).getText())
                .isEqualTo("One scale for every snapshot: the largest count in any of them is " + Numbers.integer(largest) + ".");
        // the most frequent pair is the darkest bin; a pair seen once the palest above zero
        List<String> cells = browser.attributes(widget, ".live tbody td", "class");
        int n = last.size();
        for (int k = 0; k < n * n; k++) {
            int count = last.get(k / n).get(k % n).asInt();
            if (count == largest || count == 1) {
                assertThat(cells.get(k)).as("cell %d, count %d", k, count).startsWith(count == 1 ? "q1" : "q7");
            }
        }
        slider.sendKeys(Keys.HOME, Keys.ARROW_RIGHT);
        String after = widget.findElement(By.cssSelector("output")).getText();
        int step = Integer.parseInt(after.replaceAll("[^0-9]", ""));
        assertThat(step).isLessThan(1000);
        // an earlier snapshot: the same legend, and every cell binned on the final snapshot's scale, so its
        // most frequent pair is paler than the darkest bin instead of re-fitted to it
        assertThat(widget.findElement(By.cssSelector(".live .hm-legend")).getText()).isEqualTo(legend);
        JsonNode early = RunNumbers.counts(step);
        int[] edges = Heat.countEdges(largest);
        cells = browser.attributes(widget, ".live tbody td", "class");
        int earlyLargest = 0;
        for (int k = 0; k < n * n; k++) {
            int count = early.get(k / n).get(k % n).asInt();
            earlyLargest = Math.max(earlyLargest, count);
            assertThat(cells.get(k)).as("cell %d, count %d", k, count).startsWith("q" + Heat.bin(count, edges));
        }
        assertThat(Heat.bin(earlyLargest, edges)).isLessThan(Heat.BINS);
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void pairStepperReachesTheLossOfAvaAfter100Steps() {
        browser.open("step/0/6.html");
        WebElement widget = browser.widget("pair-stepper", 0);
        JsonNode ava = null;
        for (JsonNode example : RunNumbers.read("step0").path("examples")) {
            if (example.path("name").asText().equals("ava") && example.path("step").asInt() == 100) {
                ava = example;
            }
        }
        assertThat(ava).isNotNull();
        WebElement readout = widget.findElement(By.cssSelector(".readout"));
        assertThat(readout.getText()).startsWith("BOS → a: p = (" + ava.path("pairs").get(0).path("count").asInt()
                + " + 1) / (" + ava.path("pairs").get(0).path("rowTotal").asInt() + " + "
                + RunNumbers.read("dataset").path("vocabSize").asInt() + ") = "
                + Numbers.fixed(ava.path("pairs").get(0).path("prob").asDouble(), 4));
        widget.findElement(By.xpath(".//button[contains(., 'Last')]")).click();
        assertThat(widget.findElement(By.cssSelector(".where")).getText()).isEqualTo("pair 4 of 4");
        assertThat(readout.getText()).endsWith("mean of 4 = " + Numbers.fixed(ava.path("loss").asDouble(), 4)
                + " = the loss of this name");
        WebElement name = widget.findElement(By.cssSelector("input[type=text]"));
        name.sendKeys(Keys.chord(Keys.CONTROL, "a"), "emma");
        assertThat(widget.findElements(By.cssSelector(".live tbody tr"))).hasSize("emma".length() + 1);
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void lossCurveReadsOutTheRunsLossAtAStep() {
        browser.open("step/0/6.html");
        WebElement widget = browser.widget("loss-curve", 0);
        JsonNode loss = RunNumbers.read("step0").path("training").path("loss");
        WebElement slider = widget.findElement(By.cssSelector("input[type=range]"));
        slider.sendKeys(Keys.HOME);
        WebElement readout = widget.findElement(By.cssSelector(".readout"));
        assertThat(readout.getText()).startsWith("step 1 · Counting " + Numbers.fixed(loss.get(0).asDouble(), 4));
        slider.sendKeys(Keys.PAGE_UP);
        assertThat(readout.getText()).startsWith("step ");
        slider.sendKeys(Keys.END);
        assertThat(readout.getText()).startsWith("step 1,000 · Counting " + Numbers.fixed(loss.get(999).asDouble(), 4));
        WebElement svg = widget.findElement(By.cssSelector(".live svg.chart"));
        new Actions(browser.driver()).moveToElement(svg).perform();
        assertThat(readout.getText()).doesNotStartWith("step 1,000 ");
        assertThat(widget.findElements(By.cssSelector(".live svg .baseline"))).hasSize(1);
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void everyWidgetHasAStaticFallbackWithoutJavaScript() {
        try (Browser noScript = Browser.withoutJavaScript()) {
            noScript.open("step/0/6.html");
            List<WebElement> figures = noScript.driver().findElements(By.cssSelector("figure.widget"));
            assertThat(figures).hasSize(2);
            for (WebElement figure : figures) {
                assertThat(figure.getAttribute("class")).doesNotContain("is-live");
                assertThat(figure.findElement(By.cssSelector(".static")).isDisplayed()).isTrue();
            }
            assertThat(figures.get(0).findElements(By.cssSelector(".static table.pairs tbody tr"))).hasSize(4);
            assertThat(figures.get(1).findElement(By.cssSelector(".static svg")).getAttribute("aria-label"))
                    .contains("Counting");
            noScript.open("step/0/4.html");
            int vocab = RunNumbers.read("dataset").path("vocabSize").asInt();
            assertThat(noScript.driver().findElements(By.cssSelector("figure.widget .static table.hm td")))
                    .hasSize(vocab * vocab);
        }
    }
}
