package dev.microgpt.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the finished site weighs, page by page, against the budgets of {@code generator/WIDGETS.md}:
 * no page over {@value #PAGE_BUDGET} bytes of HTML with its embedded data, and no page loading
 * more than {@value #JS_GZIP_BUDGET} bytes of JavaScript once gzip-compressed (each script
 * compressed on its own at level 9, as a server or a zip would send it, and summed). The build writes it to
 * {@code site/target/report.txt} with the time each stage took; the site's tests fail on a page
 * over budget; {@code FirstPaintBench} adds first-paint figures when it is run.
 */
public final class BuildReport {
    /** Bytes a page may weigh, HTML and embedded data together: 250 KB. */
    public static final long PAGE_BUDGET = 250 * 1024;
    /**
     * Gzip-compressed bytes of JavaScript a page may load: 26 KiB. Compressed, because that is what
     * travels and the budget should not punish readable code (names and comments compress well);
     * per page, because a page loads only the scripts its widgets need. It was 24 KiB until the
     * in-page models became the trainer's too: models.js now runs its one forward pass on a tape
     * (about 8 KB gzip instead of 4), and every page with a listing loads listings.js (1.6 KB),
     * so the busiest lessons (0.6 and 1.5: loss chart, samples, the in-page models, a listing)
     * load about 24.4 KB. 26 KiB still arrives in about half a second on a slow 3G link
     * (400 kbit/s).
     */
    public static final long JS_GZIP_BUDGET = 26 * 1024;
    /**
     * The budget of a page with the {@code trainer} widget (it loads {@link #TRAINER_SCRIPT}): 37 KiB.
     * Training in the page needs the training loop and the trainer's controls (training.js and
     * trainer.js, about 9.6 KiB gzip together) on top of the lesson's own widgets, which on a
     * results lesson (loss curve, samples, the in-page models) already load up to 24 KiB; the
     * one rule for typed names (typed-text.js) and the seed box that refuses what is not a seed
     * added 1.3 KiB to step 3.8, which loads the pair stepper, the sampler and the trainer. Only
     * these pages get the allowance; every other page keeps {@link #JS_GZIP_BUDGET}.
     */
    public static final long TRAINER_JS_GZIP_BUDGET = 37 * 1024;
    /** The script that marks a page as training in the browser. */
    public static final String TRAINER_SCRIPT = "trainer.js";
    /** The heading of the first-paint section, which {@code FirstPaintBench} replaces. */
    public static final String FIRST_PAINT = "First paint";

    private final List<PageWeight> pages;   // every HTML file, sorted by path
    private final long siteBytes;           // every file of the site
    private final int siteFiles;
    private final Map<String, Long> groups; // bytes by kind of file: pages, fonts, …
    private final String siteUrl;           // the base URL robots.txt names the sitemap under, or null

    /**
     * One page's weight, in bytes.
     *
     * @param path the page, relative to the site root
     * @param html its HTML without the embedded data
     * @param data the JSON embedded for its widgets
     * @param js the scripts it loads (the search index and the glossary cards, loaded on first use, not counted)
     * @param jsGzip the same scripts gzip-compressed, each on its own: what the script budget limits
     * @param css the stylesheets it loads
     * @param trains whether it loads the trainer (and so has the trainer's script budget)
     */
    public record PageWeight(String path, long html, long data, long js, long jsGzip, long css, boolean trains) {
        /** The gzip-compressed bytes of JavaScript this page may load. */
        public long jsBudget() {
            return trains ? TRAINER_JS_GZIP_BUDGET : JS_GZIP_BUDGET;
        }

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

    private BuildReport(List<PageWeight> pages, long siteBytes, int siteFiles, Map<String, Long> groups,
            String siteUrl) {
        this.siteUrl = siteUrl;
        this.pages = List.copyOf(pages);
        this.siteBytes = siteBytes;
        this.siteFiles = siteFiles;
        this.groups = groups;
    }

    /** Weighs the site in {@code www}. */
    public static BuildReport measure(Path www) {
        List<PageWeight> pages = new ArrayList<>();
        long total = 0;
        int files = 0;
        Map<Path, Long> gzipped = new HashMap<>();   // a script's compressed size, once per build
        Map<String, Long> groups = new LinkedHashMap<>();
        for (String group : List.of("pages", "scripts", "search index", "glossary cards", "stylesheets", "fonts", "other")) {
            groups.put(group, 0L);
        }
        try (Stream<Path> all = Files.walk(www, FileVisitOption.FOLLOW_LINKS)) {
            for (Path file : all.filter(Files::isRegularFile).sorted().toList()) {
                String path = www.relativize(file).toString().replace('\\', '/');
                long size = Files.size(file);
                total += size;
                files++;
                groups.merge(group(path), size, Long::sum);
                if (path.endsWith(".html")) {
                    pages.add(weigh(file, path, size, gzipped));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + www, e);
        }
        return new BuildReport(pages, total, files, groups, siteUrl(www));
    }

    /** The base URL the site was built for, read back from robots.txt's sitemap line; null for none. */
    private static String siteUrl(Path www) {
        Path robots = www.resolve(Publishing.ROBOTS);
        try {
            if (Files.isRegularFile(robots)) {
                for (String line : Files.readAllLines(robots, StandardCharsets.UTF_8)) {
                    if (line.startsWith("Sitemap: ") && line.endsWith(Publishing.SITEMAP)) {
                        return line.substring("Sitemap: ".length(), line.length() - Publishing.SITEMAP.length());
                    }
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + robots, e);
        }
    }

    private static String group(String path) {
        if (path.endsWith(".html")) {
            return "pages";
        } else if (path.equals(SearchIndex.FILE)) {
            return "search index";
        } else if (path.equals(GlossaryCards.FILE)) {
            return "glossary cards";
        } else if (path.endsWith(".js")) {
            return "scripts";
        } else if (path.endsWith(".css")) {
            return "stylesheets";
        } else if (path.endsWith(".woff2")) {
            return "fonts";
        }
        return "other";
    }

    private static PageWeight weigh(Path file, String path, long size, Map<Path, Long> gzipped)
            throws IOException {
        Document doc = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
        long data = 0;
        for (Element json : doc.select("script[type=application/json]")) {
            data += json.data().getBytes(StandardCharsets.UTF_8).length;
        }
        long js = 0;
        long jsGzip = 0;
        boolean trains = false;
        for (Element script : doc.select("script[src]")) {
            trains |= script.attr("src").endsWith("/" + TRAINER_SCRIPT);
            Path source = file.getParent().resolve(script.attr("src")).normalize();
            js += size(source);
            jsGzip += gzipped.computeIfAbsent(source, BuildReport::gzipSize);
        }
        long css = 0;
        for (Element sheet : doc.select("link[rel=stylesheet][href]")) {
            css += size(file.getParent().resolve(sheet.attr("href")).normalize());
        }
        return new PageWeight(path, size - data, data, js, jsGzip, css, trains);
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

    /** Bytes of a file gzip-compressed at level 9; 0 for a missing file. */
    private static long gzipSize(Path file) {
        try {
            return Files.isRegularFile(file) ? gzipSize(Files.readAllBytes(file)) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Bytes of {@code data} gzip-compressed at level 9 (the best), the same on every machine and
     * every run: {@code java.util.zip} writes no time stamp and a fixed header.
     */
    public static long gzipSize(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }

    /** The page loading the most compressed JavaScript, or null for a site without pages. */
    public PageWeight mostScript() {
        return pages.stream().max(Comparator.comparingLong(PageWeight::jsGzip)
                .thenComparing(PageWeight::path)).orElse(null);
    }

    /** The page whose compressed JavaScript is the median of all pages (the lower of the middle two). */
    public PageWeight medianScript() {
        List<PageWeight> sorted = pages.stream().sorted(Comparator.comparingLong(PageWeight::jsGzip)
                .thenComparing(PageWeight::path)).toList();
        return sorted.isEmpty() ? null : sorted.get((sorted.size() - 1) / 2);
    }

    /** What is over budget, one line each; empty when everything fits. */
    public List<String> overBudget() {
        return overBudgetPages().stream().map(over -> over.path() + " " + over.message()).toList();
    }

    /** What is over budget: the page and what is wrong with it; empty when everything fits. */
    public List<Over> overBudgetPages() {
        List<Over> over = new ArrayList<>();
        for (PageWeight page : pages) {
            if (page.budgeted() && page.page() > PAGE_BUDGET) {
                over.add(new Over(page.path(), String.format(Locale.ROOT, "weighs %,d bytes with its embedded data "
                        + "(%,d of them data); the budget is %,d", page.page(), page.data(), PAGE_BUDGET)));
            }
        }
        for (PageWeight page : pages) {
            if (page.jsGzip() > page.jsBudget()) {
                over.add(new Over(page.path(), String.format(Locale.ROOT, "loads %,d bytes of JavaScript "
                        + "gzip-compressed (%,d raw); the budget is %,d %s: load fewer widgets on it or make "
                        + "their scripts smaller", page.jsGzip(), page.js(), page.jsBudget(),
                        page.trains() ? "for a page with the trainer" : "per page")));
            }
        }
        return over;
    }

    /** A page over a budget: its path in the site, and by how much. */
    public record Over(String path, String message) {
    }

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
                + "JS and CSS as each page loads them, fonts aside; \"js gz\" = its scripts gzip-compressed, budget %,d)%n",
                PAGE_BUDGET, JS_GZIP_BUDGET));
        int width = Math.max(24, pages.stream().mapToInt(p -> p.path().length()).max().orElse(0) + 2);
        String row = "  %-" + width + "s %9s %9s %9s %9s %9s %9s %9s%n";
        out.append(String.format(Locale.ROOT, row, "page", "html", "data", "page", "js", "js gz", "css", "total"));
        long html = 0;
        long data = 0;
        for (PageWeight page : pages) {
            out.append(String.format(Locale.ROOT, row.replace("%n", "%s%n"), page.path(), n(page.html()),
                    n(page.data()), n(page.page()), n(page.js()), n(page.jsGzip()), n(page.css()), n(page.total()),
                    !page.budgeted() ? "  (the whole guide: no page budget)"
                            : page.page() > PAGE_BUDGET || page.jsGzip() > page.jsBudget() ? "  OVER BUDGET" : ""));
            html += page.html();
            data += page.data();
        }
        out.append(String.format(Locale.ROOT, row, "all " + pages.size() + " pages", n(html), n(data), n(html + data),
                "", "", "", ""));
        out.append("\nBudgets\n");
        PageWeight heaviest = heaviest();
        if (heaviest != null) {
            out.append(String.format(Locale.ROOT, "  heaviest page  %s: %,d of %,d bytes (%d%%)%n", heaviest.path(),
                    heaviest.page(), PAGE_BUDGET, Math.round(100.0 * heaviest.page() / PAGE_BUDGET)));
        }
        PageWeight most = mostScript();
        PageWeight median = medianScript();
        if (most != null) {
            out.append(String.format(Locale.ROOT, "  most JS        %s: %,d bytes gzip-compressed of %,d (%d%%), "
                    + "%,d raw%n", most.path(), most.jsGzip(), most.jsBudget(),
                    Math.round(100.0 * most.jsGzip() / most.jsBudget()), most.js()));
            out.append(String.format(Locale.ROOT, "  median JS      %s: %,d bytes gzip-compressed, %,d raw%n",
                    median.path(), median.jsGzip(), median.js()));
        }
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
        out.append("\nPublishing\n");
        if (siteUrl != null) {
            out.append("  base URL ").append(siteUrl).append(": sitemap.xml (named in robots.txt), a canonical link, "
                    + "absolute Open Graph URLs and a 1200×630 sharing picture on every page; 404.html links "
                    + "absolutely, so it works at any missing address\n");
        } else {
            out.append("  no base URL (-Dsite.url): left out sitemap.xml, canonical links, og:url and og:image "
                    + "with the sharing pictures, because all of them must be absolute and the site stays relative "
                    + "to work from file:// and any folder; robots.txt allows everything (no sitemap to name); "
                    + "404.html links from the site root, right only at top-level missing addresses\n");
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
        PageWeight most = mostScript();
        if (most != null) {
            line.append(String.format(Locale.ROOT, " · most JS %s %s gzip of %s", most.path(), kb(most.jsGzip()),
                    kb(most.jsBudget())));
        }
        line.append(" · site ").append(kb(siteBytes));
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
