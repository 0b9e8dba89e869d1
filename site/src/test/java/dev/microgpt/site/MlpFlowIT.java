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

/** {@code mlp-flow}: the layers of the trained MLP for a picked token are the run's activations. */
@ExtendWith(SharedChromium.class)
class MlpFlowIT {
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    static List<String> cells(WebElement table) {
        return table.findElements(By.cssSelector("td:not(.masked)")).stream()   // a strip's unused places hold nothing
                .map(td -> td.getAttribute("textContent")).toList();
    }


    @Test
    void pickingATokenShowsTheRunsActivationsForIt() {
        browser.gallery("mlp.html");
        WebElement widget = browser.widget("mlp-flow", 0);
        widget.findElement(By.cssSelector(".live button[data-t='4']")).click();          // e
        JsonNode e = RunNumbers.read("step1").path("activations").get(0).path("positions").get(1);
        assertThat(e.path("token").asText()).isEqualTo("e");
        List<WebElement> strips = widget.findElements(By.cssSelector(".live table.strip"));
        assertThat(cells(strips.get(0))).isEqualTo(RunNumbers.fixed4(e.path("x")));
        assertThat(cells(strips.get(1))).isEqualTo(RunNumbers.fixed4(e.path("hPre")));
        assertThat(cells(strips.get(2))).isEqualTo(RunNumbers.fixed4(e.path("h")));
        assertThat(cells(strips.get(3))).isEqualTo(RunNumbers.fixed4(e.path("logits")));
        assertThat(cells(strips.get(4))).isEqualTo(RunNumbers.fixed4(e.path("probs")));
        assertThat(widget.findElement(By.cssSelector(".live button[data-t='4']")).getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(widget.findElement(By.cssSelector(".live .chart-title")).getText()).startsWith("x = wte[e]");

        WebElement first = strips.get(4).findElement(By.cssSelector("td"));
        new Actions(browser.driver()).click(first).sendKeys(Keys.ARROW_RIGHT).perform();
        assertThat(widget.findElement(By.cssSelector(".live .readout")).getText())
                .isEqualTo("p[b] = " + Numbers.fixed(e.path("probs").get(1).asDouble(), 4));
        new Actions(browser.driver()).moveToElement(strips.get(1).findElements(By.tagName("td")).get(17)).perform();
        assertThat(widget.findElement(By.cssSelector(".live .readout")).getText())
                .isEqualTo("sum[17] = " + Numbers.fixed(e.path("hPre").get(17).asDouble(), 4));
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void withoutJavaScriptTheStripsOfTheFirstTokenRead() {
        try (Browser noScript = Browser.withoutJavaScript()) {
            noScript.gallery("mlp.html");
            WebElement figure = noScript.driver().findElement(By.cssSelector("figure.widget"));
            JsonNode a = RunNumbers.read("step1").path("activations").get(1).path("positions").get(1);
            assertThat(a.path("token").asText()).isEqualTo("a");
            List<WebElement> strips = figure.findElements(By.cssSelector(".static table.strip"));
            assertThat(strips).hasSize(5);
            assertThat(cells(strips.get(4))).isEqualTo(RunNumbers.fixed4(a.path("probs")));
        }
    }
}
