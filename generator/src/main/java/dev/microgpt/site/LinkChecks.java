package dev.microgpt.site;

import dev.microgpt.content.Course;
import dev.microgpt.content.Page;
import dev.microgpt.content.Problems;
import dev.microgpt.markdown.LessonLinks;
import dev.microgpt.markdown.LinkLedger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks what can only be checked once every page is rendered: anchors and glossary terms. */
final class LinkChecks {
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");

    private LinkChecks() {
    }

    static void check(LinkLedger ledger, Course course, Map<Page, String> bodies, Problems problems) {
        Map<String, Set<String>> ids = new HashMap<>();
        for (Map.Entry<Page, String> body : bodies.entrySet()) {
            ids.put(body.getKey().id(), ids(body.getValue()));
        }
        for (LinkLedger.Anchor anchor : ledger.anchors()) {
            if (!ids.getOrDefault(anchor.pageId(), Set.of()).contains(anchor.anchor())) {
                problems.add(anchor.at(), "link to #" + anchor.anchor() + " on " + anchor.pageId()
                        + ", which has no such anchor");
            }
        }
        Set<String> glossary = ids.getOrDefault(LessonLinks.GLOSSARY, Set.of());
        for (LinkLedger.TermUse use : ledger.terms()) {
            if (!glossary.contains(use.term())) {
                problems.add(use.at(), "term '" + use.term() + "' has no entry in the glossary");
            }
        }
    }

    /** Every id attribute in a piece of HTML. */
    static Set<String> ids(String html) {
        Set<String> ids = new HashSet<>();
        Matcher m = ID.matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
