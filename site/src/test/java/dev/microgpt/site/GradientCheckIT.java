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

/** {@code gradient-check}: every weight's two gradients, named, with their difference. */
@ExtendWith(SharedChromium.class)
class GradientCheckIT {
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    static String readout(JsonNode check, String name, int i) {
        double n = check.path("numerical").get(i).asDouble();
        double a = check.path("analytic").get(i).asDouble();
        return name + " · numerical " + Numbers.fixed(n, 10) + " · analytic " + Numbers.fixed(a, 10) + " · difference "
                + Browser.asRead(Numbers.scientific(n - a, 2));
    }

    @Test
    void keysAndTheButtonWalkTheWeights() {
        browser.gallery("gradients.html");
        WebElement widget = browser.widget("gradient-check", 0);
        JsonNode check = RunNumbers.read("step1").path("gradientCheck");
        int worst = check.path("maxDiffIndex").asInt();
        WebElement readout = widget.findElement(By.cssSelector(".live .readout"));
        assertThat(readout.getText()).isEqualTo(readout(check, check.path("maxDiffParam").asText(), worst));
        WebElement chart = widget.findElement(By.cssSelector(".live svg.chart"));
        chart.sendKeys(Keys.HOME);
        assertThat(readout.getText()).isEqualTo(readout(check, "wte[0][0]", 0));
        chart.sendKeys(Keys.PAGE_DOWN, Keys.PAGE_DOWN, Keys.PAGE_DOWN, Keys.PAGE_DOWN, Keys.PAGE_DOWN, Keys.ARROW_RIGHT);
        assertThat(readout.getText()).isEqualTo(readout(check, "mlp_fc1[4][5]", 501));   // 501 − 27·16 = 4·16 + 5
        chart.sendKeys(Keys.END);
        assertThat(readout.getText()).isEqualTo(readout(check, "mlp_fc2[26][63]", check.path("analytic").size() - 1));
        widget.findElement(By.xpath(".//button[contains(., 'Largest difference')]")).click();
        assertThat(readout.getText()).startsWith(check.path("maxDiffParam").asText() + " · ");
        new Actions(browser.driver()).moveToElement(chart, 5, -40).perform();
        assertThat(readout.getText()).doesNotStartWith(check.path("maxDiffParam").asText() + " · ");
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void withoutJavaScriptTheScatterAndTheLargestDifferenceRead() {
        try (Browser noScript = Browser.withoutJavaScript()) {
            noScript.gallery("gradients.html");
            WebElement figure = noScript.driver().findElement(By.cssSelector("figure.widget[data-widget=gradient-check]"));
            JsonNode check = RunNumbers.read("step1").path("gradientCheck");
            assertThat(figure.findElement(By.cssSelector(".static svg.static-wide")).isDisplayed()).isTrue();
            assertThat(figure.findElement(By.cssSelector(".static .chart-note")).getText())
                    .contains(check.path("maxDiffParam").asText(),
                            Browser.asRead(Numbers.scientific(check.path("maxDiff").asDouble(), 2)));
        }
    }
}
