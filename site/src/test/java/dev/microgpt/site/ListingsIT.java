package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Listings: every excerpt is one listing with a Python and a Java tab (WAI-ARIA tabs). The choice
 * applies to every listing of the page, survives going to another page from file://, and without
 * script both languages are readable; printing shows the Python.
 */
@ExtendWith(SharedChromium.class)
class ListingsIT {
    private static final String BIGRAM_PAGE = "step/0/4.html";   // one listing
    private static final String TRAINING_PAGE = "step/0/5.html"; // two listings
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @BeforeEach
    void forgetTheChoice() {
        browser.open(BIGRAM_PAGE);
        browser.script("localStorage.removeItem('microgpt-listing')");
    }

    @Test
    void pythonIsShownFirstInEveryListing() {
        browser.open(TRAINING_PAGE);
        List<WebElement> listings = listings();
        assertThat(listings).hasSizeGreaterThanOrEqualTo(2);
        for (WebElement listing : listings) {
            assertShows(listing, "python");
        }
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void arrowKeysHomeAndEndSwitchEveryListingOfThePage() {
        browser.open(TRAINING_PAGE);
        WebElement python = tab(listings().get(0), "python");
        python.click();
        python.sendKeys(Keys.ARROW_RIGHT);
        for (WebElement listing : listings()) {
            assertShows(listing, "java");
        }
        assertThat(focusedLanguage()).isEqualTo("java");
        activeTab().sendKeys(Keys.HOME);
        assertThat(focusedLanguage()).isEqualTo("python");
        listings().forEach(listing -> assertShows(listing, "python"));
        activeTab().sendKeys(Keys.END);
        assertThat(focusedLanguage()).isEqualTo("java");
        activeTab().sendKeys(Keys.ARROW_RIGHT);                 // past the last tab: round to the first
        assertThat(focusedLanguage()).isEqualTo("python");
        activeTab().sendKeys(Keys.ARROW_LEFT);
        assertThat(focusedLanguage()).isEqualTo("java");
        listings().forEach(listing -> assertShows(listing, "java"));
    }

    @Test
    void theChoiceCarriesToTheNextPageFromFiles() {
        browser.open(BIGRAM_PAGE);
        assertThat(browser.driver().getCurrentUrl()).startsWith("file:");
        tab(listings().get(0), "java").click();
        assertShows(listings().get(0), "java");
        browser.open(TRAINING_PAGE);
        listings().forEach(listing -> assertShows(listing, "java"));
        tab(listings().get(1), "python").click();
        browser.open(BIGRAM_PAGE);
        assertShows(listings().get(0), "python");
    }

    @Test
    void aLineReferenceShowsAndMarksTheLineOfTheLanguageShown() {
        browser.open("step/3/5.html");
        WebElement reference = browser.driver().findElement(By.cssSelector("a.line-ref"));
        WebElement listing = browser.driver().findElement(By.id(reference.getAttribute("href").replaceFirst(".*#", "")));
        for (String language : List.of("python", "java")) {
            tab(listing, language).click();
            String line = reference.getAttribute("data-" + language);
            assertThat(reference.getText()).isEqualTo("line " + line);
            WebElement target = panel(listing, language).findElement(By.cssSelector("[data-line='" + line + "']"));
            assertThat(target.getAttribute("class")).doesNotContain("ref");
            browser.script("arguments[0].focus()", reference);
            assertThat(target.getAttribute("class")).contains("ref");
            browser.script("arguments[0].blur()", reference);
            assertThat(target.getAttribute("class")).doesNotContain("ref");
        }
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void printingShowsThePythonAndNamesTheJava() {
        browser.open(BIGRAM_PAGE);
        tab(listings().get(0), "java").click();
        browser.cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            WebElement listing = listings().get(0);
            assertThat(panel(listing, "python").isDisplayed()).isTrue();
            assertThat(panel(listing, "java").isDisplayed()).isFalse();
            assertThat(listing.findElement(By.cssSelector(".listing-tabs")).isDisplayed()).isFalse();
            assertThat(listing.findElement(By.cssSelector(".listing-print-note")).getText())
                    .startsWith("The Java twin, Step0Counting.java lines ");
        } finally {
            browser.cdp("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void withoutJavaScriptBothLanguagesAreReadableAndLabelled() {
        try (Browser noScript = Browser.withoutJavaScript()) {
            noScript.open(BIGRAM_PAGE);
            WebElement listing = noScript.driver().findElement(By.cssSelector("figure.listing"));
            assertThat(listing.findElement(By.cssSelector(".listing-tabs")).isDisplayed()).isFalse();
            WebElement python = panel(listing, "python");
            WebElement java = panel(listing, "java");
            assertThat(python.isDisplayed()).isTrue();
            assertThat(java.isDisplayed()).isTrue();
            assertThat(python.findElement(By.cssSelector(".code-title")).getText())
                    .startsWith("Python · step0_counting.py · bigram lines ");
            assertThat(java.findElement(By.cssSelector(".code-title")).getText())
                    .startsWith("Java, the code that built this site’s numbers · Step0Counting.java · bigram lines ");
            assertThat(python.getText()).contains("def bigram(token_id):");
            assertThat(java.getText()).contains("public double[] bigram(int tokenId) {");
            noScript.open("step/3/5.html");
            WebElement reference = noScript.driver().findElement(By.cssSelector("a.line-ref"));
            assertThat(reference.getText()).isEqualTo("line " + reference.getAttribute("data-python") + " (Java "
                    + reference.getAttribute("data-java") + ")");
        }
    }

    private static List<WebElement> listings() {
        return browser.driver().findElements(By.cssSelector("figure.listing"));
    }

    private static WebElement tab(WebElement listing, String language) {
        return listing.findElement(By.cssSelector("[role=tab][data-lang=" + language + "]"));
    }

    private static WebElement panel(WebElement listing, String language) {
        return listing.findElement(By.cssSelector(".listing-panel[data-lang=" + language + "]"));
    }

    private static WebElement activeTab() {
        return browser.driver().switchTo().activeElement();
    }

    private static String focusedLanguage() {
        WebElement active = activeTab();
        assertThat(active.getAttribute("role")).isEqualTo("tab");
        return active.getAttribute("data-lang");
    }

    /** The listing shows {@code language}: its tab selected and focusable, its panel alone visible. */
    private static void assertShows(WebElement listing, String language) {
        String other = language.equals("python") ? "java" : "python";
        assertThat(listing.findElement(By.cssSelector(".listing-tabs")).isDisplayed()).isTrue();
        assertThat(tab(listing, language).getAttribute("aria-selected")).isEqualTo("true");
        assertThat(tab(listing, language).getAttribute("tabindex")).isEqualTo("0");
        assertThat(tab(listing, other).getAttribute("aria-selected")).isEqualTo("false");
        assertThat(tab(listing, other).getAttribute("tabindex")).isEqualTo("-1");
        assertThat(panel(listing, language).isDisplayed()).isTrue();
        assertThat(panel(listing, other).isDisplayed()).isFalse();
    }
}
