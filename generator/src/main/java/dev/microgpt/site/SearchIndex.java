package dev.microgpt.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.Course;
import dev.microgpt.content.Page;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The search index, built with the site and shipped as a classic script that sets one global,
 * {@code MG_SEARCH_INDEX}: the search box loads it with a {@code <script>} element the first time
 * it is used, which works from {@code file://} where {@code fetch()} does not. Each page is split
 * at its headings into sections of plain text; figures' fallback tables and formulas are left
 * out, code is kept (its names are worth finding).
 */
final class SearchIndex {
    /** Where the index is written, relative to the site root. */
    static final String FILE = "assets/search-index.js";

    private SearchIndex() {
    }

    /** The index script for every page of the course. */
    static String script(Course course, Map<Page, String> bodies) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode index = json.createObjectNode();
        ArrayNode pages = index.putArray("pages");
        for (Page page : course.pages()) {
            ObjectNode entry = pages.addObject();
            entry.put("u", page.output());
            entry.put("t", page.title());
            entry.put("l", Views.label(page));
            entry.put("s", page.frontMatter().summary());
            ArrayNode sections = entry.putArray("x");
            addSections(bodies.get(page), sections);
        }
        try {
            return "/* The search index of MicroGPT Visualized, written by the build. */\n"
                    + "self.MG_SEARCH_INDEX = " + json.writeValueAsString(index) + ";\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Splits a body at its {@code h2}/{@code h3} headings: [anchor, heading, text] per section. */
    private static void addSections(String body, ArrayNode sections) {
        Element root = BodyHtml.parse(body).body();
        root.select("script, figure.widget, .katex-mathml, .sr-only, .code-title").remove();
        for (Element math : root.select(".katex-html")) {
            math.replaceWith(new TextNode(" … "));
        }
        String anchor = "";
        String heading = "";
        StringBuilder text = new StringBuilder();
        for (Node node : root.childNodes()) {
            if (node instanceof Element element && element.normalName().matches("h[23]") && element.hasAttr("id")) {
                add(sections, anchor, heading, text);
                anchor = element.id();
                heading = element.text();
                text.setLength(0);
            } else if (node instanceof Element element) {
                text.append(' ').append(element.text());
            } else if (node instanceof TextNode plain) {
                text.append(' ').append(plain.text());
            }
        }
        add(sections, anchor, heading, text);
    }

    private static void add(ArrayNode sections, String anchor, String heading, StringBuilder text) {
        String clean = text.toString().replaceAll("\\s+", " ").strip();
        if (!clean.isEmpty() || !heading.isEmpty()) {
            sections.addArray().add(anchor).add(heading).add(clean);
        }
    }
}
