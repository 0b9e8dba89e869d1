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

/** {@code playground}: Step 5 in the page agrees with the run on a name, its attention and its samples. */
@ExtendWith(SharedChromium.class)
class PlaygroundIT {
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
    void emmaReadsAsTheRunsInferenceCheck() {
        browser.gallery("playground.html");
        WebElement widget = browser.widget("playground", 0);
        JsonNode check = RunNumbers.read("step5").path("inferenceCheck");
        List<WebElement> rows = widget.findElements(By.cssSelector(".live table.pairs tbody tr"));
        assertThat(rows).hasSize(5);
        double sum = 0;
        for (int i = 0; i < 5; i++) {
            double p = check.path("probs").get(i).get(check.path("tokens").get(i + 1).asInt()).asDouble();
            sum += -Math.log(p);
            assertThat(rows.get(i).findElements(By.tagName("td")).get(0).getText()).isEqualTo(Numbers.fixed(p, 4));
        }
        assertThat(widget.findElement(By.cssSelector(".live .summary-line + div, .live p.summary-line:not(:empty)")).getText())
                .isNotEmpty();
        assertThat(widget.getText()).contains("mean surprise, the loss of this name: " + Numbers.fixed(sum / 5, 4));
        assertThat(NextTokenIT.values(widget.findElement(By.cssSelector(".live svg.bars"))))
                .isEqualTo(RunNumbers.fixed4(check.path("probs").get(4)));
        AttentionIT.assertTriangle(widget.findElements(By.cssSelector(".live table.tri")).get(1), 5, "emma", 1);
        assertThat(SamplesIT.drawn(widget)).isEqualTo(RunNumbers.strings(RunNumbers.finalSnapshot(5).path("samples")));
        widget.findElement(By.cssSelector(".live input[type=text]")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "ava");
        assertThat(widget.findElements(By.cssSelector(".live table.pairs tbody tr"))).hasSize(4);
        AttentionIT.assertTriangle(widget.findElements(By.cssSelector(".live table.tri")).get(0), 5, "ava", 0);
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void withoutJavaScriptTheNameAndTheRunsSamplesRead() {
        try (Browser noScript = Browser.withoutJavaScript()) {
            noScript.gallery("playground.html");
            WebElement figure = noScript.driver().findElement(By.cssSelector("figure.widget[data-widget=playground]"));
            assertThat(figure.findElements(By.cssSelector(".static table.pairs tbody tr"))).hasSize(5);
            assertThat(figure.findElements(By.cssSelector(".static table.tri"))).hasSize(4);
            assertThat(figure.findElement(By.cssSelector(".static ul.names li")).getText())
                    .isEqualTo(RunNumbers.read("step5").path("samples").get(0).asText());
        }
    }
}
