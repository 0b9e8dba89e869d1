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
import org.openqa.selenium.WebElement;

/** {@code heads}: each head's slice, scores and weights at one position, as the run traced them. */
@ExtendWith(SharedChromium.class)
class HeadsIT {
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
    void steppingShowsOneHeadAtATimeThenTheConcatenation() {
        browser.gallery("attention.html");
        WebElement widget = browser.widget("heads", 0);
        widget.findElement(By.xpath(".//button[contains(., 'Next')]")).click();
        WebElement panel = widget.findElement(By.cssSelector(".live .panel:not(.off)"));
        assertThat(panel.findElement(By.tagName("caption")).getText()).isEqualTo("Head 2: numbers 4–7 of q, k and v");
        JsonNode head = EmbeddingIT.position(4, "emma", 4).path("heads").get(1);
        List<WebElement> rows = panel.findElements(By.cssSelector("tbody tr:not(.new)"));
        assertThat(rows).hasSize(5);
        for (int t = 0; t < 5; t++) {
            List<WebElement> cells = rows.get(t).findElements(By.tagName("td"));
            assertThat(cells.get(1).getText()).isEqualTo(Numbers.fixed(head.path("logits").get(t).asDouble(), 4));
            assertThat(cells.get(2).getText()).isEqualTo(Numbers.fixed(head.path("weights").get(t).asDouble(), 4));
        }
        assertThat(widget.findElements(By.cssSelector(".live .grp.now"))).hasSize(2);   // its q slice and its output
        assertThat(widget.findElements(By.cssSelector(".live .panels + .slices .grp.off"))).hasSize(2);
        JsonNode hyper = RunNumbers.read("step4").path("hyperparameters");
        widget.findElement(By.xpath(".//button[contains(., 'Last')]")).click();
        assertThat(widget.findElement(By.cssSelector(".live .where")).getText()).isEqualTo("step 5 of 5");
        assertThat(widget.findElement(By.cssSelector(".live .readout")).getText())
                .startsWith("Side by side, the " + hyper.path("nHead").asInt() + " heads’ outputs make "
                        + hyper.path("nEmbd").asInt() + " numbers again: ");
        assertThat(widget.findElements(By.cssSelector(".live .grp.off"))).isEmpty();
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void withoutJavaScriptEveryHeadReads() {
        try (Browser noScript = Browser.withoutJavaScript()) {
            noScript.gallery("attention.html");
            WebElement figure = noScript.driver().findElement(By.cssSelector("figure.widget[data-widget=heads]"));
            assertThat(figure.findElements(By.cssSelector(".static table.heads"))).hasSize(4);
            assertThat(figure.findElements(By.cssSelector(".static table.heads")).get(3).isDisplayed()).isTrue();
        }
    }
}
