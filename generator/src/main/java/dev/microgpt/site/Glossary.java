package dev.microgpt.site;

import dev.microgpt.content.Course;
import dev.microgpt.content.Page;
import dev.microgpt.content.Problems;
import dev.microgpt.content.SourcePosition;
import dev.microgpt.markdown.LessonLinks;
import dev.microgpt.markdown.LinkLedger;
import dev.microgpt.page.Html;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links each glossary entry back to the lesson that introduces its term: the first page, in
 * reading order, that links to it with {@code [text](term:id)}. Generated, never kept by hand;
 * an entry no lesson introduces is an error, since a reader could never meet it in context.
 */
final class Glossary {
    private static final Pattern ENTRY = Pattern.compile("<h2 id=\"([^\"]+)\">.*?</h2>", Pattern.DOTALL);

    private Glossary() {
    }

    /** The glossary body with an "Introduced in" line under each entry. */
    static String withBacklinks(String body, Page glossary, LinkLedger ledger, Course course, Problems problems) {
        Map<String, LinkLedger.TermUse> first = new LinkedHashMap<>();
        for (LinkLedger.TermUse use : ledger.terms()) {
            if (use.anchorId() != null) {
                first.putIfAbsent(use.term(), use);
            }
        }
        Matcher entry = ENTRY.matcher(body);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (entry.find()) {
            out.append(body, last, entry.end());
            last = entry.end();
            String term = entry.group(1);
            LinkLedger.TermUse use = first.get(term);
            if (use == null) {
                problems.add(SourcePosition.line(glossary.source(), line(glossary, term)), "glossary entry '" + term
                        + "' is not introduced by any lesson: link it from the lesson that explains it, [text](term:"
                        + term + ")");
                continue;
            }
            Page page = course.page(use.pageId()).orElseThrow();
            String label = Views.label(page);
            out.append("<p class=\"introduced\">Introduced in <a href=\"")
                    .append(Html.escape(LessonLinks.href(glossary, page) + "#" + use.anchorId())).append("\"")
                    .append(page.kind() == Page.Kind.LESSON ? " data-lesson=\"" + Html.escape(page.id()) + "\"" : "")
                    .append(">").append(Html.escape((label.isEmpty() ? "" : label + " ") + page.title()))
                    .append("</a></p>");
        }
        return out.append(body.substring(last)).toString();
    }

    private static int line(Page glossary, String term) {
        String[] lines = glossary.markdown().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("{#" + term + "}")) {
                return i + 1;
            }
        }
        return 0;
    }
}
