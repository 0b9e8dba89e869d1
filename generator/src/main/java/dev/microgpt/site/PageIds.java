package dev.microgpt.site;

import dev.microgpt.content.Page;
import dev.microgpt.content.Problems;
import dev.microgpt.content.SourcePosition;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ids are unique on a finished page, layout included: a heading's {@code {#main}} would take the
 * layout's skip link and landmark, and of two equal ids a link reaches only the first. Checked on
 * the page's whole HTML, since ids come from the layout, headings, definitions, terms and figures.
 */
final class PageIds {
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");

    private PageIds() {
    }

    /** Reports each id used twice in {@code html}, at the line of the page that asked for it, if it did. */
    static void check(Page page, String html, Problems problems) {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new LinkedHashSet<>();
        Matcher id = ID.matcher(html);
        while (id.find()) {
            if (!seen.add(id.group(1))) {
                twice.add(id.group(1));
            }
        }
        for (String duplicate : twice) {
            problems.add(SourcePosition.line(page.source(), line(page.markdown(), duplicate)), "the id '" + duplicate
                    + "' is used twice on this page (the layout's own ids: main, search, theme …; headings, terms and "
                    + "definitions); give the heading another {#id}");
        }
    }

    /** The line of {@code {#id}} in the page's Markdown, 0 if it is not written there. */
    private static int line(String markdown, String id) {
        int at = markdown.indexOf("{#" + id + "}");
        if (at < 0) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < at; i++) {
            line += markdown.charAt(i) == '\n' ? 1 : 0;
        }
        return line;
    }
}
