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
import org.openqa.selenium.interactions.Actions;

/** {@code ema}: at β = 0.85 the moving average of the run's gradient is Adam's m. */
@ExtendWith(SharedChromium.class)
class EmaIT {
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
    void atBeta085TheAverageIsAdamsFirstMoment() {
        browser.gallery("training.html");
        WebElement widget = browser.widget("ema", 0);
        JsonNode adam = RunNumbers.read("step5").path("adam");
        WebElement step = widget.findElements(By.cssSelector(".live input[type=range]")).get(1);
        for (int i = 1; i < 10; i++) {
            step.sendKeys(Keys.ARROW_RIGHT);
        }
        double m = adam.path("m").get(9).asDouble();
        assertThat(widget.findElement(By.cssSelector(".live .readout")).getText()).isEqualTo("step 10 · gradient "
                + Numbers.fixed(adam.path("grad").get(9).asDouble(), 4) + " · average " + Numbers.fixed(m, 4)
                + " · bias-corrected " + Numbers.fixed(m / (1 - Math.pow(0.85, 10)), 4));
        WebElement beta = widget.findElements(By.cssSelector(".live input[type=range]")).get(0);
        beta.sendKeys(Keys.HOME);
        assertThat(widget.findElement(By.cssSelector(".live output")).getText()).isEqualTo("0.00");
        assertThat(widget.findElement(By.cssSelector(".live .readout")).getText())     // β = 0: the average is the gradient
                .contains("average " + Numbers.fixed(adam.path("grad").get(9).asDouble(), 4));
        new Actions(browser.driver()).moveToElement(widget.findElement(By.cssSelector(".live svg.chart")), 200, 0).perform();
        assertThat(widget.findElement(By.cssSelector(".live .readout")).getText()).doesNotStartWith("step 10 ");
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void withoutJavaScriptTheChartReads() {
        try (Browser noScript = Browser.withoutJavaScript()) {
            noScript.gallery("training.html");
            WebElement figure = noScript.driver().findElement(By.cssSelector("figure.widget[data-widget=ema]"));
            assertThat(figure.findElement(By.cssSelector(".static svg.static-wide")).getAttribute("aria-label"))
                    .contains("average " + Numbers.fixed(RunNumbers.read("step5").path("adam").path("m").get(0).asDouble(), 4));
        }
    }
}
