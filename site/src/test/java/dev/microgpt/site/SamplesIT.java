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
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** {@code samples}: the run's names per rung, and names drawn in the page that a seed reproduces. */
@ExtendWith(SharedChromium.class)
class SamplesIT {
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    static List<String> drawn(WebElement widget) {
        return widget.findElements(By.cssSelector(".live ul.drawn li")).stream().map(WebElement::getText).toList();
    }

    @Test
    void listsEveryRungsSamplesUntrainedBesideTrained() {
        browser.gallery("samples.html");
        WebElement widget = browser.widget("samples", 0);
        List<WebElement> rows = widget.findElements(By.cssSelector(".live table.samples tbody tr"));
        assertThat(rows).hasSize(6);
        for (int rung = 1; rung <= 5; rung++) {
            JsonNode step = RunNumbers.read("step" + rung);
            List<WebElement> cells = rows.get(rung).findElements(By.cssSelector("td"));
            assertThat(cells.get(0).findElements(By.tagName("li")).stream().map(WebElement::getText).toList())
                    .isEqualTo(RunNumbers.strings(step.path("untrainedSamples")).subList(0, 10));
            assertThat(cells.get(1).findElements(By.tagName("li")).stream().map(WebElement::getText).toList())
                    .isEqualTo(RunNumbers.strings(step.path("samples")).subList(0, 10));
        }
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void seed42AtTheRungsTemperatureRedrawsTheNamesOfTheFinalSnapshot() {
        browser.gallery("samples.html");
        WebElement widget = browser.widget("samples", 0);
        List<String> expected = RunNumbers.strings(RunNumbers.finalSnapshot(5).path("samples"));
        assertThat(drawn(widget)).isEqualTo(expected);            // Step 5's weights, seed 42, temperature 0.5
        widget.findElement(By.xpath(".//button[contains(., 'Next seed')]")).click();
        assertThat(widget.findElement(By.cssSelector(".live input[type=text]")).getAttribute("value")).isEqualTo("43");
        assertThat(drawn(widget)).hasSize(10).isNotEqualTo(expected);
        WebElement seed = widget.findElement(By.cssSelector(".live input[type=text]"));
        seed.sendKeys(Keys.BACK_SPACE, "2");
        assertThat(drawn(widget)).isEqualTo(expected);             // the same seed, the same names
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void countingAndTheMlpDrawWhatTheJavaModelsDraw() {
        browser.gallery("samples.html");
        WebElement widget = browser.widget("samples", 1);
        // counting at temperature 1, seed 7: the Java generator drawing from the final table's rows
        int[][] counts = new int[27][27];
        JsonNode table = RunNumbers.counts(1000);
        for (int i = 0; i < 27; i++) {
            for (int j = 0; j < 27; j++) {
                counts[i][j] = table.get(i).get(j).asInt();
            }
        }
        PyRandom random = new PyRandom(7);
        List<String> expected = new ArrayList<>();
        String uchars = RunNumbers.read("dataset").path("uchars").asText();
        for (int n = 0; n < 5; n++) {
            StringBuilder name = new StringBuilder();
            int token = 26;
            for (int i = 0; i < 16; i++) {
                int total = 27;
                for (int c : counts[token]) {
                    total += c;
                }
                double[] probs = new double[27];
                for (int j = 0; j < 27; j++) {
                    probs[j] = (counts[token][j] + 1) / (double) total;
                }
                token = random.choices(probs);
                if (token == 26) {
                    break;
                }
                name.append(uchars.charAt(token));
            }
            expected.add(name.toString());
        }
        assertThat(drawn(widget)).isEqualTo(expected);
        assertThat(widget.findElement(By.cssSelector(".live output")).getText()).isEqualTo("1.00");

        new Select(widget.findElement(By.cssSelector(".live select"))).selectByIndex(1);   // gradient descent
        WebElement slider = widget.findElement(By.cssSelector(".live input[type=range]"));
        slider.sendKeys(Keys.HOME);
        for (int i = 0; i < 9; i++) {
            slider.sendKeys(Keys.ARROW_RIGHT);                     // 0.05 + 9 × 0.05 = 0.50
        }
        assertThat(widget.findElement(By.cssSelector(".live output")).getText()).isEqualTo("0.50");
        WebElement seed = widget.findElement(By.cssSelector(".live input[type=text]"));
        seed.sendKeys(Keys.chord(Keys.CONTROL, "a"), "42");
        assertThat(drawn(widget)).isEqualTo(RunNumbers.strings(RunNumbers.finalSnapshot(1).path("samples")).subList(0, 5));
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void withoutJavaScriptTheRunsNamesStillRead() {
        try (Browser noScript = Browser.withoutJavaScript()) {
            noScript.gallery("samples.html");
            WebElement figure = noScript.driver().findElement(By.cssSelector("figure.widget[data-widget=samples]"));
            assertThat(figure.getAttribute("class")).doesNotContain("is-live");
            assertThat(figure.findElement(By.cssSelector(".static table.samples")).isDisplayed()).isTrue();
            assertThat(figure.findElements(By.cssSelector(".static tbody tr"))).hasSize(6);
        }
    }
}
