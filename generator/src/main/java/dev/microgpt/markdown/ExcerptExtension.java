package dev.microgpt.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import dev.microgpt.content.SourcePosition;
import dev.microgpt.excerpt.JavaHighlighter;
import dev.microgpt.excerpt.SourceRegions;
import dev.microgpt.page.Html;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fenced blocks whose info string is {@code excerpt Class#region} show that region of the model's
 * own source, so a lesson's code can never drift from the code that made its numbers:
 * <pre>
 * ```excerpt Step0Counting#bigram
 * 3: a row of counts is this token's record of what came next
 * highlight: 5-6
 * ```
 * </pre>
 * Body lines {@code N: note} annotate line N of the excerpt (counted from 1), which turns it into
 * an annotated line table; {@code highlight: A-B} marks lines. A missing class or region fails
 * the build with the block's {@code file:line}.
 */
public final class ExcerptExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private static final Pattern TARGET = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)#([A-Za-z0-9_-]+)");
    private static final Pattern NOTE = Pattern.compile("(\\d+):\\s+(.+)");
    private static final Pattern TRAILING_COMMENT = Pattern.compile("(\\S) {3,}(//.*)$");
    private static final Pattern HIGHLIGHT = Pattern.compile("highlight:\\s*(\\d+)(?:\\s*-\\s*(\\d+))?");

    private final SourceRegions sources;     // the model's sources
    private final InlineMarkdown notes;      // renders notes, which may hold math

    private ExcerptExtension(SourceRegions sources, InlineMarkdown notes) {
        this.sources = sources;
        this.notes = notes;
    }

    /** The extension for a build. */
    public static ExcerptExtension create(SourceRegions sources, InlineMarkdown notes) {
        return new ExcerptExtension(sources, notes);
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        // excerpt blocks are ordinary fenced code blocks
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
        rendererBuilder.nodeRendererFactory(options -> new Renderer());
    }

    private final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::render));
        }

        private void render(FencedCodeBlock block, NodeRendererContext context, HtmlWriter html) {
            String info = block.getInfo().toString().strip();
            if (!info.equals("excerpt") && !info.startsWith("excerpt ")) {
                context.delegateRender();
                return;
            }
            PageContext page = PageContext.of(block);
            SourcePosition fence = page.at(block);
            String target = info.substring("excerpt".length()).strip();
            Matcher m = TARGET.matcher(target);
            if (!m.matches()) {
                page.problem(fence, "excerpt needs Class#region, e.g. ```excerpt Step0Counting#bigram, found \""
                        + target + "\"");
                return;
            }
            String className = m.group(1);
            String regionName = m.group(2);
            if (!sources.hasClass(className)) {
                page.problem(fence, "excerpt: no class " + className + " in the model's sources");
                return;
            }
            Optional<SourceRegions.Region> region = sources.find(className, regionName);
            if (region.isEmpty()) {
                page.problem(fence, "excerpt region \"" + regionName + "\" not found in " + className
                        + ".java; its regions: " + String.join(", ", sources.regionNames(className)));
                return;
            }
            Map<Integer, String> annotations = new TreeMap<>();
            int highlightFrom = 0;
            int highlightTo = -1;
            List<String> body = WidgetExtension.bodyLines(block);
            for (int i = 0; i < body.size(); i++) {
                String line = body.get(i).strip();
                int lineNumber = fence.line() + 1 + i;
                Matcher note = NOTE.matcher(line);
                Matcher highlight = HIGHLIGHT.matcher(line);
                if (line.isEmpty()) {
                    continue;
                } else if (note.matches()) {
                    int n = lineNumber(note.group(1));
                    if (n < 1 || n > region.get().lines().size()) {
                        page.problem(SourcePosition.line(fence.file(), lineNumber), "excerpt note for line " + note.group(1)
                                + ", but " + className + "#" + regionName + " has " + region.get().lines().size()
                                + " lines");
                        continue;
                    }
                    annotations.put(n, notes.render(note.group(2), page, lineNumber));
                } else if (highlight.matches()) {
                    highlightFrom = lineNumber(highlight.group(1));
                    highlightTo = highlight.group(2) == null ? highlightFrom : lineNumber(highlight.group(2));
                    int size = region.get().lines().size();
                    if (highlightFrom < 1 || highlightTo > size || highlightFrom > highlightTo) {
                        page.problem(SourcePosition.line(fence.file(), lineNumber), "excerpt: highlight "
                                + highlightFrom + "-" + highlightTo + " is not a range of lines within 1-" + size
                                + " of " + className + "#" + regionName);
                    }
                } else {
                    page.problem(SourcePosition.line(fence.file(), lineNumber),
                            "excerpt: expected 'N: note' or 'highlight: A-B', found \"" + line + "\"");
                }
            }
            html.line();
            html.openPre();                                  // keep the code's indentation as it is
            html.raw(figure(region.get(), annotations, highlightFrom, highlightTo));
            html.closePre();
            html.line();
        }
    }

    /**
     * A line with the padding that aligns its trailing comment into a column reduced to two
     * spaces: in the narrow code column of an annotated table the column would only wrap.
     */
    static String unaligned(String line) {
        return TRAILING_COMMENT.matcher(line).replaceFirst("$1  $2");
    }

    /** The excerpt as a titled code block, or as an annotated line table when it has notes. */
    static String figure(SourceRegions.Region region, Map<Integer, String> annotations, int from, int to) {
        JavaHighlighter highlighter = new JavaHighlighter();
        StringBuilder html = new StringBuilder();
        html.append("<figure class=\"code").append(annotations.isEmpty() ? "" : " annotated").append("\">");
        html.append("<figcaption class=\"code-title\"><span class=\"file\">").append(Html.escape(region.className()))
                .append(".java</span> · <span class=\"region\">").append(Html.escape(region.name()))
                .append("</span> <span class=\"lines\">lines ").append(region.firstLine()).append('–')
                .append(region.lastLine()).append("</span></figcaption>");
        List<String> lines = region.lines();
        if (annotations.isEmpty()) {
            html.append("<pre class=\"code\" tabindex=\"0\"><code>");           // it may scroll: keyboard users too
            for (int i = 0; i < lines.size(); i++) {
                boolean marked = i + 1 >= from && i + 1 <= to;
                html.append(marked ? "<span class=\"hl\">" : "").append(highlighter.line(lines.get(i)))
                        .append(marked ? "</span>" : "").append('\n');
            }
            html.append("</code></pre>");
        } else {
            html.append("<ol class=\"annot\">");
            for (int i = 0; i < lines.size(); i++) {
                boolean marked = i + 1 >= from && i + 1 <= to;
                String note = annotations.getOrDefault(i + 1, "");
                html.append("<li").append(marked ? " class=\"hl\"" : "").append("><span class=\"ln\">")
                        .append(region.firstLine() + i).append("</span><code class=\"src\">")
                        .append(highlighter.line(unaligned(lines.get(i)))).append("</code><span class=\"note\">")
                        .append(note)
                        .append("</span></li>");
            }
            html.append("</ol>");
        }
        return html.append("</figure>").toString();
    }

    /** A line number as written; one too long for an int is past any excerpt's end, and reported so. */
    private static int lineNumber(String digits) {
        return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }
}
