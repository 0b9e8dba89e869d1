package dev.microgpt.markdown;

import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * A table column's alignment ({@code |---:|}) as a class the stylesheet resolves ({@code l},
 * {@code c}, {@code r}) instead of the {@code align} attribute flexmark writes, which HTML made
 * obsolete and which our table styles would override anyway.
 */
public final class TableAlignment implements HtmlRenderer.HtmlRendererExtension {
    private TableAlignment() {
    }

    /** The extension. */
    public static TableAlignment create() {
        return new TableAlignment();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
        rendererBuilder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return (node, part, attributes) -> {
                    if (node instanceof TableCell && attributes.contains("align")) {
                        String align = attributes.getValue("align");
                        attributes.remove("align");
                        attributes.addValue("class", switch (align) {
                            case "right" -> "r";
                            case "center" -> "c";
                            default -> "l";
                        });
                    }
                };
            }
        });
    }
}
