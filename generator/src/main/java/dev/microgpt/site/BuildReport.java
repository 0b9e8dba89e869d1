package dev.microgpt.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the finished site weighs, page by page, against the budgets of {@code generator/WIDGETS.md}:
 * no page over {@value #PAGE_BUDGET} bytes of HTML with its embedded data, all widget JavaScript
 * together under {@value #WIDGET_JS_BUDGET} bytes. The build writes it to
 * {@code site/target/report.txt} with the time each stage took; the site's tests fail on a page
 * over budget; {@code FirstPaintBench} adds first-paint figures when it is run.
 */
public final class BuildReport {
    /** Bytes a page may weigh, HTML and embedded data together: 250 KB. */
    public static final long PAGE_BUDGET = 250 * 1024;
    /** Bytes all widget JavaScript together must stay under: 40 KB. */
    public static final long WIDGET_JS_BUDGET = 40 * 1024;
    /** The one script that holds every widget (core helpers included). */
    public static final String WIDGET_SCRIPT = "assets/widgets.js";
    /** The heading of the first-paint section, which {@code FirstPaintBench} replaces. */
    public static final String FIRST_PAINT = "First paint";

    private final List<PageWeight> pages;   // every HTML file, sorted by path
    private final long widgetScript;        // bytes of assets/widgets.js
    private final long siteBytes;           // every file of the site
    private final int siteFiles;
    private final Map<String, Long> groups; // bytes by kind of file: pages, fonts, …

    /**
     * One page's weight, in bytes.
     *
     * @param path the page, relative to the site root
     * @param html its HTML without the embedded data
     * @param data the JSON embedded for its widgets
     * @param js the scripts it loads (the search index, loaded on first search, not counted)
     * @param css the stylesheets it loads
     */
    public record PageWeight(String path, long html, long data, long js, long css) {
        /** HTML and embedded data: what the page budget limits. */
        public long page() {
            return html + data;
        }

        /** Everything the page loads, fonts aside. */
        public long total() {
            return html + data + js + css;
        }

        /** Whether the page budget applies: the print edition is the whole guide by design. */
        public boolean budgeted() {
            return !path.equals(PrintEdition.FILE);
        }
    }

    private BuildReport(List<PageWeight> pages, long widgetScript, long siteBytes, int siteFiles,
            Map<String, Long> groups) {
        this.pages = List.copyOf(pages);
        this.widgetScript = widgetScript;
        this.siteBytes = siteBytes;
        this.siteFiles = siteFiles;
        this.groups = groups;
    }

    /** Weighs the site in {@code www}. */
    public static BuildReport measure(Path www) {
        List<PageWeight> pages = new ArrayList<>();
        long total = 0;
        int files = 0;
        Map<String, Long> groups = new LinkedHashMap<>();
        for (String group : List.of("pages", "scripts", "search index", "stylesheets", "fonts", "other")) {
            groups.put(group, 0L);
        }
        try (Stream<Path> all = Files.walk(www)) {
            for (Path file : all.filter(Files::isRegularFile).sorted().toList()) {
                String path = www.relativize(file).toString().replace('\\', '/');
                long size = Files.size(file);
                total += size;
                files++;
                groups.merge(group(path), size, Long::sum);
                if (path.endsWith(".html")) {
                    pages.add(weigh(www, file, path, size));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + www, e);
        }
        long widgets = size(www.resolve(WIDGET_SCRIPT));
        return new BuildReport(pages, widgets, total, files, groups);
    }

    private static String group(String path) {
        if (path.endsWith(".html")) {
            return "pages";
        } else if (path.equals(SearchIndex.FILE)) {
            return "search index";
        } else if (path.endsWith(".js")) {
            return "scripts";
        } else if (path.endsWith(".css")) {
            return "stylesheets";
        } else if (path.endsWith(".woff2")) {
            return "fonts";
        }
        return "other";
    }

    private static PageWeight weigh(Path www, Path file, String path, long size) throws IOException {
        Document doc = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
        long data = 0;
        for (Element json : doc.select("script[type=application/json]")) {
            data += json.data().getBytes(StandardCharsets.UTF_8).length;
        }
        long js = 0;
        for (Element script : doc.select("script[src]")) {
            js += size(file.getParent().resolve(script.attr("src")).normalize());
        }
        long css = 0;
        for (Element sheet : doc.select("link[rel=stylesheet][href]")) {
            css += size(file.getParent().resolve(sheet.attr("href")).normalize());
        }
        return new PageWeight(path, size - data, data, js, css);
    }

    private static long size(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every page, sorted by path. */
    public List<PageWeight> pages() {
        return pages;
    }

    /** Bytes of all widget JavaScript together. */
    public long widgetScript() {
        return widgetScript;
    }

    /** What is over budget, one line each; empty when everything fits. */
    public List<String> overBudget() {
        List<String> over = new ArrayList<>();
        for (PageWeight page : pages) {
            if (page.budgeted() && page.page() > PAGE_BUDGET) {
                over.add(String.format(Locale.ROOT, "%s weighs %,d bytes with its embedded data (%,d of them data); "
                        + "the budget is %,d", page.path(), page.page(), page.data(), PAGE_BUDGET));
            }
        }
        if (widgetScript >= WIDGET_JS_BUDGET) {
            over.add(String.format(Locale.ROOT, "%s is %,d bytes; all widget JavaScript together must stay under %,d",
                    WIDGET_SCRIPT, widgetScript, WIDGET_JS_BUDGET));
        }
        return over;
    }

    /** The heaviest budgeted page, or null for a site without pages. */
    public PageWeight heaviest() {
        PageWeight heaviest = null;
        for (PageWeight page : pages) {
            if (page.budgeted() && (heaviest == null || page.page() > heaviest.page())) {
                heaviest = page;
            }
        }
        return heaviest;
    }

    /**
     * The report as text.
     *
     * @param stages how long each stage took, in seconds, in order (e.g. "train" → 7.8), with a note each
     * @param offlineEdition bytes of the offline edition's zip, or −1 if none was written
     */
    public String text(List<Stage> stages, long offlineEdition) {
        StringBuilder out = new StringBuilder();
        out.append("MicroGPT Visualized: build report\n\n");
        out.append("Stages (seconds)\n");
        for (Stage stage : stages) {
            out.append(String.format(Locale.ROOT, "  %-13s %7.2f  %s%n", stage.name(), stage.seconds(), stage.note()));
        }
        out.append(String.format(Locale.ROOT, "%nPages (bytes; \"page\" = HTML + embedded data, budget %,d each; "
                + "JS and CSS as each page loads them, fonts aside)%n", PAGE_BUDGET));
        int width = Math.max(24, pages.stream().mapToInt(p -> p.path().length()).max().orElse(0) + 2);
        String row = "  %-" + width + "s %9s %9s %9s %9s %9s %9s%n";
        out.append(String.format(Locale.ROOT, row, "page", "html", "data", "page", "js", "css", "total"));
        long html = 0;
        long data = 0;
        for (PageWeight page : pages) {
            out.append(String.format(Locale.ROOT, row.replace("%n", "%s%n"), page.path(), n(page.html()),
                    n(page.data()), n(page.page()), n(page.js()), n(page.css()), n(page.total()),
                    !page.budgeted() ? "  (the whole guide: no page budget)"
                            : page.page() > PAGE_BUDGET ? "  OVER BUDGET" : ""));
            html += page.html();
            data += page.data();
        }
        out.append(String.format(Locale.ROOT, row, "all " + pages.size() + " pages", n(html), n(data), n(html + data),
                "", "", ""));
        out.append("\nBudgets\n");
        PageWeight heaviest = heaviest();
        if (heaviest != null) {
            out.append(String.format(Locale.ROOT, "  heaviest page  %s: %,d of %,d bytes (%d%%)%n", heaviest.path(),
                    heaviest.page(), PAGE_BUDGET, Math.round(100.0 * heaviest.page() / PAGE_BUDGET)));
        }
        out.append(String.format(Locale.ROOT, "  widget JS      %s: %,d of %,d bytes (%d%%)%n", WIDGET_SCRIPT,
                widgetScript, WIDGET_JS_BUDGET, Math.round(100.0 * widgetScript / WIDGET_JS_BUDGET)));
        out.append(overBudget().isEmpty() ? "  everything within budget\n" : "  OVER BUDGET:\n");
        for (String line : overBudget()) {
            out.append("    ").append(line).append('\n');
        }
        out.append(String.format(Locale.ROOT, "%nSite%n  %,d files, %,d bytes:", siteFiles, siteBytes));
        groups.forEach((group, bytes) -> out.append(String.format(Locale.ROOT, " %s %,d ·", group, bytes)));
        out.setLength(out.length() - 2);
        out.append('\n');
        if (offlineEdition >= 0) {
            out.append(String.format(Locale.ROOT, "  offline edition (zip): %,d bytes%n", offlineEdition));
        }
        out.append('\n').append(FIRST_PAINT).append('\n').append("  not measured by this build: run FirstPaintBench "
                + "(CONTRIBUTING.md, \"Benchmarks\") to add the figures here\n");
        return out.toString();
    }

    /** The one line the build prints at its end. */
    public String summary(List<Stage> stages, long offlineEdition) {
        PageWeight heaviest = heaviest();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "report: %d pages", pages.size()));
        if (heaviest != null) {
            line.append(String.format(Locale.ROOT, " · heaviest %s %s of %s", heaviest.path(), kb(heaviest.page()),
                    kb(PAGE_BUDGET)));
        }
        line.append(String.format(Locale.ROOT, " · widget JS %s of %s · site %s", kb(widgetScript),
                kb(WIDGET_JS_BUDGET), kb(siteBytes)));
        if (offlineEdition >= 0) {
            line.append(" · zip ").append(kb(offlineEdition));
        }
        for (Stage stage : stages) {
            line.append(String.format(Locale.ROOT, " · %s %.2f s", stage.name(), stage.seconds()));
        }
        line.append(overBudget().isEmpty() ? "" : " · OVER BUDGET");
        return line.toString();
    }

    /** Writes the report's text to {@code file}. */
    public void write(Path file, List<Stage> stages, long offlineEdition) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text(stages, offlineEdition), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * One stage of the build.
     *
     * @param name e.g. "train", "render math"
     * @param seconds how long it took
     * @param note what it covers
     */
    public record Stage(String name, double seconds, String note) {
    }

    private static String n(long bytes) {
        return String.format(Locale.ROOT, "%,d", bytes);
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}
