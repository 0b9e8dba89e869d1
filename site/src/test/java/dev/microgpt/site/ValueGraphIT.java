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

/** {@code value-graph}: forward fills the data, backward the gradients, in the run's order. */
@ExtendWith(SharedChromium.class)
class ValueGraphIT {
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    static JsonNode node(JsonNode nodes, String name) {
        for (JsonNode n : nodes) {
            if (n.path("label").asText().split(" = ")[0].equals(name)) {
                return n;
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** The texts of the wide graph that are not hidden at this frame. */
    static List<String> shown(WebElement widget) {
        return widget.findElements(By.cssSelector(".live svg.static-wide text:not(.off)")).stream()
                .map(t -> t.getAttribute("textContent")).toList();
    }

    @Test
    void forwardThenBackwardRevealDataThenGradients() {
        browser.gallery("gradients.html");
        WebElement widget = browser.widget("value-graph", 0);
        JsonNode nodes = RunNumbers.read("step2").path("graph").path("nodes");
        JsonNode w = node(nodes, "w");
        JsonNode z = node(nodes, "z");
        String wData = "data " + Numbers.fixed(w.path("data").asDouble(), 4);
        String wGrad = "grad " + Numbers.fixed(w.path("grad").asDouble(), 4);
        assertThat(shown(widget)).contains(wData).doesNotContain(wGrad, "data " + Numbers.fixed(z.path("data").asDouble(), 4));
        widget.findElement(By.xpath(".//button[contains(., 'Next')]")).click();
        assertThat(widget.findElement(By.cssSelector(".live .readout")).getText()).isEqualTo("Forward: z = w·x, mul of w ("
                + Numbers.fixed(w.path("data").asDouble(), 4) + ") and x (" + Numbers.fixed(node(nodes, "x").path("data")
                .asDouble(), 4) + ") = " + Numbers.fixed(z.path("data").asDouble(), 4) + ". Local gradients "
                + Numbers.fixed(z.path("localGrads").get(0).asDouble(), 4) + ", "
                + Numbers.fixed(z.path("localGrads").get(1).asDouble(), 4) + ".");
        assertThat(shown(widget)).contains("data " + Numbers.fixed(z.path("data").asDouble(), 4));
        widget.findElement(By.xpath(".//div[@class='live']//button[text()='Backward']")).click();
        assertThat(widget.findElement(By.cssSelector(".live .readout")).getText())
                .isEqualTo("Backward: loss.grad = 1, the loss with respect to itself.");
        assertThat(shown(widget)).contains("grad 1.0000").doesNotContain(wGrad);
        widget.findElement(By.xpath(".//button[contains(., 'Last')]")).sendKeys(Keys.ENTER);
        assertThat(widget.findElement(By.cssSelector(".live .readout")).getText()).startsWith("Backward: w.grad = ")
                .endsWith(" = " + Numbers.fixed(w.path("grad").asDouble(), 4) + ".");
        assertThat(shown(widget)).contains(wGrad);
        assertThat(widget.findElement(By.cssSelector(".live .where")).getText()).isEqualTo("frame 26 of 26");
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void withoutJavaScriptEveryValueAndGradientShows() {
        try (Browser noScript = Browser.withoutJavaScript()) {
            noScript.gallery("gradients.html");
            WebElement figure = noScript.driver().findElement(By.cssSelector("figure.widget[data-widget=value-graph]"));
            JsonNode w = node(RunNumbers.read("step2").path("graph").path("nodes"), "w");
            assertThat(figure.findElement(By.cssSelector(".static svg.static-wide")).isDisplayed()).isTrue();
            assertThat(figure.findElement(By.cssSelector(".static svg.static-narrow")).isDisplayed()).isFalse();
            assertThat(figure.findElement(By.cssSelector(".static svg.static-wide")).getAttribute("aria-label"))
                    .contains("w: data " + Numbers.fixed(w.path("data").asDouble(), 4) + ", grad "
                            + Numbers.fixed(w.path("grad").asDouble(), 4));
            assertThat(figure.findElements(By.cssSelector(".static button")).get(0).isDisplayed()).isFalse();
        }
    }
}
