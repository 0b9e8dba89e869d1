package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Term cards: a link to a glossary term shows the glossary's own definition in place, on hover,
 * on keyboard focus (described by the card) and on a first tap, which does not leave the page;
 * Escape closes it; a second tap opens the glossary. Read from {@code file://}, where the cards
 * and the definitions arrive as scripts added on first use.
 */
@ExtendWith(SharedChromium.class)
class TermCardsIT {
    private static final String PAGE = "step/1/7.html";

    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    /** The glossary entry's definition, as its page prints it: the paragraphs after the heading. */
    private static String definition(String term) {
        Element heading = SiteFiles.parse("glossary.html").getElementById(term);
        StringBuilder text = new StringBuilder();
        for (Element next = heading.nextElementSibling(); next != null && !next.normalName().equals("h2");
                next = next.nextElementSibling()) {
            if (!next.hasClass("introduced")) {
                next.select(".katex").remove();              // the card draws formulas as MathML
                text.append(next.text()).append(' ');
            }
        }
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    private static String cardText() {
        return browser.driver().findElement(By.id("term-card")).getText().replaceAll("\\s+", " ");
    }

    private static void waitForCard(boolean shown) {
        new WebDriverWait(browser.driver(), Browser.PATIENCE).until(d -> !d.findElements(By.id("term-card")).isEmpty()
                && d.findElement(By.id("term-card")).isDisplayed() == shown);
    }

    @Test
    void hoverAndFocusShowTheGlossarysDefinitionAndEscapeClosesIt() {
        browser.open(PAGE);
        List<WebElement> terms = browser.driver().findElements(By.cssSelector("main a.term"));
        assertThat(terms).hasSizeGreaterThan(1);
        WebElement first = terms.get(0);
        String term = first.getAttribute("href").replaceFirst(".*#", "");
        new Actions(browser.driver()).moveToElement(first).perform();
        waitForCard(true);
        String[] words = definition(term).split(" ");
        // every word of the definition outside its formulas, in order
        assertThat(cardText()).startsWith(SiteFiles.parse("glossary.html").getElementById(term).text())
                .contains(words[0] + " " + words[1] + " " + words[2]).contains(words[words.length - 1]);
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        waitForCard(false);

        WebElement second = terms.get(1);
        String other = second.getAttribute("href").replaceFirst(".*#", "");
        browser.script("arguments[0].focus()", second);
        waitForCard(true);
        assertThat(second.getAttribute("aria-describedby")).isEqualTo("term-card");
        assertThat(cardText()).startsWith(SiteFiles.parse("glossary.html").getElementById(other).text());
        browser.script("arguments[0].blur()", second);                       // focus leaves: the card goes
        waitForCard(false);
        assertThat(second.getAttribute("aria-describedby")).isNull();
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void aFirstTapShowsTheCardAndASecondOpensTheGlossary() throws InterruptedException {
        browser.open(PAGE);
        WebElement link = browser.driver().findElements(By.cssSelector("main a.term")).get(0);
        String term = link.getAttribute("href").replaceFirst(".*#", "");
        tap(link);
        waitForCard(true);
        assertThat(browser.driver().getCurrentUrl()).endsWith(PAGE);
        Thread.sleep(Duration.ofMillis(400).toMillis());       // a second tap, not the same one (SAME_TAP_MS)
        tap(link);
        new WebDriverWait(browser.driver(), Browser.PATIENCE).until(d -> d.getCurrentUrl().endsWith("glossary.html#" + term));
        assertThat(browser.problems()).isEmpty();
    }

    /** A finger's tap: a touch pointer down and up on the element (pointerType "touch"). */
    private static void tap(WebElement element) {
        PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
        Sequence tap = new Sequence(finger, 0)
                .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(element), 0, 0))
                .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        ((org.openqa.selenium.interactions.Interactive) browser.driver()).perform(List.of(tap));
    }
}
