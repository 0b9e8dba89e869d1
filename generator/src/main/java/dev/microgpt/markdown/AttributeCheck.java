package dev.microgpt.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the attributes extension may put in a page: an id on a heading, {@code ## Title {#name}},
 * the one thing lessons use it for (an anchor that stays when the title changes). Anything else
 * (an event handler, a {@code style}, an {@code href} replacing a checked link, a class) would go
 * straight into the HTML, so it is an error at its line.
 */
final class AttributeCheck {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private AttributeCheck() {
    }

    /** Reports every attribute but a heading's well-formed id. */
    static void check(Document document) {
        PageContext page = PageContext.of(document);
        List<AttributesNode> found = new ArrayList<>();
        collect(document, found);
        for (AttributesNode attributes : found) {
            for (Node child = attributes.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof AttributeNode attribute && !allowed(attributes, attribute)) {
                    page.problem(page.at(attributes), "attribute {" + attribute.getChars() + "} is not allowed: "
                            + "a heading may have an id, {#lowercase-words}, and nothing else has attributes"
                            + " (write \\{ for a literal brace)");
                }
            }
        }
    }

    private static boolean allowed(AttributesNode attributes, AttributeNode attribute) {
        return attributes.getParent() instanceof Heading && attribute.isId()
                && attribute.getChars().toString().startsWith("#") && ID.matcher(attribute.getValue()).matches();
    }

    private static void collect(Node node, List<AttributesNode> found) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof AttributesNode attributes) {
                found.add(attributes);
            } else {
                collect(child, found);
            }
        }
    }
}
