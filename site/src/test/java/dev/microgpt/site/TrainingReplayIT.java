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

/** {@code training-replay}: the curve drawn up to a step, ten steps a frame, with the step's name. */
@ExtendWith(SharedChromium.class)
class TrainingReplayIT {
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
    void steppingDrawsTheCurveUpToTheStepAndNamesIt() {
        browser.gallery("training.html");
        WebElement widget = browser.widget("training-replay", 0);
        JsonNode loss = RunNumbers.read("step1").path("training").path("loss");
        WebElement readout = widget.findElement(By.cssSelector(".live .readout"));
        assertThat(widget.findElement(By.cssSelector(".live .where")).getText()).isEqualTo("step 1,000");
        widget.findElement(By.xpath(".//button[contains(., 'First')]")).click();
        widget.findElement(By.xpath(".//button[contains(., 'Next')]")).click();
        JsonNode names = RunNumbers.read("dataset").path("trainingNames");
        String name = names.get(9).asText();
        assertThat(readout.getText()).startsWith("step 10 · " + name + " · Gradient descent "
                + Numbers.fixed(loss.get(9).asDouble(), 4));
        String d = widget.findElement(By.cssSelector(".live svg .line")).getAttribute("d");
        assertThat(d.split("L")).hasSize(10);                               // ten points drawn so far
        WebElement slider = widget.findElement(By.cssSelector(".live input[type=range]"));
        slider.sendKeys(Keys.ARROW_RIGHT);
        assertThat(widget.findElement(By.cssSelector(".live .where")).getText()).isEqualTo("step 20");
        assertThat(readout.getText()).startsWith("step 20 · " + names.get(19).asText());
        slider.sendKeys(Keys.END);
        assertThat(readout.getText()).startsWith("step 1,000 · " + names.get(999).asText() + " · ");
        WebElement play = widget.findElement(By.xpath(".//button[contains(., 'Play')]"));
        play.click();
        assertThat(play.getAttribute("aria-pressed")).isEqualTo("true");
        play.click();
        assertThat(play.getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void withoutJavaScriptTheWholeCurveAndTheFirstStepsRead() {
        try (Browser noScript = Browser.withoutJavaScript()) {
            noScript.gallery("training.html");
            WebElement figure = noScript.driver().findElement(By.cssSelector("figure.widget[data-widget=training-replay]"));
            assertThat(figure.findElement(By.cssSelector(".static svg.static-wide")).isDisplayed()).isTrue();
            assertThat(figure.findElements(By.cssSelector(".static tbody tr"))).hasSize(10);
            assertThat(figure.findElement(By.cssSelector(".static tbody td:nth-child(2)")).getText())
                    .isEqualTo(RunNumbers.read("dataset").path("shuffledFirst").get(0).asText());
        }
    }
}
