package dev.microgpt.markdown;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.microgpt.content.RunData;
import dev.microgpt.content.SourcePosition;
import dev.microgpt.widget.Args;
import dev.microgpt.page.Html;
import dev.microgpt.widget.Rendered;
import dev.microgpt.widget.Widget;
import dev.microgpt.widget.WidgetException;
import dev.microgpt.widget.Widgets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Fenced blocks whose info string is {@code widget NAME} become interactive figures:
 * <pre>
 * ```widget count-table
 * step: 100
 * caption: The table after 100 names. Click a row.
 * ```
 * </pre>
 * renders {@code <figure class="widget" data-widget="count-table">} holding the static fallback,
 * the JSON the script needs ({@code <script type="application/json">}, every {@code <} written
 * {@code \u003c}) and the caption. Data several figures share (a rung's weights) is written once per
 * page, before the first figure that needs it. Other fences are left to the next renderer.
 */
public final class WidgetExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private static final JsonMapper JSON = new JsonMapper();

    private final Widgets widgets;           // the widgets lessons may use
    private final RunData run;               // the data they slice
    private final InlineMarkdown captions;   // renders captions, which may hold math and links

    private WidgetExtension(Widgets widgets, RunData run, InlineMarkdown captions) {
        this.widgets = widgets;
        this.run = run;
        this.captions = captions;
    }

    /** The extension for a build. */
    public static WidgetExtension create(Widgets widgets, RunData run, InlineMarkdown captions) {
        return new WidgetExtension(widgets, run, captions);
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        // widget blocks are ordinary fenced code blocks
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
        rendererBuilder.nodeRendererFactory(options -> new Renderer());
    }

    /** JSON that is safe inside a {@code <script>} element. */
    /** Tags in a fallback above which the browser is spared it until after the first paint. */
    static final int HEAVY_TAGS = 2000;

    /**
     * Whether a fallback is so large (the 3,184 cells of the Step 1 heatmaps) that parsing it
     * would hold up the page's first paint. Such a fallback is written inside {@code <noscript>}:
     * a browser without JavaScript shows it as usual, a browser with JavaScript reads it as
     * text, and the widget script turns it back into HTML after the first paint.
     */
    static boolean heavy(String fallback) {
        return fallback.chars().filter(c -> c == '<').count() > HEAVY_TAGS;
    }

    static String scriptSafe(Object data) {
        try {
            return JSON.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::render));
        }

        private void render(FencedCodeBlock block, NodeRendererContext context, HtmlWriter html) {
            String info = block.getInfo().toString().strip();
            if (!info.equals("widget") && !info.startsWith("widget ")) {
                context.delegateRender();
                return;
            }
            PageContext page = PageContext.of(block);
            String name = info.substring("widget".length()).strip();
            SourcePosition fence = page.at(block);
            Optional<Widget> widget = widgets.get(name);
            if (widget.isEmpty()) {
                String near = nearest(name, widgets.names());
                page.problem(fence, "unknown widget '" + name + "'" + (near == null ? "" : " (did you mean " + near + "?)")
                        + "; generator/WIDGETS.md lists them all");
                return;
            }
            List<String> lines = bodyLines(block);
            String caption = "";
            int captionLine = -1;
            List<String> argLines = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.stripLeading().startsWith("caption:")) {
                    caption = line.strip().substring("caption:".length()).strip();
                    captionLine = i;
                    argLines.add("");
                } else {
                    argLines.add(line);
                }
            }
            Rendered rendered;
            try {
                Args args = Args.parse(argLines, widget.get().keys(), name);
                rendered = widget.get().render(args, run);
            } catch (WidgetException e) {
                int line = e.line() < 0 ? fence.line() : fence.line() + 1 + e.line();
                page.problem(SourcePosition.line(fence.file(), line), e.getMessage());
                return;
            }
            String id = "fig-" + page.nextFigure();
            html.line();
            for (var shared : new TreeMap<>(rendered.shared()).entrySet()) {
                if (page.claimShared(shared.getKey())) {           // once per page, before its first figure
                    html.raw("<script type=\"application/json\" class=\"widget-shared\" id=\"mg-"
                            + Html.escape(shared.getKey()) + "\">" + scriptSafe(shared.getValue()) + "</script>");
                    html.line();
                }
            }
            html.raw("<figure class=\"widget\" id=\"" + id + "\" data-widget=\"" + Html.escape(name) + "\">");
            String fallback = rendered.fallback().replace(Rendered.FIGURE_ID, id).replace(Rendered.ROOT, page.page().root());
            String wrapper = heavy(fallback) ? "noscript" : "div";
            html.raw("<" + wrapper + " class=\"static\">" + fallback + "</" + wrapper + ">");
            if (rendered.data() != null) {
                html.raw("<script type=\"application/json\" class=\"widget-data\">" + scriptSafe(rendered.data())
                        + "</script>");
            }
            if (!caption.isEmpty()) {
                int line = fence.line() + 1 + captionLine;
                html.raw("<figcaption>" + captions.render(caption, page, line) + "</figcaption>");
            }
            html.raw("</figure>");
            html.line();
        }
    }

    /** The known name closest to a misspelt one, if it is within a few edits. */
    static String nearest(String name, Iterable<String> known) {
        String best = null;
        int bestDistance = 4;
        for (String candidate : known) {
            int d = distance(name, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] row = new int[b.length() + 1];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                row[j] = Math.min(substitute, Math.min(previous[j], row[j - 1]) + 1);
            }
            previous = row;
        }
        return previous[b.length()];
    }

    /** The lines between the fences. */
    static List<String> bodyLines(FencedCodeBlock block) {
        BasedSequence content = block.getContentChars();
        List<String> lines = new ArrayList<>();
        for (String line : content.toString().split("\n", -1)) {
            lines.add(line);
        }
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}
