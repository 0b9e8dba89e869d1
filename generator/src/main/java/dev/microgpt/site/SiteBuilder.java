package dev.microgpt.site;

import dev.microgpt.content.BuildFailedException;
import dev.microgpt.content.ContentLoader;
import dev.microgpt.content.Course;
import dev.microgpt.content.Page;
import dev.microgpt.content.Problems;
import dev.microgpt.content.RunData;
import dev.microgpt.content.SourceException;
import dev.microgpt.content.SourcePosition;
import dev.microgpt.content.Syllabus;
import dev.microgpt.excerpt.ExcerptSources;
import dev.microgpt.markdown.Bindings;
import dev.microgpt.markdown.LessonLinks;
import dev.microgpt.markdown.LinkLedger;
import dev.microgpt.markdown.MarkdownRenderer;
import dev.microgpt.math.Katex;
import dev.microgpt.page.Layout;
import dev.microgpt.rundata.BuildLock;
import dev.microgpt.rundata.FailureLine;
import dev.microgpt.widget.Widgets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the whole site: the recipe of DESIGN.md in one method. */
public final class SiteBuilder {
    private final Path contentDir;   // content/: lessons and pages
    private final Path runDataDir;   // the JSON the model wrote
    private final Path sourcesDir;   // model/src/main/java: what excerpts quote
    private final Path outputDir;    // site/target/www
    private final Katex sharedKatex; // an engine to reuse, or null: start one for this build
    private final Path resources;    // templates/ and assets/ from this folder, or null: the classpath
    private final BodyCache cache;   // bodies kept from the last build (the preview), or null
    private final String siteUrl;    // the public base URL, ending with '/', or null: a relative site

    /**
     * A builder for one site.
     *
     * @param contentDir the lessons
     * @param runDataDir the run data the model exported
     * @param sourcesDir the model's Java sources, which excerpts quote
     * @param outputDir where the finished site goes; replaced only if the build succeeds
     */
    public SiteBuilder(Path contentDir, Path runDataDir, Path sourcesDir, Path outputDir) {
        this(contentDir, runDataDir, sourcesDir, outputDir, null);
    }

    /** A builder that renders math with an engine it does not own (tests build many sites). */
    public SiteBuilder(Path contentDir, Path runDataDir, Path sourcesDir, Path outputDir, Katex katex) {
        this(contentDir, runDataDir, sourcesDir, outputDir, katex, null, null, null);
    }

    private SiteBuilder(Path contentDir, Path runDataDir, Path sourcesDir, Path outputDir, Katex katex,
            Path resources, BodyCache cache, String siteUrl) {
        this.contentDir = contentDir;
        this.runDataDir = runDataDir;
        this.sourcesDir = sourcesDir;
        this.outputDir = outputDir;
        this.sharedKatex = katex;
        this.resources = resources;
        this.cache = cache;
        this.siteUrl = siteUrl;
    }

    /**
     * The same builder for a site published at {@code url} (e.g. {@code https://example.org/microgpt/}):
     * pages get canonical links and absolute Open Graph URLs with a sharing picture each, and the
     * site a {@code sitemap.xml} that {@code robots.txt} names. Null or blank: a relative site.
     *
     * @throws IllegalArgumentException if {@code url} is not an absolute http(s) URL
     */
    public SiteBuilder withSiteUrl(String url) {
        return new SiteBuilder(contentDir, runDataDir, sourcesDir, outputDir, sharedKatex, resources, cache,
                Publishing.normalize(url));
    }

    /**
     * The same builder reading {@code templates/} and {@code assets/} from a folder (the
     * generator's {@code src/main/resources}) instead of the classpath, and keeping page bodies
     * in {@code cache} between builds: what the preview needs to show an edit at once.
     */
    public SiteBuilder forPreview(Path resourcesDir, BodyCache bodyCache) {
        return new SiteBuilder(contentDir, runDataDir, sourcesDir, outputDir, sharedKatex, resourcesDir, bodyCache,
                siteUrl);
    }

    /**
     * The checks that need no run data, so a broken lesson fails before the model trains: front
     * matter (keys, syntax, encoding) and the syllabus. Bindings, excerpts, links, math and
     * widgets are checked by {@link #build}, which renders the pages with the run data.
     *
     * @return the number of pages, if every one passed
     * @throws dev.microgpt.content.BuildFailedException with every {@code file:line} at once
     */
    public static int check(Path contentDir) {
        Problems problems = new Problems();
        Course course = new ContentLoader(contentDir, "content", problems).load();
        Syllabus.check(contentDir, "content", course, problems);
        problems.throwIfAny();
        return course.pages().size();
    }

