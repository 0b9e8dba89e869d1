package dev.microgpt.site;

import dev.microgpt.content.ContentLoader;
import dev.microgpt.content.Course;
import dev.microgpt.content.Page;
import dev.microgpt.content.Problems;
import dev.microgpt.content.RunData;
import dev.microgpt.content.Syllabus;
import dev.microgpt.excerpt.SourceRegions;
import dev.microgpt.markdown.Bindings;
import dev.microgpt.markdown.LessonLinks;
import dev.microgpt.markdown.LinkLedger;
import dev.microgpt.markdown.MarkdownRenderer;
import dev.microgpt.math.Katex;
import dev.microgpt.page.Layout;
import dev.microgpt.widget.Widgets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the whole site: the recipe of DESIGN.md in one method. */
public final class SiteBuilder {
    private final Path contentDir;   // content/: lessons and pages
    private final Path runDataDir;   // the JSON the model wrote
    private final Path sourcesDir;   // model/src/main/java: what excerpts quote
    private final Path outputDir;    // site/target/www
    private final Katex sharedKatex; // an engine to reuse, or null: start one for this build

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
        this.contentDir = contentDir;
        this.runDataDir = runDataDir;
        this.sourcesDir = sourcesDir;
        this.outputDir = outputDir;
        this.sharedKatex = katex;
    }

    /** Builds every page into a fresh folder and swaps it in only if nothing failed. */
    public Report build() {
        long start = System.nanoTime();
        Problems problems = new Problems();
        RunData run = RunData.read(runDataDir);                                     // the numbers prose quotes
        Bindings bindings = new Bindings(run);
        Course course = new ContentLoader(contentDir, "content", problems).load()   // lessons in file-name order
                .map(page -> bindings.expandFrontMatter(page, problems));
        Syllabus.check(contentDir, "content", course, problems);                   // no lesson lost or added
        SourceRegions sources = new SourceRegions(sourcesDir, "model/src/main/java");
        Map<Page, String> bodies = new LinkedHashMap<>();
        long mathStart;
        Katex katex = sharedKatex != null ? sharedKatex : new Katex();
        try {
            mathStart = System.nanoTime();
            LinkLedger ledger = new LinkLedger();
            MarkdownRenderer markdown = new MarkdownRenderer(katex, Widgets.standard(), run, sources, course, ledger);
            for (Page page : course.pages()) {
                bodies.put(page, markdown.render(page, problems));   // bindings, links, excerpts, math, widgets
            }
            LinkChecks.check(ledger, course, bodies, problems);      // anchors and terms, now every page exists
            course.page(LessonLinks.GLOSSARY).ifPresent(glossary -> bodies.put(glossary,
                    Glossary.withBacklinks(bodies.get(glossary), glossary, ledger, course, problems)));
        } finally {
            if (sharedKatex == null) {
                katex.close();
            }
        }
        long renderEnd = System.nanoTime();
        Views views = new Views(course, problems);
        problems.throwIfAny();                                       // every file:line at once, sorted

        Layout layout = new Layout();
        Path staging = Staging.create(outputDir);                    // a sibling temp folder
        try {
            for (Map.Entry<Page, String> page : bodies.entrySet()) {
                write(staging.resolve(page.getKey().output()), layout.render(views.of(page.getKey(), page.getValue())));
            }
            Assets.copyInto(staging);                                // stylesheet, scripts, KaTeX fonts
        } catch (RuntimeException e) {
            deleteQuietly(staging);
            throw e;
        }
        Staging.swap(staging, outputDir);                            // the old site survives any failure above
        long end = System.nanoTime();
        return new Report(bodies.size(), (mathStart - start) / 1e9, (renderEnd - mathStart) / 1e9,
                (end - renderEnd) / 1e9);
    }

    /**
     * What a build did and how long each stage took.
     *
     * @param pages pages written
     * @param loadSeconds reading content and run data, starting KaTeX
     * @param renderSeconds Markdown, math and widgets
     * @param writeSeconds layout, assets and the swap
     */
    public record Report(int pages, double loadSeconds, double renderSeconds, double writeSeconds) {
    }

    private static void write(Path file, String html) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, html, StandardCharsets.UTF_8);
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
