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
import org.openqa.selenium.interactions.Actions;

/**
 * {@code backprop}: one pair's gradient stepped back through Step 1's untrained network shows the
 * run's numbers at every stage, reveals the stages one at a time by keyboard, and its last stage
 * is what the page says it is: the hand-written gradient of the row of {@code wte} the pair read.
 */
@ExtendWith(SharedChromium.class)
class BackpropIT {
    private static final String[] STAGES = {"probs", "dLogits", "dh", "dhPre", "dx"};

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
    void theLastStageIsTheAnalyticGradientOfTheRowThePairRead() {
        JsonNode pass = RunNumbers.read("step1").path("backprop");
        JsonNode check = RunNumbers.read("step1").path("gradientCheck");
        assertThat(pass.path("name").asText()).isEqualTo(check.path("name").asText());
        int bos = RunNumbers.read("dataset").path("bos").asInt();
        int width = pass.path("dx").size();
        for (int j = 0; j < width; j++) {       // wte comes first in parameter order, a row per token
            assertThat(pass.path("dx").get(j).asDouble()).as("dx[%d]", j)
                    .isEqualTo(check.path("analytic").get(bos * width + j).asDouble());
        }
    }

    @Test
    void steppingBackRevealsEachStageWithTheRunsNumbers() {
        browser.gallery("gradients.html");
        WebElement widget = browser.widget("backprop", 0);
        JsonNode pass = RunNumbers.read("step1").path("backprop");
        List<WebElement> stages = widget.findElements(By.cssSelector(".live li.stage"));
        assertThat(stages).hasSize(STAGES.length);
        for (int k = 0; k < STAGES.length; k++) {
            List<String> cells = browser.texts(stages.get(k), "td:not(.masked)");
            assertThat(cells).as(STAGES[k]).isEqualTo(RunNumbers.fixed4(pass.path(STAGES[k])));
        }
        assertThat(visible(stages)).containsExactly(true, false, false, false, false);

        WebElement next = widget.findElement(By.xpath(".//div[@class='live']//button[contains(., 'Next')]"));
        next.sendKeys(Keys.ENTER);
        assertThat(visible(stages)).containsExactly(true, true, false, false, false);
        String targetGradient = Numbers.fixed(pass.path("targetGradient").asDouble(), 4);
        assertThat(widget.findElement(By.cssSelector(".live .readout.sr-only")).getAttribute("textContent"))
                .contains("(p − 1) / " + pass.path("pairs").asInt() + " = " + targetGradient);
        int on = 0;
        for (JsonNode sum : pass.path("hPre")) {
            on += sum.asDouble() > 0 ? 1 : 0;
        }
        assertThat(on).isEqualTo(pass.path("unitsOn").asInt());
        next.sendKeys(Keys.ENTER, Keys.ENTER);
        assertThat(visible(stages)).containsExactly(true, true, true, true, false);
        assertThat(widget.findElement(By.cssSelector(".live .readout.sr-only")).getAttribute("textContent"))
                .startsWith(on + " of the " + pass.path("dh").size() + " units were on");
        next.sendKeys(Keys.ENTER);
        assertThat(visible(stages)).containsOnly(true);

        // a logit's cell reads out under its token's name
        int y = RunNumbers.read("dataset").path("uchars").asText().indexOf(pass.path("to").asText());
        WebElement cell = stages.get(1).findElements(By.cssSelector("td:not(.masked)")).get(y);
        new Actions(browser.driver()).moveToElement(cell).perform();
        assertThat(widget.findElement(By.cssSelector(".live > .readout:not(.sr-only)")).getText())
                .isEqualTo("dlogits[" + pass.path("to").asText() + "] = " + targetGradient);
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void withoutJavaScriptEveryStageAndItsSentenceRead() {
        try (Browser noScript = Browser.withoutJavaScript()) {
            noScript.gallery("gradients.html");
            WebElement figure = noScript.driver().findElement(By.cssSelector("figure.widget[data-widget=backprop]"));
            List<WebElement> stages = figure.findElements(By.cssSelector(".static li.stage"));
            assertThat(stages).hasSize(STAGES.length).allMatch(WebElement::isDisplayed);
            JsonNode pass = RunNumbers.read("step1").path("backprop");
            assertThat(stages.get(4).getText()).contains("wte[" + pass.path("from").asText() + "]",
                    "“" + pass.path("name").asText() + "”");
        }
    }

    private static List<Boolean> visible(List<WebElement> stages) {
        return stages.stream().map(s -> !s.getAttribute("class").contains("off")).toList();
    }
}
