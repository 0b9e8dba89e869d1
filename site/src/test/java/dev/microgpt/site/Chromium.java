package dev.microgpt.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The one headless Debian Chromium of a test JVM, driven by its ChromeDriver, both given by path
 * so that nothing is looked up or downloaded. Starting Chromium costs about two seconds on a
 * quiet machine and far more on a busy one, so {@link SharedChromium} starts it once and every
 * {@link Browser} session borrows it; what used to need a browser of its own (scripts off,
 * networking off) is switched per page through DevTools instead.
 */
final class Chromium implements AutoCloseable {
    /** How many Chromium processes this JVM started: the build's summary prints it. */
    static final AtomicInteger STARTS = new AtomicInteger();
    /** How many pages were loaded, by any session. */
    static final AtomicInteger LOADS = new AtomicInteger();

    /**
     * Selenium warns on every start that it has no DevTools bindings for this Chromium; we only
     * use ChromeDriver's own executeCdpCommand, which needs none. Keep what fails. (Held in a
     * field: JUL forgets the level of a logger nobody references.)
     */
    private static final Logger SELENIUM = Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM.setLevel(Level.SEVERE);
    }

    final ChromeDriver driver;
    private final Path profile;
    private boolean scripts = true;
    private boolean offline = false;
    /** The session whose modes the browser is in, or null for the defaults (scripts on, online). */
    Browser owner;

    private Chromium() {
        String binary = binary();
        String chromedriver = System.getProperty("chromium.driver", "/usr/bin/chromedriver");
        if (!Files.isExecutable(Path.of(binary)) || !Files.isExecutable(Path.of(chromedriver))) {
            throw new IllegalStateException("Chromium and ChromeDriver are needed at " + binary + " and " + chromedriver
                    + ": apt-get install -y chromium chromium-driver");
        }
        profile = temporaryProfile();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments(flags(profile));
        options.addArguments("--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);                 // network events, to list every request
        options.setCapability("goog:loggingPrefs", logs);
        options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(chromedriver).toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        STARTS.incrementAndGet();
        // bounds, not expectations: a two-core machine running another build is many times slower
        // (axe on the print edition, the whole guide on one page, takes minutes on such a machine)
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(300));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(600));
        driver.executeCdpCommand("Network.enable", Map.of());
    }

    static Chromium launch() {
        return new Chromium();
    }

    static String binary() {
        return System.getProperty("chromium.binary", "/usr/bin/chromium");
    }

    /** The command-line flags every Chromium of the tests runs with (the PDF printer's too). */
    static String[] flags(Path profile) {
        return new String[] {"--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", "--disable-extensions", "--user-data-dir=" + profile};
    }

    static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Puts the page modes in place for the next navigation. Scripts off is DevTools'
     * {@code Emulation.setScriptExecutionDisabled}, which Blink applies as the page's "scripts
     * enabled" setting: no script runs and {@code <noscript>} is parsed as markup, as for a reader
     * with JavaScript switched off ({@code BrowserIT} proves both on a file:// page). Networking
     * off is {@code Network.emulateNetworkConditions}: every request that is not a local file
     * fails, and the performance log still lists it.
     */
    void modes(boolean scripts, boolean offline) {
        if (scripts != this.scripts) {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !scripts));
            this.scripts = scripts;
        }
        if (offline != this.offline) {
            driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                    "downloadThroughput", -1, "uploadThroughput", -1));
            this.offline = offline;
        }
    }

    /**
     * What a test class left behind that could change the next one's pages: a page it left
     * open, stored theme choices, a bypassed policy, print media, console and network logs.
     */
    void reset() {
        driver.get("about:blank");
        driver.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", false));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", "file://", "storageTypes", "all"));
        modes(true, false);
        driver.manage().logs().get(LogType.BROWSER);
        driver.manage().logs().get(LogType.PERFORMANCE);
    }

    /** Quit when the JVM's launcher session ends, with a line saying what the browser did. */
    @Override
    public void close() {
        System.out.printf("browser checks: Chromium started %d time(s) in this JVM, %d page loads%n", STARTS.get(),
                LOADS.get());
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp profile left behind is harmless
        }
    }
}
