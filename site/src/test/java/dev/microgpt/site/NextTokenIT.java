package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** {@code next-token}: the final models in the page give the run's next-token distributions. */
@ExtendWith(SharedChromium.class)
class NextTokenIT {
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    /** The values a bar chart prints, in token order, from its text alternative. */
    static List<String> values(WebElement svg) {
        String label = svg.getAttribute("aria-label");
        List<String> out = new ArrayList<>();
        for (String part : label.substring(label.indexOf("): ") + 3).split(", ")) {
            out.add(part.substring(part.indexOf(' ') + 1));
        }
        return out;
    }


    @Test
    void transformerBarsAfterEmmAreTheRunsInferenceCheck() {
        browser.gallery("next-token.html");
        WebElement widget = browser.widget("next-token", 1);
        List<WebElement> charts = widget.findElements(By.cssSelector(".live svg.bars"));
        assertThat(charts).hasSize(4);
        assertThat(charts.get(3).getAttribute("aria-label")).startsWith("Adam: p(next | BOS e m m): ");
        assertThat(values(charts.get(3))).isEqualTo(RunNumbers.fixed4(RunNumbers.read("step5").path("inferenceCheck").path("probs").get(3)));
        assertThat(charts.get(1).getAttribute("aria-label")).startsWith("Gradient descent: p(next | m): ");
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void typingAContextRedrawsTheBars() {
        browser.gallery("next-token.html");
        WebElement widget = browser.widget("next-token", 0);
        WebElement input = widget.findElement(By.cssSelector(".live input[type=text]"));
        input.click();
        input.sendKeys(Keys.END, "m");                               // "emm": the MLP still reads one m
        JsonNode emma = RunNumbers.example(1, "emma", 1000);
        WebElement svg = widget.findElement(By.cssSelector(".live svg.bars"));
        assertThat(values(svg)).isEqualTo(RunNumbers.fixed4(emma.path("pairs").get(3).path("probs")));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "E!");           // cleaned to "e"
        svg = widget.findElement(By.cssSelector(".live svg.bars"));
        assertThat(svg.getAttribute("aria-label")).startsWith("Gradient descent: p(next | e): ");
        assertThat(values(svg)).isEqualTo(RunNumbers.fixed4(emma.path("pairs").get(1).path("probs")));
        assertThat(widget.findElement(By.cssSelector(".live .summary-line")).getText()).contains("skipped");
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void withoutJavaScriptTheBuildDrawsTheSameBars() {
        try (Browser noScript = Browser.withoutJavaScript()) {
            noScript.gallery("next-token.html");
            WebElement figure = noScript.driver().findElements(By.cssSelector("figure.widget")).get(1);
            List<WebElement> charts = figure.findElements(By.cssSelector(".static svg.bars"));
            assertThat(charts).hasSize(4);
            assertThat(charts.get(3).isDisplayed()).isTrue();
            assertThat(values(charts.get(3)))
                    .isEqualTo(RunNumbers.fixed4(RunNumbers.read("step5").path("inferenceCheck").path("probs").get(3)));
        }
    }
}
