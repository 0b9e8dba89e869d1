package dev.microgpt.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.Course;
import dev.microgpt.content.Page;
import dev.microgpt.markdown.LessonLinks;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * The glossary's definitions for the term cards ({@code assets/terms.js}): a link to a term shows
 * its definition in place. Built with the site and shipped, like the search index, as a classic
 * script that sets one global, {@code MG_GLOSSARY} (term id → [term, definition HTML]), loaded
 * the first time a card is wanted, since {@code fetch()} fails from {@code file://}. A
 * definition is the glossary entry's paragraphs as the glossary page renders them, with two
 * changes so that they read on any page: links become their text (their addresses are the
 * glossary's), and a formula is its MathML alone, which Chromium, Firefox and Safari draw
 * without KaTeX's stylesheet.
 */
final class GlossaryCards {
    /** Where the definitions are written, relative to the site root. */
    static final String FILE = "assets/glossary-cards.js";

    private GlossaryCards() {
    }

    /** The script for the course's glossary; an empty map when there is none. */
    static String script(Course course, Map<Page, String> bodies) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode cards = json.createObjectNode();
        Optional<Page> glossary = course.page(LessonLinks.GLOSSARY);
        if (glossary.isPresent()) {
            Element root = BodyHtml.parse(bodies.get(glossary.get())).body();
            for (Element heading : root.select("h2[id]")) {
                StringBuilder definition = new StringBuilder();
                for (Element next = heading.nextElementSibling(); next != null && !next.normalName().equals("h2");
                        next = next.nextElementSibling()) {
                    if (next.normalName().equals("p") && !next.hasClass("introduced")) {
                        Element copy = next.clone();
                        copy.select("a").unwrap();
                        for (Element math : copy.select(".katex")) {
                            Element mathml = math.selectFirst("math");
                            if (mathml != null) {
                                mathml.select("annotation").remove();
                                math.replaceWith(mathml);
                            }
                        }
                        definition.append(copy.outerHtml());
                    }
                }
                cards.putArray(heading.id()).add(heading.text()).add(definition.toString());
            }
        }
        try {
            return "/* The glossary's definitions for the term cards, written by the build. */\n"
                    + "self.MG_GLOSSARY = " + json.writeValueAsString(cards) + ";\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
