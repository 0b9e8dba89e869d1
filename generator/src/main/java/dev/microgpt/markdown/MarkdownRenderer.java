package dev.microgpt.markdown;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.microgpt.content.Course;
import dev.microgpt.content.FrontMatter;
import dev.microgpt.content.LineMap;
import dev.microgpt.content.Page;
import dev.microgpt.content.Problems;
import dev.microgpt.content.RunData;
import dev.microgpt.content.SourcePosition;
import dev.microgpt.excerpt.ExcerptSources;
import dev.microgpt.math.Katex;
import dev.microgpt.widget.Widgets;
import java.util.List;

/**
 * A page's Markdown to HTML: bindings expanded, then parsed and rendered by flexmark with our
 * extensions. The parser and renderer are built once per build, since building them is the slow
 * part; each page brings its own {@link PageContext}.
 */
public final class MarkdownRenderer {
    private final Bindings bindings;    // run numbers into prose
    private final Parser parser;        // one for the build
    private final HtmlRenderer html;    // one for the build

    /** A renderer for one build of the site. */
    public MarkdownRenderer(Katex katex, Widgets widgets, RunData run, ExcerptSources sources, Course course,
            LinkLedger ledger) {
        this.bindings = new Bindings(run);
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(),
                AttributesExtension.create(),
                MathExtension.create(katex),
                WidgetExtension.create(widgets, run, this::renderInline),
                ExcerptExtension.create(sources, this::renderInline),
                LessonLinks.create(course, ledger),
                Callouts.create(),
                TableAlignment.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);                 // raw HTML in a lesson is shown, never run
        // flexmark drops javascript: links without a word; LessonLinks reports them (and every unknown scheme)
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "(?!)");
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
        options.set(TablesExtension.CLASS_NAME, "data");
        options.set(TablesExtension.WITH_CAPTION, false);
        this.parser = Parser.builder(options).build();
        this.html = HtmlRenderer.builder(options).build();
    }

    /** The HTML of a page's body; problems are collected, not thrown. */
    public String render(Page page, Problems problems) {
        String markdown = bindings.expand(page.markdown(), new LineMap(page.source(), page.markdown()), problems);
        PageContext context = new PageContext(page, markdown, problems);
        String body;
        try {
            Document document = parser.parse(markdown);
            document.set(PageContext.KEY, context);
            AttributeCheck.check(document);
            body = html.render(document);
        } catch (StackOverflowError e) {   // flexmark recurses once per level of emphasis, quote, list
            problems.add(Nesting.deepest(page.source(), markdown), Nesting.MESSAGE);
            return "";
        }
        for (FrontMatter.Definition definition : page.frontMatter().defines()) {
            if (!context.anchoredNames().contains(definition.name())) {
                problems.add(SourcePosition.line(page.source(), definition.line()), "defines '" + definition.name()
                        + "' but never writes `" + definition.name() + "` in code font, where its anchor would go");
            }
        }
        return body;
    }

    /** The context a page renders with, for callers that render snippets outside a page body. */
    public PageContext context(Page page, Problems problems) {
        return new PageContext(page, page.markdown(), problems);
    }

    /** A snippet (caption, note, summary) as inline HTML: no paragraph around it. */
    public String renderInline(String markdown, PageContext page, int line) {
        String padded = PageContext.pad(markdown, line);
        String rendered;
        try {
            Document document = parser.parse(padded);
            document.set(PageContext.KEY, page.snippet(padded));
            AttributeCheck.check(document);
            rendered = html.render(document).strip();
        } catch (StackOverflowError e) {
            page.problem(Nesting.deepest(page.page().source(), padded), Nesting.MESSAGE);
            return "";
        }
        if (rendered.startsWith("<p>") && rendered.endsWith("</p>") && rendered.indexOf("<p>", 3) < 0) {
            rendered = rendered.substring(3, rendered.length() - 4);
        }
        return rendered;
    }
}
