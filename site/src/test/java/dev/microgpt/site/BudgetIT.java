package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The budgets of {@code generator/WIDGETS.md}, on whatever pages the build produced: no page over
 * 250 KB of HTML with its embedded data (the print edition, the whole guide on one page, is exempt by
 * design), and no page loading more than 26 KiB of JavaScript gzip-compressed (each page loads only
 * the scripts its widgets need), in the site and in the widget gallery. And the build
 * report the build wrote says so, page by page. (First paint is measured by FirstPaintBench, not
 * here: speed is a benchmark, never a timed test.)
 */
class BudgetIT {
    private static final Path REPORT = Path.of(System.getProperty("site.report", "target/report.txt"));

    @Test
    void everyPageAndTheWidgetScriptFitTheirBudgets() {
        BuildReport report = BuildReport.measure(Browser.WWW);
        assertThat(report.pages()).extracting(BuildReport.PageWeight::path).containsAll(SiteFiles.pages());
        assertThat(report.overBudget()).isEmpty();
        BuildReport.PageWeight most = report.mostScript();
        assertThat(most.jsGzip()).as("gzip JS bytes of " + most.path()).isPositive()
                .isLessThanOrEqualTo(most.jsBudget());
        assertThat(report.pages()).filteredOn(page -> !page.trains())
                .allSatisfy(page -> assertThat(page.jsGzip()).as(page.path()).isLessThanOrEqualTo(BuildReport.JS_GZIP_BUDGET));
    }

    @Test
    void everyWidgetFitsThePageBudgetInTheGalleryToo() {
        BuildReport gallery = BuildReport.measure(Browser.GALLERY);   // every widget, realistic blocks
        assertThat(gallery.pages()).hasSizeGreaterThan(5);
        assertThat(gallery.overBudget()).isEmpty();
    }

    @Test
    void aPageCountsItsEmbeddedDataAndWhatItLoads() {
        BuildReport report = BuildReport.measure(Browser.WWW);
        BuildReport.PageWeight lesson = report.pages().stream().filter(p -> p.data() > 0).findFirst().orElseThrow();
        long fileSize = Browser.WWW.resolve(lesson.path()).toFile().length();
        assertThat(lesson.page()).isEqualTo(fileSize);
        long core = Browser.WWW.resolve("assets/js/core.js").toFile().length();
        assertThat(lesson.js()).isGreaterThan(core);
        assertThat(lesson.jsGzip()).isPositive().isLessThan(lesson.js());
        assertThat(lesson.css()).isGreaterThanOrEqualTo(Browser.WWW.resolve("assets/style.css").toFile().length());
    }

    @Test
    void theBuildWroteAReportListingEveryPageAndEveryStage() throws IOException {
        String text = Files.readString(REPORT);
        assertThat(text).contains("train ", "render math ", "render pages ", "Budgets", "everything within budget", "most JS ", "median JS ", "js gz",
                "offline edition (zip)", BuildReport.FIRST_PAINT);
        BuildReport report = BuildReport.measure(Browser.WWW);
        for (BuildReport.PageWeight page : report.pages()) {
            assertThat(text).as(page.path()).containsPattern("(?m)^  " + page.path().replace(".", "\\.") + " +"
                    + String.format(Locale.ROOT, "%,d", page.html()) + " +" + String.format(Locale.ROOT, "%,d",
                    page.data()) + " ");
        }
    }
}
