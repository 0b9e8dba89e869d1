package dev.microgpt.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import dev.microgpt.content.SourcePosition;
import dev.microgpt.math.Katex;
import dev.microgpt.page.Html;
import java.util.Set;

/**
 * {@code $…$} and {@code $$…$$} math, rendered to static HTML + MathML by KaTeX at build time.
 * Bad TeX is reported with the {@code file:line:column} of the character KaTeX stopped at.
 */
public final class MathExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private final Katex katex;   // one engine for the whole build

    private MathExtension(Katex katex) {
        this.katex = katex;
    }

    /** The extension, rendering with {@code katex}. */
    public static MathExtension create(Katex katex) {
        return new MathExtension(katex);
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.customInlineParserExtensionFactory(new InlineMathParser.Factory());
        parserBuilder.customBlockParserFactory(new DisplayMathParser.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
        rendererBuilder.nodeRendererFactory(options -> new MathRenderer(katex));
    }

    /** Writes each formula's KaTeX HTML, or reports why it could not. */
    private static final class MathRenderer implements NodeRenderer {
        private final Katex katex;

        MathRenderer(Katex katex) {
            this.katex = katex;
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(InlineMath.class, this::inline),
                    new NodeRenderingHandler<>(DisplayMath.class, this::display));
        }

        private void inline(InlineMath node, NodeRendererContext context, HtmlWriter html) {
            PageContext page = PageContext.of(node);
            html.raw(tex(node.getChars().toString(), false, node.getStartOffset(), page));
        }

        private void display(DisplayMath node, NodeRendererContext context, HtmlWriter html) {
            PageContext page = PageContext.of(node);
            if (!node.terminated()) {
                page.problem(page.at(node.getStartOffset()), "display math is not closed: end it with $$");
                return;
            }
            html.line();
            html.raw("<div class=\"math-display\">");
            html.raw(tex(node.tex().toString(), true, node.tex().getStartOffset(), page));
            html.raw("</div>");
            html.line();
        }

        private String tex(String tex, boolean display, int offset, PageContext page) {
            try {
                return katex.render(tex.replace('\u2212', '-'), display);  // a bound "−3" is a TeX minus
            } catch (Katex.TexException e) {
                SourcePosition at = page.at(offset + Math.max(0, e.offset()));
                page.problem(at, "bad TeX in " + abbreviate(tex.strip()) + ": " + e.getMessage());
                return "<code class=\"tex-error\">" + escape(tex) + "</code>";
            }
        }

        private static String abbreviate(String tex) {
            return tex.length() <= 40 ? tex : tex.substring(0, 37) + "…";
        }

        private static String escape(String text) {
            return Html.escape(text);
        }
    }
}
