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

/** {@code scrubber}: one slider moves the loss so far, the names and the weights through training. */
@ExtendWith(SharedChromium.class)
class ScrubberIT {
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
    void theSliderMovesNamesWeightsAndCurveTogether() {
        browser.gallery("training.html");
        WebElement widget = browser.widget("scrubber", 0);
        WebElement slider = widget.findElement(By.cssSelector(".live input[type=range]"));
        slider.sendKeys(Keys.HOME, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        JsonNode snapshot = RunNumbers.read("step5").path("snapshots").get(2);
        assertThat(widget.findElement(By.cssSelector(".live output")).getText())
                .isEqualTo("after " + snapshot.path("step").asInt() + " steps");
        List<String> names = widget.findElements(By.cssSelector(".live ul.names li")).stream().map(WebElement::getText).toList();
        assertThat(names).isEqualTo(RunNumbers.strings(snapshot.path("samples")));
        WebElement cell = widget.findElements(By.cssSelector(".live table.hm")).get(1).findElements(By.tagName("td")).get(20);
        assertThat(cell.getAttribute("textContent"))
                .isEqualTo(Numbers.fixed(snapshot.path("weights").path("wpe").get(1).get(4).asDouble(), 4));
        String d = widget.findElement(By.cssSelector(".live svg .line")).getAttribute("d");
        assertThat(d.split("L")).hasSize(snapshot.path("step").asInt());     // the curve so far
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void withoutJavaScriptTheEndOfTrainingReads() {
        try (Browser noScript = Browser.withoutJavaScript()) {
            noScript.gallery("training.html");
            WebElement figure = noScript.driver().findElement(By.cssSelector("figure.widget[data-widget=scrubber]"));
            assertThat(figure.findElements(By.cssSelector(".static ul.names li")).get(0).getText())
                    .isEqualTo(RunNumbers.finalSnapshot(5).path("samples").get(0).asText());
            assertThat(figure.findElements(By.cssSelector(".static table.hm"))).hasSize(2);
        }
    }
}
