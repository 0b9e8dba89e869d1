package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.microgpt.page.Numbers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * {@code ladder}: static only; every rung's held-out loss with its standard error, and its names
 * with the temperature they were sampled at, with or without scripts.
 */
@ExtendWith(SharedChromium.class)
class LadderIT {
    static void check(List<WebElement> rows) {
        assertThat(rows).hasSize(6);
        for (int r = 0; r < 6; r++) {
            JsonNode step = RunNumbers.read("step" + r);
            WebElement row = rows.get(r);
            assertThat(row.findElement(By.cssSelector(".what")).getText()).contains(step.path("title").asText());
            JsonNode heldOut = step.path("training").path("heldOut");
            WebElement loss = row.findElement(By.cssSelector(".loss"));
            assertThat(loss.getText()).contains(Numbers.fixed(heldOut.path("mean").asDouble(), 4));
            assertThat(loss.getText()).contains("± "
                    + Numbers.fixed(heldOut.path("standardError").asDouble(), 4));
            double temperature = step.path("architecture").path("temperature").asDouble();
            assertThat(row.findElement(By.cssSelector(".said")).getText())
                    .contains(step.path("samples").get(0).asText())
                    .contains("(temperature " + (temperature == 1 ? "1" : Numbers.fixed(temperature, 1)) + ")");
        }
    }

    @Test
    void readsTheSameWithAndWithoutScripts() {
        try (Browser browser = Browser.start()) {
            browser.gallery("ladder.html");                     // waits for data-ready: static widgets are ready too
            WebElement figure = browser.widget("ladder", 0);
            assertThat(figure.getAttribute("class")).doesNotContain("is-live");
            check(figure.findElements(By.cssSelector("li.rung")));
            assertThat(browser.problems()).isEmpty();
        }
        try (Browser noScript = Browser.withoutJavaScript()) {
            noScript.gallery("ladder.html");
            check(noScript.driver().findElements(By.cssSelector("figure.widget li.rung")));
        }
    }
}
