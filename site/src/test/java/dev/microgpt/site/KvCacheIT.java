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

/** {@code kv-cache}: the cache grows a row per position; scores and weights are the run's. */
@ExtendWith(SharedChromium.class)
class KvCacheIT {
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
    void eachPositionAddsARowAndComparesItsQueryWithEveryKey() {
        browser.gallery("attention.html");
        WebElement widget = browser.widget("kv-cache", 0);
        widget.findElement(By.xpath(".//button[contains(., 'Next')]")).click();
        widget.findElement(By.xpath(".//button[contains(., 'Next')]")).sendKeys(Keys.ENTER);
        List<WebElement> panels = widget.findElements(By.cssSelector(".live .panel:not(.off)"));
        assertThat(panels).hasSize(1);
        List<WebElement> rows = panels.get(0).findElements(By.cssSelector("tbody tr:not(.query)"));
        assertThat(rows).hasSize(3);
        JsonNode head = EmbeddingIT.position(3, "emma", 2).path("heads").get(0);
        for (int t = 0; t < 3; t++) {
            List<WebElement> cells = rows.get(t).findElements(By.tagName("td"));
            assertThat(cells.get(1).getText()).isEqualTo(Numbers.fixed(head.path("logits").get(t).asDouble(), 4));
            assertThat(cells.get(2).getText()).isEqualTo(Numbers.fixed(head.path("weights").get(t).asDouble(), 4));
        }
        assertThat(widget.findElement(By.cssSelector(".live .where")).getText()).isEqualTo("position 3 of 5");
        assertThat(widget.findElement(By.cssSelector(".live .readout")).getText()).startsWith("Position 2, m: ")
                .contains("now 3 rows");
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void fourHeadsWeighTheCacheFourWays() {
        browser.gallery("attention.html");
        WebElement widget = browser.widget("kv-cache", 1);
        widget.findElement(By.xpath(".//button[contains(., 'Last')]")).click();
        WebElement panel = widget.findElement(By.cssSelector(".live .panel:not(.off)"));
        JsonNode a = EmbeddingIT.position(4, "ava", 3);
        List<WebElement> last = panel.findElements(By.cssSelector("tbody tr.new td"));
        for (int h = 0; h < 4; h++) {
            double w = a.path("heads").get(h).path("weights").get(3).asDouble();   // 4 decimals; the page rounds the exact one
            assertThat(last.get(1 + h).getText()).isIn(Numbers.fixed(w - 0.00005, 2), Numbers.fixed(w + 0.00005, 2));
        }
    }

    @Test
    void withoutJavaScriptEveryStageOfTheCacheReads() {
        try (Browser noScript = Browser.withoutJavaScript()) {
            noScript.gallery("attention.html");
            WebElement figure = noScript.driver().findElement(By.cssSelector("figure.widget[data-widget=kv-cache]"));
            assertThat(figure.findElements(By.cssSelector(".static .panel"))).hasSize(5);
            assertThat(figure.findElements(By.cssSelector(".static .panel")).get(4).isDisplayed()).isTrue();
        }
    }
}