    /**
     * Builds every page into a fresh folder and swaps it in only if nothing failed, holding the
     * lock of the output's folder throughout, so that two builds at once take turns.
     */
    public Report build() {
        try (BuildLock lock = BuildLock.acquire(lockFolder(outputDir), "site")) {
            return buildLocked();
        }
    }

    /** The folder whose {@link BuildLock} guards a site written to {@code output}: the one it is in. */
    public static Path lockFolder(Path output) {
        return output.toAbsolutePath().normalize().getParent();
    }

    private Report buildLocked() {
        long start = System.nanoTime();
        Problems problems = new Problems();
        RunData run = RunData.read(runDataDir);                                     // the numbers prose quotes
        Bindings bindings = new Bindings(run);
        Course course = new ContentLoader(contentDir, "content", problems).load()   // lessons in file-name order
                .map(page -> bindings.expandFrontMatter(page, problems));
        Syllabus.check(contentDir, "content", course, problems);                   // no lesson lost or added
        ExcerptSources sources = ExcerptSources.beside(sourcesDir, "model/src/main/java");   // and the Python beside it
        Map<Page, String> bodies = new LinkedHashMap<>();
        long mathStart;
        double mathSeconds;
        Katex katex = sharedKatex != null ? sharedKatex : new Katex();
        try {
            mathStart = System.nanoTime();
            double katexBefore = katex.renderSeconds();
            LinkLedger ledger = new LinkLedger();
            MarkdownRenderer markdown = new MarkdownRenderer(katex, Widgets.standard(), run, sources, course, ledger);
            if (cache != null) {
                cache.start(course);
            }
            for (Page page : course.pages()) {
                bodies.put(page, render(page, markdown, ledger, problems));  // bindings, links, excerpts, math, widgets
            }
            mathSeconds = katex.renderSeconds() - katexBefore;
            LinkChecks.check(ledger, course, bodies, problems);      // anchors and terms, now every page exists
            course.page(LessonLinks.GLOSSARY).ifPresent(glossary -> bodies.put(glossary,
                    Glossary.withBacklinks(bodies.get(glossary), glossary, ledger, course, problems)));
        } finally {
            if (sharedKatex == null) {
                katex.close();
            }
        }
        long renderEnd = System.nanoTime();
        Publishing publishing = new Publishing(siteUrl, course.page("home").map(Page::title).orElse(""),
                StyleTokens.parse(Assets.text("assets/style.css", resources)), run);
        Views views = new Views(course, problems, WidgetScripts.standard(), publishing,
                new ModelMaps(course, run, problems));                   // checks names and blocks too
        problems.throwIfAny();                                       // every file:line at once, sorted
        Page home = course.page("home").orElseThrow();

        Layout layout = resources == null ? new Layout() : new Layout(resources.resolve("templates"));
        Map<Page, String> htmls = new LinkedHashMap<>();
        for (Map.Entry<Page, String> page : bodies.entrySet()) {
            String html = layout.render(views.of(page.getKey(), page.getValue()));
            PageIds.check(page.getKey(), html, problems);              // the layout's ids and the lesson's
            htmls.put(page.getKey(), html);
        }
        problems.throwIfAny();
        Path staging = Staging.create(outputDir);                    // a sibling folder of this process
        List<String> pages = new ArrayList<>();                      // what a complete site holds
        BuildReport weights;
        try {
            for (Map.Entry<Page, String> page : htmls.entrySet()) {
                write(staging.resolve(page.getKey().output()), page.getValue());
                pages.add(page.getKey().output());
            }
            pages.addAll(List.of(PrintEdition.FILE, SearchIndex.FILE, GlossaryCards.FILE, Publishing.NOT_FOUND,
                    Publishing.ROBOTS));
            PrintEdition print = new PrintEdition(course);           // the whole guide on one page
            write(staging.resolve(PrintEdition.FILE), layout.render(views.print(print.intro(home, bodies.get(home)),
                    print.chapters(bodies))));
            write(staging.resolve(SearchIndex.FILE), SearchIndex.script(course, bodies));
            write(staging.resolve(GlossaryCards.FILE), GlossaryCards.script(course, bodies));
            write(staging.resolve(Publishing.NOT_FOUND), layout.render(views.notFound()));   // what hosts serve for a miss
            write(staging.resolve(Publishing.ROBOTS), publishing.robots());
            if (publishing.absolute()) {                             // sitemap and pictures need absolute URLs
                List<String> urls = new ArrayList<>();
                for (Page page : bodies.keySet()) {
                    urls.add(publishing.url(page.output()));
                    writeBytes(staging.resolve(Publishing.imageFile(page.output())),
                            publishing.picture(page, course).png(publishing.tokens()));
                }
                urls.add(publishing.url(PrintEdition.FILE));
                writeBytes(staging.resolve(Publishing.imageFile(PrintEdition.FILE)),
                        publishing.picture(-1, -1, 0).png(publishing.tokens()));
                Collections.sort(urls);
                write(staging.resolve(Publishing.SITEMAP), layout.renderFile("sitemap.ftlx", Map.of("urls", urls)));
            }
            Assets.copyInto(staging, resources);                     // stylesheet, scripts, KaTeX fonts
            weights = BuildReport.measure(staging);
            overBudget(weights, bodies.keySet());                    // a site over budget is not published
            Staging.publish(staging, outputDir, pages);              // atomic: the old site or the new one
        } catch (RuntimeException | Error e) {
            deleteQuietly(staging);
            throw e;
        }
        long end = System.nanoTime();
        double renderSeconds = (renderEnd - mathStart) / 1e9;
        return new Report(bodies.size(), (mathStart - start) / 1e9, mathSeconds, renderSeconds - mathSeconds,
                (end - renderEnd) / 1e9, weights);
    }

