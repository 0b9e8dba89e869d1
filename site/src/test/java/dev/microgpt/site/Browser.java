package dev.microgpt.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by its ChromeDriver, both given by path so that nothing is
 * looked up or downloaded. Pages are opened from {@code file://}, as a reader of the offline
 * copy would. Missing browsers fail the tests: they must run, not skip.
 */
final class Browser implements AutoCloseable {
    /** The finished site. */
    static final Path WWW = Path.of(System.getProperty("site.www", "target/www"));
    /** The widget gallery: every widget on test pages built like the site, never published. */
    static final Path GALLERY = Path.of(System.getProperty("site.gallery", "target/gallery"));
    /** The run data the site was built from. */
    static final Path RUNDATA = Path.of(System.getProperty("site.rundata", "target/rundata"));

    /**
     * A number as {@link WebElement#getText()} reads it: WebDriver turns the no-break spaces the
     * build puts around "×" into plain spaces.
     */
    static String asRead(String built) {
        return built.replace('\u00a0', ' ');
    }

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(boolean javascript) {
        this(javascript, false);
    }

    private Browser(boolean javascript, boolean offline) {
        String binary = System.getProperty("chromium.binary", "/usr/bin/chromium");
        String chromedriver = System.getProperty("chromium.driver", "/usr/bin/chromedriver");
        if (!Files.isExecutable(Path.of(binary)) || !Files.isExecutable(Path.of(chromedriver))) {
            throw new IllegalStateException("Chromium and ChromeDriver are needed at " + binary + " and " + chromedriver
                    + ": apt-get install -y chromium chromium-driver");
        }
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-extensions", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        if (offline) {
            // every request that is not file:// goes to a proxy that is not there, names resolve to nothing
            options.addArguments("--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                    "--host-resolver-rules=MAP * ~NOTFOUND");
            logs.enable(LogType.PERFORMANCE, Level.ALL);     // network events, to list every request
            options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        }
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(chromedriver).toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));  // the print edition is large,
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));    // axe is slow on a busy machine
        if (offline) {
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", true, "latency", 0,
                    "downloadThroughput", -1, "uploadThroughput", -1));
        }
    }

    /** A browser with scripts on. */
    static Browser start() {
        return new Browser(true);
    }

    /** A browser with scripts on and networking off, which records every request it is asked to make. */
    static Browser offline() {
        return new Browser(true, true);
    }

    /** A browser with scripts off, as some readers and every printer have it. */
    static Browser withoutJavaScript() {
        return new Browser(false);
    }

    /** Opens a page of the site by its path, e.g. {@code step/0/6.html}, and waits for its widgets. */
    WebDriver open(String page) {
        driver.get(WWW.resolve(page).toUri().toString());
        waitForWidgets();
        return driver;
    }

    /** Opens a page of the widget gallery, e.g. {@code samples.html}, and waits for its widgets. */
    WebDriver gallery(String page) {
        driver.get(GALLERY.resolve(page).toUri().toString());
        waitForWidgets();
        return driver;
    }

    /**
     * Waits until every widget on the page says it is ready. A page that loads no widget script
     * (the print edition, whose figures are static by design) has nothing to wait for.
     */
    void waitForWidgets() {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!document.querySelector('script[src*=\"assets/js/\"]')"
                        + " || [].every.call(document.querySelectorAll('figure.widget'),"
                        + " f => f.dataset.ready === 'true'))"));
    }

    /** Console messages at warning level or worse since the last call. */
    List<String> problems() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    WebDriver driver() {
        return driver;
    }

    /** The n-th widget of a kind on the current page. */
    WebElement widget(String name, int index) {
        return driver.findElements(By.cssSelector("figure.widget[data-widget='" + name + "']")).get(index);
    }

    /** The current page printed to PDF by Chromium's own print engine, as bytes. */
    byte[] printToPdf(org.openqa.selenium.print.PrintOptions options) {
        return java.util.Base64.getDecoder().decode(driver.print(options).getContent());
    }

    /** Sends a DevTools command to the page, e.g. {@code Page.setBypassCSP}. */
    Map<String, Object> cdp(String command, Map<String, Object> params) {
        return driver.executeCdpCommand(command, params);
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp profile left behind is harmless
        }
    }
}
