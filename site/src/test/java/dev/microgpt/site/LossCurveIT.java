package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.microgpt.page.Numbers;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** {@code loss-curve} with Steps 1 and 2: their measured gap in the note and at every step. */
@ExtendWith(SharedChromium.class)
class LossCurveIT {
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
    void theReadoutPrintsTheGapBetweenStep1AndStep2AtEachStep() {
        browser.gallery("stepper.html");
        WebElement widget = browser.widget("loss-curve", 0);
        JsonNode diff = RunNumbers.read("step2").path("diffFromStep1");
        int step = diff.path("maxAbsStep").asInt();
        WebElement slider = widget.findElement(By.cssSelector(".live input[type=range]"));
        slider.sendKeys(Keys.HOME);
        for (int i = 1; i < step; i++) {
            slider.sendKeys(Keys.ARROW_RIGHT);
        }
        double gap = new BigDecimal(diff.path("maxAbs").asDouble()).round(new MathContext(3)).doubleValue();
        String readout = widget.findElement(By.cssSelector(".live .readout")).getText();
        assertThat(readout).startsWith("step " + step + " · Gradient descent "
                + Numbers.fixed(RunNumbers.read("step1").path("training").path("loss").get(step - 1).asDouble(), 4));
        assertThat(readout).endsWith(" · gap " + Browser.asRead(Numbers.scientific(gap, 2)));
        assertThat(widget.findElement(By.cssSelector(".live .chart-note.gap")).getText())
                .contains(Browser.asRead(Numbers.scientific(diff.path("maxAbs").asDouble(), 2)), "(step " + step + ")",
                        Numbers.integer(diff.path("identicalSteps").asInt()) + " of 1,000 steps");
        widget.findElement(By.xpath(".//label[contains(., 'Autograd')]/input")).click();   // hide Step 2
        assertThat(widget.findElement(By.cssSelector(".live .readout")).getText()).doesNotContain("gap");
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void withoutJavaScriptTheNotePrintsTheGap() {
        try (Browser noScript = Browser.withoutJavaScript()) {
            noScript.gallery("stepper.html");
            WebElement figure = noScript.driver().findElement(By.cssSelector("figure.widget[data-widget=loss-curve]"));
            assertThat(figure.findElement(By.cssSelector(".static .chart-note.gap")).getText())
                    .contains(Browser.asRead(Numbers.scientific(RunNumbers.read("step2").path("diffFromStep1").path("maxAbs").asDouble(), 2)));
            assertThat(figure.findElements(By.cssSelector(".static svg.static-wide .series"))).hasSize(2);
        }
    }
}