    /** Fails the build for each page over its budget, named by the file it is made from. */
    private static void overBudget(BuildReport weights, java.util.Set<Page> pages) {
        Problems problems = new Problems();
        for (BuildReport.Over over : weights.overBudgetPages()) {
            String source = pages.stream().filter(page -> page.output().equals(over.path())).map(Page::source)
                    .findFirst().orElse(over.path());                 // the print edition has no one source
            problems.add(SourcePosition.line(source, 0), over.path() + " " + over.message());
        }
        problems.throwIfAny();
    }

    /**
     * A page's body, or "" and a problem at the page's file if rendering failed in a way no check
     * foresaw: the maintainer learns which file to look at, and the other pages are still checked.
     */
    private String render(Page page, MarkdownRenderer markdown, LinkLedger ledger, Problems problems) {
        try {
            return renderChecked(page, markdown, ledger, problems);
        } catch (BuildFailedException | SourceException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(SourcePosition.line(page.source(), 0), "cannot render this page: " + FailureLine.of(e));
            return "";
        }
    }

    /** A page's body: from the cache if its source is unchanged, else rendered (and kept if clean). */
    private String renderChecked(Page page, MarkdownRenderer markdown, LinkLedger ledger, Problems problems) {
        if (cache == null) {
            return markdown.render(page, problems);
        }
        BodyCache.Entry cached = cache.get(page);
        if (cached != null) {
            ledger.replay(cached.anchors(), cached.terms());
            return cached.body();
        }
        int anchors = ledger.anchors().size();
        int terms = ledger.terms().size();
        Problems own = new Problems();
        String body = markdown.render(page, own);
        for (var problem : own.sorted()) {
            problems.add(problem);
        }
        if (own.isEmpty()) {
            List<LinkLedger.Anchor> allAnchors = ledger.anchors();
            List<LinkLedger.TermUse> allTerms = ledger.terms();
            cache.put(page, new BodyCache.Entry(body, allAnchors.subList(anchors, allAnchors.size()),
                    allTerms.subList(terms, allTerms.size())));
        }
        return body;
    }

    /**
     * What a build did and how long each stage took.
     *
     * @param pages pages written (the print edition not counted)
     * @param loadSeconds reading content and run data, starting KaTeX
     * @param mathSeconds rendering formulas with KaTeX (formulas already rendered cost nothing)
     * @param renderSeconds the rest of rendering pages: Markdown, bindings, excerpts, widgets, checks
     * @param writeSeconds layout, print edition, search index, assets and the swap
     * @param weights what each page weighs, measured before the site was published
     */
    public record Report(int pages, double loadSeconds, double mathSeconds, double renderSeconds,
            double writeSeconds, BuildReport weights) {
    }

    private static void write(Path file, String html) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void writeBytes(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            Staging.delete(dir);
        } catch (IOException e) {
            // the next build removes stale staging folders
        }
    }
}
