package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.microgpt.page.Numbers;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;

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

    /** The numbers on the y axis (the baseline's label is not one). */
    private static List<Double> yTicks(WebElement widget) {
        List<Double> ticks = new ArrayList<>();
        for (WebElement text : widget.findElements(By.cssSelector(".live svg.chart text[text-anchor=end]"))) {
            String t = text.getAttribute("textContent");
            if (t.matches("[0-9.,]+")) {
                ticks.add(Double.parseDouble(t.replace(",", "")));
            }
        }
        return ticks;
    }

    private static String readout(WebElement widget) {
        return widget.findElement(By.cssSelector(".live .readout")).getText();
    }

    @Test
    void theChartShowsEveryLossDrawnItsMeanIsTheTablesAndATapReadsAStep() {
        browser.open("step/1/5.html");
        WebElement widget = browser.widget("loss-curve", 0);
        JsonNode counting = RunNumbers.read("step0").path("training");
        JsonNode descent = RunNumbers.read("step1").path("training");
        int window = descent.path("finalWindow").asInt();
        // the readout's mean is the one the tables quote: the mean of the run's final window
        assertThat(readout(widget)).contains("Gradient descent "
                + Numbers.fixed(descent.path("loss").get(999).asDouble(), 4) + " (mean of last " + window + " steps "
                + Numbers.fixed(descent.path("finalMean").asDouble(), 4) + ")");
        // the x axis starts at step 1, labelled 1
        List<String> xTicks = widget.findElements(By.cssSelector(".live svg.chart text[text-anchor=middle]")).stream()
                .map(t -> t.getAttribute("textContent")).toList();
        assertThat(xTicks).containsExactly("1", "250", "500", "750", "1,000");
        // the y range holds every per-step loss drawn, not only the moving averages
        double low = Double.MAX_VALUE;
        double high = 0;
        for (JsonNode training : List.of(counting, descent)) {
            for (JsonNode loss : training.path("loss")) {
                low = Math.min(low, loss.asDouble());
                high = Math.max(high, loss.asDouble());
            }
        }
        List<Double> ticks = yTicks(widget);
        assertThat(java.util.Collections.min(ticks)).isLessThanOrEqualTo(low);
        assertThat(java.util.Collections.max(ticks)).isGreaterThanOrEqualTo(high);
        // on the log scale every tick is printed differently
        widget.findElement(By.xpath(".//label[contains(., 'Log scale')]/input")).click();
        List<String> logTicks = widget.findElements(By.cssSelector(".live svg.chart text[text-anchor=end]")).stream()
                .map(t -> t.getAttribute("textContent")).filter(t -> t.matches("[0-9.,]+")).toList();
        assertThat(logTicks).hasSizeGreaterThan(2);
        assertThat(new HashSet<>(logTicks)).hasSameSizeAs(logTicks);
        assertThat(java.util.Collections.min(yTicks(widget))).isLessThanOrEqualTo(low);
        // a tap on a touch screen, with no move, reads out the step under the finger
        WebElement svg = widget.findElement(By.cssSelector(".live svg.chart"));
        PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
        int x = 44 - svg.getSize().getWidth() / 2;  // the plot's left edge, step 1, from the svg's centre
        Sequence tap = new Sequence(finger, 0)
                .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(svg), x, 0))
                .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        ((org.openqa.selenium.interactions.Interactive) browser.driver()).perform(List.of(tap));
        assertThat(readout(widget)).startsWith("step 1 · " + RunNumbers.read("step0").path("title").asText() + " "
                + Numbers.fixed(counting.path("loss").get(0).asDouble(), 4) + " (mean of last 1 step ");
        assertThat(browser.problems()).isEmpty();
    }
}
