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

/** {@code embedding}: token plus position, then RMSNorm, as the run's attention trace records them. */
@ExtendWith(SharedChromium.class)
class EmbeddingIT {
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    static JsonNode position(int rung, String name, int pos) {
        for (JsonNode t : RunNumbers.read("step" + rung).path("attention")) {
            if (t.path("name").asText().equals(name)) {
                return t.path("positions").get(pos);
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** Column c (1 = wte, 2 = wpe, 4 = x) of a panel's table. */
    static List<String> column(WebElement panel, int c) {
        List<String> out = new ArrayList<>();
        for (WebElement row : panel.findElements(By.cssSelector("tbody tr"))) {
            out.add(row.findElements(By.tagName("td")).get(c - 1).getText());
        }
        return out;
    }


    @Test
    void clickingALetterShowsItsPositionsVectors() {
        browser.gallery("attention.html");
        WebElement widget = browser.widget("embedding", 0);
        widget.findElement(By.cssSelector(".live button[data-go='2']")).click();
        List<WebElement> panels = widget.findElements(By.cssSelector(".live .panel:not(.off)"));
        assertThat(panels).hasSize(1);
        JsonNode m = position(3, "emma", 2);
        assertThat(column(panels.get(0), 1)).isEqualTo(RunNumbers.fixed4(m.path("tokEmb")));
        assertThat(column(panels.get(0), 2)).isEqualTo(RunNumbers.fixed4(m.path("posEmb")));
        assertThat(column(panels.get(0), 4)).isEqualTo(RunNumbers.fixed4(m.path("x")));
        assertThat(widget.findElement(By.cssSelector(".live button[data-go='2']")).getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(widget.findElement(By.cssSelector(".live .where")).getText()).isEqualTo("position 3 of 5");
        widget.findElement(By.xpath(".//button[contains(., 'Next')]")).sendKeys(Keys.ENTER);
        assertThat(widget.findElement(By.cssSelector(".live .readout")).getText()).startsWith("Position 3, m: ");
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void withoutJavaScriptEveryPositionReads() {
        try (Browser noScript = Browser.withoutJavaScript()) {
            noScript.gallery("attention.html");
            WebElement figure = noScript.driver().findElement(By.cssSelector("figure.widget[data-widget=embedding]"));
            List<WebElement> panels = figure.findElements(By.cssSelector(".static .panel"));
            assertThat(panels).hasSize(5);
            assertThat(panels.get(4).isDisplayed()).isTrue();
            assertThat(column(panels.get(4), 4)).isEqualTo(RunNumbers.fixed4(position(3, "emma", 4).path("x")));
            assertThat(figure.findElement(By.cssSelector(".static button")).isDisplayed()).isFalse();
        }
    }
}
