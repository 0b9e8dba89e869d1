package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.microgpt.random.PyRandom;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code trainer}: every rung trained in Chromium from {@code file://} by training.js on the
 * forward pass of models.js gives the run's loss at every one of its steps to every printed digit
 * (and prints how many are equal bit for bit), and the run's samples; the widget trains in slices,
 * compares as it goes, and takes a reader's own words with one message per kind of bad input.
 */
@ExtendWith(SharedChromium.class)
class TrainerIT {
    private static final Duration PATIENCE = Duration.ofSeconds(300);
    private static Browser browser;

    /** Trains a rung of the first trainer figure with the run's configuration: losses and samples. */
    private static final String TRAIN = "var fig = document.querySelector('figure[data-widget=trainer]');"
            + "var data = JSON.parse(fig.querySelector('script.widget-data').textContent);"
            + "var want = arguments[0];"
            + "var r = data.rungs.find(function (x) { return x.rung === want; });"
            + "var config = Object.assign({}, r.config, {seed: data.seed, steps: data.steps,"
            + " trainingNames: data.trainingNames, count: data.count, uchars: data.uchars});"
            + "var run = MG.training(config);"
            + "while (!run.done()) { run.step(); }"
            + "return {losses: run.losses, samples: run.samples(r.samples.length)};";

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    /** Python's f"{x:.4f}": the exact binary value rounded half to even. */
    private static String printed(double x) {
        return new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).toPlainString();
    }

    @Test
    void everyRungTrainedInThePageGivesTheRunsLossesAndSamples() {
        browser.gallery("trainer.html");
        StringBuilder report = new StringBuilder("trainer: steps whose loss is bit for bit the Java run's:");
        for (int rung = 0; rung <= 5; rung++) {
            JsonNode run = RunNumbers.read("step" + rung);
            JsonNode expected = run.path("training").path("loss");
            @SuppressWarnings("unchecked")
            Map<String, Object> got = (Map<String, Object>) browser.script(TRAIN, rung);
            @SuppressWarnings("unchecked")
            List<Number> losses = (List<Number>) got.get("losses");
            assertThat(losses).as("rung %d: steps", rung).hasSize(expected.size());
            int bitwise = 0;
            for (int i = 0; i < losses.size(); i++) {
                double mine = losses.get(i).doubleValue();
                double theirs = expected.get(i).asDouble();
                assertThat(printed(mine)).as("rung %d, step %d", rung, i + 1).isEqualTo(printed(theirs));
                assertThat(Math.abs(mine - theirs)).as("rung %d, step %d", rung, i + 1)
                        .isLessThanOrEqualTo(1e-12 * Math.abs(theirs));
                bitwise += mine == theirs ? 1 : 0;
            }
            assertThat(got.get("samples")).as("rung %d: samples", rung).isEqualTo(RunNumbers.strings(run.path("samples")));
            report.append(String.format(" rung %d %d/%d;", rung, bitwise, losses.size()));
        }
        System.out.println(report);
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void theWidgetTrainsInSlicesAndComparesEveryStepWithTheRun() {
        browser.gallery("trainer.html");
        WebElement widget = browser.widget("trainer", 1);                // rung 3, no knobs
        JsonNode expected = RunNumbers.read("step3").path("training").path("loss");
        JsonNode names = RunNumbers.read("dataset").path("trainingNames");
        WebElement status = widget.findElement(By.cssSelector(".trainer-compare"));
        assertThat(status.getText()).startsWith("Ready: the site's run of Step 3");
        button(widget, "Step once").click();
        button(widget, "Step once").click();
        assertThat(status.getText()).startsWith("step 2: " + printed(expected.get(1).asDouble())
                + " — same as the run this site was built from (2 of 2 steps print the same");
        assertThat(widget.findElement(By.cssSelector(".trainer-current")).getText())
                .isNotEmpty();
        assertThat(widget.getText()).contains("Step 2 learned from “" + names.get(1).asText() + "”");
        // a task queued just after Train runs while training is still going: training yields
        browser.script("var w = arguments[0]; window.trainedWhenOtherWorkRan = -1;"
                + "w.querySelector('button.btn').click();"
                + "setTimeout(function () { window.trainedWhenOtherWorkRan = +w.querySelector('.live').dataset.trained; }, 0);",
                widget);
        new WebDriverWait(browser.driver(), PATIENCE).until(d -> "1000".equals(
                widget.findElement(By.cssSelector(".live")).getDomAttribute("data-trained"))
                && "false".equals(widget.findElement(By.cssSelector(".live")).getDomAttribute("data-running")));
        Number whenOther = (Number) browser.script("return window.trainedWhenOtherWorkRan;");
        assertThat(whenOther.intValue()).as("steps done when a task queued after Train ran").isBetween(2, 999);
        assertThat(status.getText()).startsWith("step 1,000: " + printed(expected.get(999).asDouble())
                + " — same as the run this site was built from (1,000 of 1,000 steps print the same");
        assertThat(widget.getText()).contains("The 20 names it made up, the site's run's exactly:");
        List<String> samples = widget.findElements(By.cssSelector("ol.trainer-names li")).stream()
                .map(WebElement::getText).toList();
        assertThat(samples).isEqualTo(RunNumbers.strings(RunNumbers.read("step3").path("samples")));
        assertThat(widget.findElement(By.cssSelector(".live svg .line")).getDomAttribute("d").split("L"))
                .hasSize(1000);
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void knobsMakeADifferentRunAndLiveInTheFragment() {
        browser.gallery("trainer.html");
        WebElement widget = browser.widget("trainer", 0);
        WebElement rate = widget.findElement(By.cssSelector(".knob-learningRate input"));
        rate.clear();
        rate.sendKeys("0.02");
        browser.script("arguments[0].dispatchEvent(new Event('change'))", rate);
        WebElement status = widget.findElement(By.cssSelector(".trainer-compare"));
        assertThat(status.getText()).isEqualTo("Ready: a different run from the site's (changed: learning rate).");
        assertThat((String) browser.script("return location.hash")).isEqualTo("#trainer:rung=5&lr=0.02");
        WebElement width = widget.findElement(By.cssSelector(".knob-width input"));
        width.clear();
        width.sendKeys("8");
        browser.script("arguments[0].dispatchEvent(new Event('change'))", width);
        // wte, wpe, lm_head at width 8, and one layer: four 8×8 attention matrices, an MLP 4 × 8 wide
        assertThat(widget.getText()).contains(String.format("%,d parameters", 27 * 8 + 16 * 8 + 27 * 8 + 4 * 64 + 2 * 32 * 8));
        button(widget, "Step once").click();
        assertThat(status.getText()).startsWith("step 1: ").endsWith(", a run of your own");
        String url = browser.driver().getCurrentUrl();
        browser.driver().navigate().to("about:blank");
        browser.driver().get(url);
        browser.waitForWidgets();
        WebElement again = browser.widget("trainer", 0);
        assertThat(again.findElement(By.cssSelector(".knob-learningRate input")).getDomProperty("value")).isEqualTo("0.02");
        assertThat(again.findElement(By.cssSelector(".knob-width input")).getDomProperty("value")).isEqualTo("8");
        WebElement seed = again.findElement(By.cssSelector(".knob-seed input"));
        seed.clear();
        seed.sendKeys("7");
        browser.script("arguments[0].dispatchEvent(new Event('change'))", seed);
        WebElement status2 = again.findElement(By.cssSelector(".trainer-compare"));
        new WebDriverWait(browser.driver(), PATIENCE).until(d -> status2.getText().startsWith("Ready"));
        assertThat(status2.getText()).isEqualTo("Ready: a different run from the site's (changed: seed, "
                + "learning rate, width).");
        List<String> names = new ArrayList<>(RunNumbers.strings(RunNumbers.read("dataset").path("fileOrder")));
        new PyRandom(7).shuffle(names);                                   // Ladder.shuffled with seed 7
        button(again, "Step once").click();
        assertThat(again.findElement(By.cssSelector(".trainer-current")).getText())
                .startsWith("Step 1 learned from “" + names.get(0) + "”");
        assertThat((String) browser.script("return location.hash")).isEqualTo("#trainer:rung=5&seed=7&lr=0.02&width=8");
        browser.driver().navigate().to("about:blank");
    }

    @Test
    void ownWordsTrainAndEveryBadListGetsOneMessage(@TempDir Path dir) throws IOException {
        browser.gallery("trainer.html");
        WebElement widget = browser.widget("trainer", 0);
        WebElement message = widget.findElement(By.cssSelector(".trainer-message"));
        assertThat(paste(widget, message, "")).isEqualTo("list: the list is empty: write one word per line.");
        assertThat(paste(widget, message, "\n  \n")).isEqualTo("list: the list is empty: write one word per line.");
        assertThat(paste(widget, message, "anna\n")).isEqualTo("list: one word (“anna”) is not a list to learn from: give two or more.");
        StringBuilder many = new StringBuilder();
        for (int c = 0; c < 120; c++) {
            many.append((char) (0x4e00 + c)).append('\n');
        }
        assertThat(paste(widget, message, many.toString()))
                .isEqualTo("list: the list uses 120 different characters; the vocabulary holds at most 100.");
        assertThat(paste(widget, message, "ab\u0000\u0001\u0002cd\nef\n"))
                .isEqualTo("list: this is not text (it holds binary data): open a plain text file.");
        String cut = paste(widget, message, "anna\n\nbob\nabcdefghijklmnopqrstuvwxyz\n\ncarla\n");
        assertThat(cut).isEqualTo("list: 4 words, 26 characters (abcdefghijklmnopqrstuvwxyz), shuffled with the seed. "
                + "1 word longer than the context (16 characters) is cut to its first 16. 2 blank lines skipped.");
        WebElement status = widget.findElement(By.cssSelector(".trainer-compare"));
        assertThat(status.getText()).isEqualTo("Ready: a different run from the site's (changed: your own words).");

        // a local file, read with FileReader: trained on, with the seed free to change
        Path small = dir.resolve("pets.txt");
        Files.writeString(small, "rex\nfido\nbella\nmax\nluna\n", StandardCharsets.UTF_8);
        WebElement file = widget.findElement(By.cssSelector("input[type=file]"));
        file.sendKeys(small.toString());
        new WebDriverWait(browser.driver(), PATIENCE).until(d -> message.getText().startsWith("pets.txt: 5 words"));
        WebElement seed = widget.findElement(By.cssSelector(".knob-seed input"));
        seed.clear();
        seed.sendKeys("7");
        browser.script("arguments[0].dispatchEvent(new Event('change'))", seed);
        button(widget, "Step once").click();
        assertThat(status.getText()).startsWith("step 1: ").endsWith(", a run of your own");
        assertThat(widget.getText()).containsPattern("Step 1 learned from “(rex|fido|bella|max|luna)”");

        Path big = dir.resolve("big.txt");
        Files.write(big, "abcdefghij\n".repeat(300_000).getBytes(StandardCharsets.UTF_8));  // 3.3 MB
        file.sendKeys(big.toString());
        new WebDriverWait(browser.driver(), PATIENCE).until(d -> message.getText().startsWith("big.txt"));
        assertThat(message.getText()).isEqualTo("big.txt is 3.1 MB; the trainer reads lists of up to 2 MB. "
                + "Keep the first part of it and open that.");
        Path binary = dir.resolve("image.txt");
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 37);
        }
        Files.write(binary, bytes);
        file.sendKeys(binary.toString());
        new WebDriverWait(browser.driver(), PATIENCE).until(d -> message.getText().startsWith("image.txt"));
        assertThat(message.getText()).isEqualTo("image.txt: this is not text (it holds binary data): open a plain text file.");
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void withoutJavaScriptTheRunsLossesAndNamesRead() {
        try (Browser noScript = Browser.withoutJavaScript()) {
            noScript.gallery("trainer.html");
            WebElement figure = noScript.driver().findElement(By.cssSelector("figure.widget[data-widget=trainer]"));
            List<WebElement> rows = figure.findElements(By.cssSelector(".static tbody tr"));   // a row per step
            List<WebElement> first = rows.get(0).findElements(By.cssSelector("td"));           // a column per rung
            assertThat(first).hasSize(6);
            for (int rung = 0; rung <= 5; rung++) {
                JsonNode loss = RunNumbers.read("step" + rung).path("training").path("loss");
                assertThat(first.get(rung).getText()).isEqualTo(printed(loss.get(0).asDouble()));
            }
            assertThat(figure.findElement(By.cssSelector(".static")).getText())
                    .contains(RunNumbers.read("step5").path("samples").get(0).asText());
        }
    }

    private static String paste(WebElement widget, WebElement message, String text) {
        WebElement area = widget.findElement(By.cssSelector(".trainer-words textarea"));
        browser.script("arguments[0].value = arguments[1];", area, text);
        button(widget, "Train on these words").click();
        return message.getText();
    }

    private static WebElement button(WebElement widget, String label) {
        return widget.findElement(By.xpath(".//button[normalize-space(.)='" + label + "']"));
    }
}
