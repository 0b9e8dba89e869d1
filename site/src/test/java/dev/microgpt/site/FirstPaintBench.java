package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A benchmark, not a test (the build never runs it; see CONTRIBUTING.md, "Benchmarks"): opens
 * every page of the built site from {@code file://} in headless Chromium several times and reads
 * the Performance API's {@code first-paint} and {@code first-contentful-paint}, then writes the
 * medians and maxima into the build report's "First paint" section, against the 300 ms budget of
 * {@code generator/WIDGETS.md}. Times depend on the machine; the report says which.
 */
@ExtendWith(SharedChromium.class)
class FirstPaintBench {
    private static final Path REPORT = Path.of(System.getProperty("site.report", "target/report.txt"));
    private static final int RUNS = Integer.getInteger("bench.runs", 5);
    private static final double BUDGET_MS = 300;
    /** Waits (up to 3 s) until the page has painted, then returns each paint entry's time. */
    private static final String PAINTS = """
            var done = arguments[arguments.length - 1], out = {};
            new PerformanceObserver(function (list, observer) {
              list.getEntries().forEach(function (e) { out[e.name] = e.startTime; });
              if (out['first-paint'] !== undefined && out['first-contentful-paint'] !== undefined) {
                observer.disconnect();
                done(out);
              }
            }).observe({type: 'paint', buffered: true});
            setTimeout(function () { done(out); }, 3000);
            """;

    @Test
    @SuppressWarnings("unchecked")
    void measureFirstPaintOfEveryPage() throws IOException {
        List<String> pages = SiteFiles.pages();
        StringBuilder section = new StringBuilder();
        String version;
        double worst = 0;
        String worstPage = "";
        try (Browser browser = Browser.start()) {
            version = String.valueOf(browser.script("return navigator.userAgent.match(/Chrome\\/[\\d.]+/)[0]"));
            int width = Math.max(24, pages.stream().mapToInt(String::length).max().orElse(0) + 2);
            String row = "  %-" + width + "s %14s %14s %10s%s%n";
            section.append(String.format(Locale.ROOT, row, "page", "first paint", "first content", "max FCP", ""));
            for (String page : pages) {
                List<Double> fp = new ArrayList<>();
                List<Double> fcp = new ArrayList<>();
                for (int run = 0; run < RUNS; run++) {
                    browser.driver().get("about:blank");
                    browser.open(page);
                    Map<String, Object> paints = (Map<String, Object>) ((JavascriptExecutor) browser.driver())
                            .executeAsyncScript(PAINTS);
                    fp.add(((Number) paints.getOrDefault("first-paint", Double.NaN)).doubleValue());
                    fcp.add(((Number) paints.getOrDefault("first-contentful-paint", Double.NaN)).doubleValue());
                }
                fp.removeIf(v -> v.isNaN());
                fcp.removeIf(v -> v.isNaN());
                assertThat(fcp).as(page + ": paint entries").isNotEmpty();
                double medianFcp = median(fcp);
                double maxFcp = Collections.max(fcp);
                if (medianFcp > worst) {
                    worst = medianFcp;
                    worstPage = page;
                }
                section.append(String.format(Locale.ROOT, row, page, ms(median(fp)), ms(medianFcp), ms(maxFcp),
                        medianFcp > BUDGET_MS ? "  OVER BUDGET" : ""));
            }
        }
        String heading = String.format(Locale.ROOT, "%s (FirstPaintBench: %s headless, file://, median of %d loads "
                + "per page; budget %.0f ms; %d cores)%n", BuildReport.FIRST_PAINT, version, RUNS, BUDGET_MS,
                Runtime.getRuntime().availableProcessors());
        String summary = String.format(Locale.ROOT, "  slowest: %s, first contentful paint %s (median)%n", worstPage,
                ms(worst));
        String report = Files.readString(REPORT, StandardCharsets.UTF_8);
        int at = report.indexOf("\n" + BuildReport.FIRST_PAINT);
        assertThat(at).as("the report has a first-paint section").isPositive();
        Files.writeString(REPORT, report.substring(0, at + 1) + heading + section + summary, StandardCharsets.UTF_8);
        System.out.print(heading + section + summary);
        assertThat(worst).as("paint entries were recorded").isPositive();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String ms(double millis) {
        return Double.isNaN(millis) ? "n/a" : String.format(Locale.ROOT, "%.0f ms", millis);
    }
}
