package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search box in the header works from {@code file://} with networking off: the index loads
 * on first use as a classic script, results link to the right page and section, and the box and
 * its results are driven by the keyboard alone.
 */
@ExtendWith(SharedChromium.class)
class SearchIT {
    private static final JsonMapper JSON = new JsonMapper();
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.offline();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void theIndexHasEveryPageAndLoadsOnlyWhenTheBoxIsUsed() throws IOException {
        JsonNode index = index();
        List<String> urls = new ArrayList<>();
        index.path("pages").forEach(p -> urls.add(p.path("u").asText()));
        List<String> pages = new ArrayList<>(SiteFiles.pages());
        pages.remove("print.html");
        pages.remove("404.html");               // the page a host shows for a missing address: not content
        assertThat(urls).containsExactlyInAnyOrderElementsOf(pages);

        browser.open("index.html");
        assertThat(browser.script("return typeof self.MG_SEARCH_INDEX")).isEqualTo("undefined");
        WebElement box = browser.driver().findElement(By.cssSelector(".site-search input"));
        assertThat(box.isDisplayed()).isTrue();
        box.click();
        waitFor("return typeof self.MG_SEARCH_INDEX === 'object'");
        assertThat(OfflineIT.network(browser)).isEmpty();
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void searchingForAPagesTitleFindsThatPageFirst() throws IOException {
        browser.open("step/0/index.html");
        WebElement box = browser.driver().findElement(By.cssSelector(".site-search input"));
        java.util.Map<String, java.util.List<String>> pagesByTitle = new java.util.LinkedHashMap<>();
        for (JsonNode page : index().path("pages")) {                  // "What changes" opens four steps
            pagesByTitle.computeIfAbsent(page.path("t").asText(), t -> new java.util.ArrayList<>())
                    .add(Browser.WWW.resolve(page.path("u").asText()).toUri().toString());
        }
        box.click();
        for (var entry : pagesByTitle.entrySet()) {
            String title = entry.getKey();
            // the whole title at once, as a paste gives it (typing, key by key, is the next test's):
            // a search per key of some sixty titles is most of this class's time
            browser.script("arguments[0].value = arguments[1];"
                    + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", box, title);
            waitFor("return document.querySelector('.search-status').textContent !== '' && "
                    + "document.querySelector('.site-search input').value === arguments[0]", title);
            String first = browser.driver().findElement(By.cssSelector(".search-results a")).getAttribute("href");
            assertThat(entry.getValue()).as("first result for \"" + title + "\"")
                    .anyMatch(url -> first.startsWith(url));
        }
    }

    @Test
    void theKeyboardAloneFindsAndOpensASection() throws IOException {
        JsonNode target = null;
        for (JsonNode page : index().path("pages")) {
            for (JsonNode section : page.path("x")) {
                if (target == null && !section.get(0).asText().isEmpty()
                        && page.path("u").asText().startsWith("step/")) {
                    target = section;
                }
            }
        }
        assertThat(target).as("a lesson with a section heading").isNotNull();
        browser.open("index.html");
        new Actions(browser.driver()).sendKeys(Keys.TAB, Keys.TAB, Keys.TAB).perform();   // skip link, brand, box
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("search-q");
        new Actions(browser.driver()).sendKeys(target.get(1).asText()).perform();
        waitFor("return document.querySelectorAll('.search-results a').length > 0");
        assertThat(browser.driver().findElement(By.cssSelector(".search-status")).getAttribute("textContent"))
                .matches("\\d+ results?.*");
        new Actions(browser.driver()).sendKeys(Keys.ARROW_DOWN).perform();
        assertThat(browser.script("return document.activeElement.closest('.search-results') !== null")).isEqualTo(true);
        new Actions(browser.driver()).sendKeys(Keys.ARROW_UP).perform();
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("search-q");
        new Actions(browser.driver()).sendKeys(Keys.ARROW_DOWN, Keys.ENTER).perform();
        browser.waitForWidgets();
        assertThat(browser.driver().getCurrentUrl()).contains("#" + target.get(0).asText());
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void aSearchWithoutMatchesSaysSo() {
        browser.open("index.html");
        WebElement box = browser.driver().findElement(By.cssSelector(".site-search input"));
        box.sendKeys("qqxzqqxz");
        waitFor("return document.querySelector('.search-none') !== null");
        assertThat(browser.driver().findElement(By.cssSelector(".search-status")).getAttribute("textContent"))
                .startsWith("No results");
        box.sendKeys(Keys.ESCAPE);
        assertThat(browser.driver().findElement(By.cssSelector(".search-results")).isDisplayed()).isFalse();
    }

    private static void waitFor(String condition, Object... args) {
        new WebDriverWait(browser.driver(), Browser.PATIENCE)
                .until(d -> Boolean.TRUE.equals(browser.script(condition, args)));
    }

    /** The index the build wrote: the JSON inside {@code assets/search-index.js}. */
    private static JsonNode index() throws IOException {
        String script = SiteFiles.text("assets/search-index.js");
        return JSON.readTree(script.substring(script.indexOf('{'), script.lastIndexOf('}') + 1));
    }
}
