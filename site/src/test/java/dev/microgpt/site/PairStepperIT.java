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
import org.openqa.selenium.support.ui.Select;

/** {@code pair-stepper} under the trained rungs: the run's examples, and typed names through the model. */
@ExtendWith(SharedChromium.class)
class PairStepperIT {
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
    void mlpStepsThroughEmmaToItsLossAfter1000Steps() {
        browser.gallery("stepper.html");
        WebElement widget = browser.widget("pair-stepper", 0);
        JsonNode emma = RunNumbers.example(1, "emma", 1000);
        WebElement readout = widget.findElement(By.cssSelector(".live .readout"));
        assertThat(readout.getText()).isEqualTo("BOS → e: p = " + Numbers.fixed(emma.path("pairs").get(0).path("prob")
                .asDouble(), 4) + ", −ln p = " + Numbers.fixed(emma.path("pairs").get(0).path("nll").asDouble(), 4)
                + "; mean of 1 = " + Numbers.fixed(emma.path("pairs").get(0).path("nll").asDouble(), 4));
        widget.findElement(By.xpath(".//button[contains(., 'Next')]")).click();
        assertThat(widget.findElement(By.cssSelector(".where")).getText()).isEqualTo("pair 2 of 5");
        WebElement last = widget.findElement(By.xpath(".//button[contains(., 'Last')]"));
        last.sendKeys(Keys.ENTER);
        assertThat(readout.getText()).endsWith("mean of 5 = " + Numbers.fixed(emma.path("loss").asDouble(), 4)
                + " = the loss of this name");
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void aTypedNameRunsThroughTheModelInThePage() {
        browser.gallery("stepper.html");
        WebElement widget = browser.widget("pair-stepper", 0);
        WebElement name = widget.findElement(By.cssSelector(".live input[type=text]"));
        name.sendKeys(Keys.chord(Keys.CONTROL, "a"), "ava");
        JsonNode ava = RunNumbers.example(1, "ava", 1000);
        List<WebElement> rows = widget.findElements(By.cssSelector(".live tbody tr"));
        assertThat(rows).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(rows.get(i).findElements(By.tagName("td")).get(0).getText())
                    .isEqualTo(Numbers.fixed(ava.path("pairs").get(i).path("prob").asDouble(), 4));
        }
        name.sendKeys(Keys.chord(Keys.CONTROL, "a"), "zyxwvuts");   // a name no example holds
        assertThat(widget.findElements(By.cssSelector(".live tbody tr"))).hasSize(9);
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void attentionReplaysTheRunsExampleAndRefusesOtherNamesBeforeTheEnd() {
        browser.gallery("stepper.html");
        WebElement widget = browser.widget("pair-stepper", 1);
        JsonNode yuheng = RunNumbers.example(3, "yuheng", 100);
        widget.findElement(By.xpath(".//button[contains(., 'Last')]")).click();
        assertThat(widget.findElement(By.cssSelector(".live .readout")).getText())
                .endsWith("mean of 7 = " + Numbers.fixed(yuheng.path("loss").asDouble(), 4) + " = the loss of this name");
        new Select(widget.findElement(By.cssSelector(".live select"))).selectByVisibleText("after 0 steps");
        JsonNode untrained = RunNumbers.example(3, "yuheng", 0);
        assertThat(widget.findElements(By.cssSelector(".live tbody tr td:last-child")).get(6).getText())
                .isEqualTo(Numbers.fixed(untrained.path("loss").asDouble(), 4));
        widget.findElement(By.cssSelector(".live input[type=text]")).sendKeys("x");
        assertThat(widget.findElement(By.cssSelector(".live .summary-line")).getText())
                .startsWith("After 0 steps the run read only ava, emma, yuheng");
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void withoutJavaScriptTheTablesShowEveryPair() {
        try (Browser noScript = Browser.withoutJavaScript()) {
            noScript.gallery("stepper.html");
            List<WebElement> figures = noScript.driver().findElements(By.cssSelector("figure.widget"));
            JsonNode emma = RunNumbers.example(1, "emma", 1000);
            List<WebElement> rows = figures.get(0).findElements(By.cssSelector(".static tbody tr"));
            assertThat(rows).hasSize(5);
            assertThat(rows.get(4).findElements(By.tagName("td")).get(2).getText())
                    .isEqualTo(Numbers.fixed(emma.path("loss").asDouble(), 4));
            assertThat(figures.get(1).findElements(By.cssSelector(".static tbody tr"))).hasSize(7);
        }
    }
}
