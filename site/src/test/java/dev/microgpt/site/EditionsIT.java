package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The two editions for readers beyond the website. The print edition ({@code print.html}) holds
 * every page in reading order with static figures and prints as one document; the tests print
 * it to PDF with Chromium, which leaves {@code site/target/microgpt-visualized.pdf} behind. The
 * offline edition (the zip) holds the whole site and works from whatever folder it is unpacked in.
 */
@ExtendWith(SharedChromium.class)
class EditionsIT {
    private static final Path ZIP = Path.of(System.getProperty("site.zip", "target/microgpt-visualized-offline.zip"));
    private static final Path PDF = Browser.WWW.resolveSibling("microgpt-visualized.pdf");

    @TempDir
    Path temp;

    @Test
    void thePrintEditionHoldsEveryPageInReadingOrder() {
        List<String> order = readingOrder();
        Document print = SiteFiles.parse("print.html");
        List<String> chapters = print.select("section.chapter > header h2").eachText();
        List<String> titles = new ArrayList<>();
        for (String page : order.subList(1, order.size())) {              // the home page is the edition's opening
            titles.add(SiteFiles.parse(page).selectFirst("h1").text());
        }
        assertThat(chapters).isEqualTo(titles);
        assertThat(print.selectFirst("h1").text()).isEqualTo(SiteFiles.parse("index.html").selectFirst("h1").text());
        assertThat(print.select("nav.toc a")).hasSize(titles.size());
    }

    @Test
    void thePrintEditionHasStaticFiguresOnlyAndLinksWithinItself() {
        Document print = SiteFiles.parse("print.html");
        assertThat(print.select("script[type=application/json], script[src*=assets/js/]")).isEmpty();
        int figures = 0;
        for (String page : SiteFiles.pages()) {
            if (!page.equals("print.html")) {
                figures += SiteFiles.parse(page).select("figure.widget").size();
            }
        }
        assertThat(print.select("figure.widget .static")).hasSize(figures);
        for (Element link : print.select("article a[data-lesson]")) {
            assertThat(link.attr("href")).as(link.outerHtml()).startsWith("#p-");
        }
        for (Element link : print.select("article a[href]:not([href^=https:]):not([href^=http:])")) {
            assertThat(link.attr("href")).as(link.outerHtml()).doesNotContain(".html");   // within the edition
        }
    }

    @Test
    void thePrintEditionPrintsEveryChapterOnANewSheetWithNoTextOverOtherText() throws IOException, InterruptedException {
        int chapters = SiteFiles.parse("print.html").select("section.chapter").size();
        try (Browser browser = Browser.start()) {
            browser.open("print.html");
            browser.cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertThat((Boolean) browser.script("return [].every.call(document.querySelectorAll('figure.widget "
                    + ".static'), s => s.offsetParent !== null)")).as("static figures shown in print").isTrue();
            assertThat((Boolean) browser.script("return [].every.call(document.querySelectorAll('.site-search, "
                    + ".theme-toggle, .skip'), e => getComputedStyle(e).display === 'none')")).isTrue();
        }
        byte[] bytes = printToPdf(Browser.WWW.resolve("print.html"), PDF);
        assertThat(PrintedWords.pages(bytes)).as("PDF pages").isGreaterThan(chapters);
        // a layout that breaks across sheets prints one lesson's end over the next one's start
        assertThat(PrintedWords.collisions(bytes)).as("words printed over other words").isEmpty();
    }

    /**
     * Prints a page to PDF with Chromium's own print engine, in a Chromium of its own started for
     * this ({@code --print-to-pdf}), as a reader's "Save as PDF" would, backgrounds as print CSS
     * asks ({@code print-color-adjust: exact} on the figures). Not through ChromeDriver: its print
     * command gives the renderer a fixed ten seconds, which a two-core machine running another
     * build does not meet for the whole guide; this bound is five minutes, and a bound only.
     */
    private byte[] printToPdf(Path html, Path pdf) throws IOException, InterruptedException {
        Path profile = temp.resolve("print-profile");                  // JUnit deletes it
        List<String> command = new ArrayList<>(List.of(Chromium.binary()));
        command.addAll(List.of(Chromium.flags(profile)));
        command.addAll(List.of("--no-pdf-header-footer", "--print-to-pdf=" + pdf.toAbsolutePath(),
                html.toAbsolutePath().toUri().toString()));
        Files.deleteIfExists(pdf);
        Path log = temp.resolve("chromium-print.log");
        Process chromium = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!chromium.waitFor(300, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            throw new AssertionError("Chromium did not print " + html + " within 300 s: " + Files.readString(log));
        }
        assertThat(chromium.exitValue()).as("chromium --print-to-pdf: " + Files.readString(log)).isZero();
        assertThat(pdf).as("chromium --print-to-pdf: " + Files.readString(log)).isNotEmptyFile();
        return Files.readAllBytes(pdf);
    }

    @Test
    void theOfflineEditionHoldsTheWholeSiteInSortedEntriesWithOneTimestamp() throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(ZIP))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                assertThat(entry.getTimeLocal()).as(entry.getName()).isEqualTo(LocalDateTime.of(2026, 1, 1, 0, 0));
                assertThat(entry.getExtra()).as(entry.getName()).isNull();
                if (!entry.getName().equals("README.txt")) {
                    Path file = Browser.WWW.resolve(entry.getName().substring(OfflineEdition.FOLDER.length()));
                    assertThat(zip.readAllBytes()).as(entry.getName()).isEqualTo(Files.readAllBytes(file));
                }
            }
        }
        List<String> expected = new ArrayList<>();
        expected.add("README.txt");
        try (var files = Files.walk(Browser.WWW, FileVisitOption.FOLLOW_LINKS)) {
            files.filter(Files::isRegularFile).sorted().forEach(f -> expected.add(OfflineEdition.FOLDER
                    + Browser.WWW.relativize(f).toString().replace('\\', '/')));
        }
        assertThat(names).isEqualTo(expected);
    }

    @Test
    void theOfflineEditionWorksFromAnyFolder() throws IOException {
        Path folder = temp.resolve("Some folder with spaces & symbols");
        unzip(ZIP, folder);
        Path site = folder.resolve(OfflineEdition.FOLDER);
        try (Browser browser = Browser.offline()) {
            for (String page : List.of("index.html", readingOrder().get(2), "print.html")) {
                OfflineIT.network(browser);
                browser.visit(site.resolve(page));
                browser.waitForWidgets();
                assertThat(OfflineIT.network(browser)).as(page).isEmpty();
                assertThat(browser.problems()).as(page).isEmpty();
            }
            browser.visit(site.resolve("index.html"));
            browser.driver().findElement(By.cssSelector("a[rel=next]")).click();
            browser.waitForWidgets();
            assertThat(browser.driver().getCurrentUrl()).startsWith(site.toUri().toString());
            assertThat(browser.problems()).isEmpty();
        }
    }

    /** The site's pages in reading order, by following each page's "Next" link from the home page. */
    static List<String> readingOrder() {
        List<String> order = new ArrayList<>();
        Path page = Browser.WWW.resolve("index.html");
        while (page != null && order.size() < 1000) {
            String relative = Browser.WWW.relativize(page).toString().replace('\\', '/');
            order.add(relative);
            Element next = SiteFiles.parse(relative).selectFirst("a[rel=next]");
            page = next == null ? null : page.getParent().resolve(next.attr("href")).normalize();
        }
        return order;
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(into)).as(entry.getName()).isTrue();
                Files.createDirectories(target.getParent());
                Files.write(target, entries.readAllBytes());
            }
        }
    }
}
