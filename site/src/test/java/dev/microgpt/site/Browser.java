package dev.microgpt.site;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A session on the JVM's one headless Chromium ({@link SharedChromium}): scripts on or off, and
 * networking on or off, for every page it opens. Pages are opened from {@code file://}, as a
 * reader of the offline copy would. Missing browsers fail the tests: they must run, not skip.
 * Closing a session puts the browser back to its defaults; it never quits it.
 */
final class Browser implements AutoCloseable {
    /** The finished site. */
    static final Path WWW = Path.of(System.getProperty("site.www", "target/www"));
    /** The widget gallery: every widget on test pages built like the site, never published. */
    static final Path GALLERY = Path.of(System.getProperty("site.gallery", "target/gallery"));
    /** The run data the site was built from. */
    static final Path RUNDATA = Path.of(System.getProperty("site.rundata", "target/rundata"));
    /** How long widgets may take to say they are ready: a bound for a loaded machine, not an expectation. */
    static final Duration PATIENCE = Duration.ofSeconds(120);

    /**
     * A number as {@link WebElement#getText()} reads it: WebDriver turns the no-break spaces the
     * build puts around "×" into plain spaces.
     */
    static String asRead(String built) {
        return built.replace('\u00a0', ' ');
    }

    private final Chromium chromium;
    private final boolean scripts;
    private final boolean offline;

    private Browser(boolean scripts, boolean offline) {
        this.chromium = SharedChromium.get();
        this.scripts = scripts;
        this.offline = offline;
        chromium.reset();
        chromium.owner = this;
        chromium.modes(scripts, offline);
    }

    /** Scripts on. */
    static Browser start() {
        return new Browser(true, false);
    }

    /** Scripts on and networking off; {@link OfflineIT#network} lists every request a page asked for. */
    static Browser offline() {
        return new Browser(true, true);
    }

    /** Scripts off, as some readers and every printer have it. */
    static Browser withoutJavaScript() {
        return new Browser(false, false);
    }

    /** Opens a page of the site by its path, e.g. {@code step/0/6.html}, and waits for its widgets. */
    WebDriver open(String page) {
        return visit(WWW.resolve(page));
    }

    /** Opens a page of the widget gallery, e.g. {@code samples.html}, and waits for its widgets. */
    WebDriver gallery(String page) {
        return visit(GALLERY.resolve(page));
    }

    /** Opens any file and waits for its widgets. */
    WebDriver visit(Path file) {
        WebDriver driver = driver();
        driver.get(file.toUri().toString());
        Chromium.LOADS.incrementAndGet();
        waitForWidgets();
        return driver;
    }

    /**
     * Waits until every widget on the page says it is ready. A page that loads no widget script
     * (the print edition, whose figures are static by design), or a page opened with scripts off,
     * has nothing to wait for.
     */
    void waitForWidgets() {
        if (!scripts) {
            return;
        }
        new WebDriverWait(driver(), PATIENCE).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!document.querySelector('script[src*=\"assets/js/\"]')"
                        + " || [].every.call(document.querySelectorAll('figure.widget'),"
                        + " f => f.dataset.ready === 'true'))"));
    }

    /** Console messages at warning level or worse since the last call. */
    List<String> problems() {
        return driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** The browser, in this session's modes (another session may have used it since). */
    WebDriver driver() {
        if (chromium.owner != this) {
            chromium.owner = this;
        }
        chromium.modes(scripts, offline);
        return chromium.driver;
    }

    /** The n-th widget of a kind on the current page. */
    WebElement widget(String name, int index) {
        return driver().findElements(By.cssSelector("figure.widget[data-widget='" + name + "']")).get(index);
    }

    /** Sends a DevTools command to the page, e.g. {@code Page.setBypassCSP}. */
    Map<String, Object> cdp(String command, Map<String, Object> params) {
        driver();
        return chromium.driver.executeCdpCommand(command, params);
    }

    /**
     * An attribute of every element under {@code root} that {@code css} selects, in document
     * order, in one round trip ("" where it is missing): a count table's 729 cells read one
     * {@code getAttribute} at a time take seconds.
     */
    @SuppressWarnings("unchecked")
    List<String> attributes(WebElement root, String css, String attribute) {
        return (List<String>) script("return [].map.call(arguments[0].querySelectorAll(arguments[1]),"
                + " e => e.getAttribute(arguments[2]) || '')", root, css, attribute);
    }

    /** The {@code textContent} of every element under {@code root} that {@code css} selects, in one round trip. */
    @SuppressWarnings("unchecked")
    List<String> texts(WebElement root, String css) {
        return (List<String>) script("return [].map.call(arguments[0].querySelectorAll(arguments[1]),"
                + " e => e.textContent)", root, css);
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver()).executeScript(js, args);
    }

    /** Puts the browser back to scripts on, networking on; the browser itself stays up for the next class. */
    @Override
    public void close() {
        if (chromium.owner == this) {
            chromium.owner = null;
            chromium.modes(true, false);
        }
    }
}
