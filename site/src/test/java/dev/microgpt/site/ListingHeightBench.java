package dev.microgpt.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * How long the listings are on a 360-px phone, in each language: opens every lesson at 360 CSS
 * pixels, shows the Python and then the Java, and prints the tallest listing of each with its
 * page. It also saves pictures of one listing (360 and 1280 px, light and dark, both languages)
 * to {@code site/target/listing-shots/} for looking at. A measurement, not a test: run it as
 * CONTRIBUTING.md's "Benchmarks" says, with {@code -Dit.test=ListingHeightBench}.
 */
@ExtendWith(SharedChromium.class)
class ListingHeightBench {
    private static final Path SHOTS = Path.of("target/listing-shots");
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.cdp("Emulation.clearDeviceMetricsOverride", Map.of());
        browser.script("localStorage.removeItem('microgpt-listing')");
        browser.close();
    }

    @Test
    void tallestListingOnAPhone() throws IOException {
        width(360);
        List<Path> lessons;
        try (Stream<Path> files = Files.walk(Browser.WWW.resolve("step"))) {
            lessons = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        for (String language : List.of("python", "java")) {
            double tallest = 0;
            String where = "";
            for (Path page : lessons) {
                browser.visit(page);
                choose(language);
                for (WebElement listing : browser.driver().findElements(By.cssSelector("figure.listing"))) {
                    double height = ((Number) browser.script("return arguments[0].getBoundingClientRect().height",
                            listing)).doubleValue();
                    if (height > tallest) {
                        tallest = height;
                        where = Browser.WWW.relativize(page) + "#" + listing.getAttribute("id");
                    }
                }
            }
            System.out.printf("tallest %s listing at 360 px: %.0f px (%.1f screens of 800 px), %s%n", language,
                    tallest, tallest / 800, where);
        }
    }

    @Test
    void pictures() throws IOException {
        Files.createDirectories(SHOTS);
        for (int width : new int[] {360, 1280}) {
            width(width);
            for (String theme : List.of("light", "dark")) {
                for (String language : List.of("python", "java")) {
                    for (String page : List.of("step/2/3.html", "step/0/5.html", "step/3/5.html")) {
                        browser.open(page);
                        browser.script("document.documentElement.setAttribute('data-theme', arguments[0])",
                                theme);
                        choose(language);
                        WebElement listing = browser.driver().findElement(By.cssSelector("figure.listing"));
                        browser.script("arguments[0].scrollIntoView()", listing);
                        Path shot = listing.getScreenshotAs(OutputType.FILE).toPath();
                        String name = page.replace('/', '-').replace(".html", "") + "-" + width + "-" + theme + "-"
                                + language + ".png";
                        Files.copy(shot, SHOTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    /** Picks a language as a reader would, by its tab (remembered, as the reader's would be). */
    private static void choose(String language) {
        browser.script("var tab = document.querySelector('[role=tab][data-lang=' + arguments[0] + ']');"
                + " if (tab) tab.click()", language);
    }

    @Test
    void printedListing() throws IOException {
        Files.createDirectories(SHOTS);
        width(800);
        browser.open("print.html");
        choose("java");                                    // chosen on screen: print still shows the Python
        browser.cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            WebElement listing = browser.driver().findElement(By.cssSelector(   // lesson 2.3's first listing, wherever its fence
                    "[id^='p-2-3--listing-step-2-03-add-mul-']"));
            browser.script("arguments[0].scrollIntoView()", listing);
            Files.copy(listing.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve("print-step-2-3.png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.cdp("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    private static void width(int width) {
        browser.cdp("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 800,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }
}
