package dev.microgpt.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;
import dev.microgpt.content.FrontMatter;
import java.util.Map;
import java.util.Set;

/**
 * Two small conventions of our Markdown:
 * <ul>
 * <li>A block quote that starts with <b>Note</b>, <b>Pitfall</b> or <b>Going deeper</b> in bold
 *     is a callout: {@code <div class="callout pitfall" role="note">}, its label the first thing read.</li>
 * <li>The first {@code `name`} in code font on the page that {@code defines:} that name gets the
 *     anchor {@code def-name}, which the "previously defined" boxes of later pages link to.</li>
 * </ul>
 */
public final class Callouts implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private static final Map<String, String> KINDS = Map.of("Note", "note", "Pitfall", "pitfall",
            "Going deeper", "deeper");

    private Callouts() {
    }

    /** The extension. */
    public static Callouts create() {
        return new Callouts();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        // plain Markdown block quotes and code spans
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
        rendererBuilder.nodeRendererFactory(options -> new QuoteRenderer());
        rendererBuilder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return Callouts::anchorDefinition;
            }
        });
    }

    /** The callout kind of a block quote, or null if it is an ordinary quote. */
    static String kind(BlockQuote quote) {
        Node first = quote.getFirstChild();
        if (first instanceof Paragraph && first.getFirstChild() instanceof StrongEmphasis strong) {
            String label = strong.getText().toString().strip().replaceAll("[.:]$", "");
            return KINDS.get(label);
        }
        return null;
    }

    private static void anchorDefinition(Node node, AttributablePart part, MutableAttributes attributes) {
        if (!(node instanceof Code code)) {
            return;
        }
        PageContext page = PageContext.of(node);
        String text = code.getText().toString();
        for (FrontMatter.Definition definition : page.page().frontMatter().defines()) {
            if (definition.name().equals(text) && page.claimDefinition(text)) {
                attributes.addValue("id", PageContext.definitionId(text));
                attributes.addValue("class", "defined");
            }
        }
    }

    private static final class QuoteRenderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(BlockQuote.class, this::render));
        }

        private void render(BlockQuote quote, NodeRendererContext context, HtmlWriter html) {
            String kind = kind(quote);
            if (kind == null) {
                context.delegateRender();
                return;
            }
            html.line();
            html.raw("<div class=\"callout " + kind + "\" role=\"note\">");
            context.renderChildren(quote);
            html.raw("</div>");
            html.line();
        }
    }
}
