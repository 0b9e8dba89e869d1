package dev.microgpt.site;

import dev.microgpt.content.Course;
import dev.microgpt.content.Page;
import dev.microgpt.page.Html;
import dev.microgpt.page.PrintView;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The print edition ({@code print.html}): every page's body in reading order on one page. Figures
 * keep their static fallback only (the page loads no widget script and carries no widget data),
 * every id is prefixed with its page's anchor so that ids stay unique, and links between pages
 * become links within the edition, so it reads, prints and saves as PDF as one document.
 */
final class PrintEdition {
    /** Where the edition is written, relative to the site root. */
    static final String FILE = "print.html";

    /** Attributes that hold one id, or several separated by spaces. */
    private static final List<String> ID_REFERENCES = List.of("for", "headers", "list", "form", "aria-labelledby",
            "aria-describedby", "aria-controls", "aria-owns", "aria-activedescendant", "aria-details",
            "aria-errormessage", "aria-flowto");
    private static final Pattern URL_REFERENCE = Pattern.compile("url\\(#([^)\\s]+)\\)");

    private final Course course;                    // reading order
    private final Map<String, Page> byOutput = new HashMap<>();   // step/0/6.html → its page

    PrintEdition(Course course) {
        this.course = course;
        for (Page page : course.pages()) {
            byOutput.put(page.output(), page);
        }
    }

    /** Every page but the home page as a chapter of the edition, in reading order. */
    List<PrintView.Chapter> chapters(Map<Page, String> bodies) {
        List<PrintView.Chapter> chapters = new ArrayList<>();
        for (Page page : course.pages()) {
            if (page.kind() != Page.Kind.HOME) {
                chapters.add(new PrintView.Chapter(anchor(page), Views.label(page), Views.kicker(page), page.title(),
                        page.frontMatter().summary(), page.kind() != Page.Kind.LESSON,
                        new Html(rewrite(page, bodies.get(page), 1))));
            }
        }
        return chapters;
    }

    /** The home page's body, as the edition's introduction (its headings keep their level). */
    Html intro(Page home, String body) {
        return new Html(rewrite(home, body, 0));
    }

    /** The id of a page's chapter: {@code p-0-6} for lesson 0.6, {@code p-glossary}. */
    static String anchor(Page page) {
        return "p-" + page.id().replace('.', '-');
    }

    /**
     * A page's body made fit for the edition: widget data and scripts removed, headings moved
     * down {@code demote} levels (the chapter's title takes the page title's place), ids prefixed
     * with the chapter's anchor, and links resolved against the edition.
     */
    String rewrite(Page page, String body, int demote) {
        // No script here unpacks a heavy fallback (WidgetExtension.heavy): it becomes a plain one
        // again. Only the generator writes <noscript>, and only around a fallback.
        Document doc = BodyHtml.parse(body.replace("<noscript class=\"static\">", "<div class=\"static\">")
                .replace("</noscript>", "</div>"));
        Element root = doc.body();
        root.select("script").remove();                         // widget data: figures stay static
        String prefix = anchor(page) + "--";
        for (Element element : root.getAllElements()) {
            if (element == root) {
                continue;
            }
            if (demote > 0 && element.normalName().matches("h[1-5]")) {
                element.tagName("h" + (element.normalName().charAt(1) - '0' + demote));
            }
            for (Attribute attribute : element.attributes().asList()) {
                String name = attribute.getKey();
                String value = attribute.getValue();
                if (name.equals("id")) {
                    element.attr(name, prefix + value);
                } else if (ID_REFERENCES.contains(name)) {
                    element.attr(name, prefixEach(prefix, value));
                } else if (name.equals("href") || name.equals("xlink:href")) {
                    element.attr(name, link(page, value, prefix));
                } else if (value.contains("url(#")) {
                    Matcher m = URL_REFERENCE.matcher(value);
                    element.attr(name, m.replaceAll(r -> Matcher.quoteReplacement("url(#" + prefix + r.group(1)
                            + ")")));
                }
            }
        }
        return root.html();
    }

    /** A link as the edition needs it: to a chapter, to a place in one, or unchanged if it leaves the site. */
    private String link(Page from, String href, String prefix) {
        if (href.startsWith("#")) {
            return "#" + prefix + href.substring(1);
        }
        URI uri;
        try {
            uri = URI.create(from.output()).resolve(href);
        } catch (IllegalArgumentException e) {
            return href;
        }
        if (uri.isAbsolute() || uri.getPath() == null) {
            return href;                                         // http, https, mailto: cited sources stay
        }
        Page target = byOutput.get(uri.getPath());
        if (target == null) {
            return uri.getPath() + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        }
        String fragment = uri.getFragment();
        return "#" + anchor(target) + (fragment == null || fragment.isEmpty() ? "" : "--" + fragment);
    }

    private static String prefixEach(String prefix, String ids) {
        StringBuilder out = new StringBuilder();
        for (String id : ids.trim().split("\\s+")) {
            if (!id.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(prefix).append(id);
            }
        }
        return out.toString();
    }
}
