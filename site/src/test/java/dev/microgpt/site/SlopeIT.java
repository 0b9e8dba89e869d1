package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.microgpt.page.Numbers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** {@code slope}: the ε slider walks the run's secants towards the analytic gradient. */
@ExtendWith(SharedChromium.class)
class SlopeIT {
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    static String readout(String eps, JsonNode secant, double g) {
        double slope = secant.path("slope").asDouble();
        return "ε = " + eps + " · secant slope " + Numbers.fixed(slope, 6) + " · analytic gradient " + Numbers.fixed(g, 6)
                + " · difference " + Browser.asRead(Numbers.scientific(slope - g, 2));
    }

    @Test
    void theSliderWalksTheSecantsDownToTheSmallestStep() {
        browser.gallery("gradients.html");
        WebElement widget = browser.widget("slope", 0);
        JsonNode slice = RunNumbers.read("step1").path("lossSlice");
        double g = slice.path("analyticGradient").asDouble();
        WebElement readout = widget.findElement(By.cssSelector(".live .readout"));
        assertThat(readout.getText()).isEqualTo(readout("0.1", slice.path("secants").get(3), g));
        WebElement slider = widget.findElement(By.cssSelector(".live input[type=range]"));
        slider.sendKeys(Keys.END);
        int last = slice.path("secants").size() - 1;
        assertThat(readout.getText()).isEqualTo(readout(Browser.asRead(Numbers.scientific(1e-5, 0)), slice.path("secants").get(last), g));
        assertThat(widget.findElement(By.cssSelector(".live tr.current td")).getText()).isEqualTo("1 × 10⁻⁵");
        slider.sendKeys(Keys.HOME);
        assertThat(readout.getText()).startsWith("ε = 1 · ");
        assertThat(widget.findElements(By.cssSelector(".live svg.chart .secant"))).hasSize(1);
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void withoutJavaScriptTheChartAndTheTableRead() {
        try (Browser noScript = Browser.withoutJavaScript()) {
            noScript.gallery("gradients.html");
            WebElement figure = noScript.driver().findElement(By.cssSelector("figure.widget[data-widget=slope]"));
            assertThat(figure.findElement(By.cssSelector(".static svg.static-wide")).isDisplayed()).isTrue();
            assertThat(figure.findElements(By.cssSelector(".static tbody tr")))
                    .hasSize(RunNumbers.read("step1").path("lossSlice").path("secants").size());
        }
    }
}
