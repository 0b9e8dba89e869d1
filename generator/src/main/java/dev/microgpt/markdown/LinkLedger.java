package dev.microgpt.markdown;

import dev.microgpt.content.SourcePosition;
import java.util.ArrayList;
import java.util.List;

/**
 * Every {@code lesson:…#anchor} and {@code term:…} link the pages made, with where each was
 * written, so they can be checked once every page exists: an anchor must be an id on its target
 * page, a term an entry of the glossary.
 */
public final class LinkLedger {
    private final List<Anchor> anchors = new ArrayList<>();
    private final List<TermUse> terms = new ArrayList<>();

    /**
     * A link to an anchor on another page.
     *
     * @param at where the link is written
     * @param pageId the page it points to
     * @param anchor the id it points to on that page
     */
    public record Anchor(SourcePosition at, String pageId, String anchor) {
    }

    /**
     * A use of a glossary term in prose.
     *
     * @param at where the link is written
     * @param pageId the page it is on
     * @param term the glossary entry's id
     * @param anchorId the id of this use on its page, or null if an earlier use on the page has it
     */
    public record TermUse(SourcePosition at, String pageId, String term, String anchorId) {
    }

    synchronized void anchor(Anchor anchor) {
        anchors.add(anchor);
    }

    synchronized void term(TermUse use) {
        terms.add(use);
    }

    /** Records again what an earlier render of a page recorded, when that render is reused. */
    public synchronized void replay(List<Anchor> pageAnchors, List<TermUse> pageTerms) {
        anchors.addAll(pageAnchors);
        terms.addAll(pageTerms);
    }

    /** The anchor links, in the order they were written. */
    public synchronized List<Anchor> anchors() {
        return List.copyOf(anchors);
    }

    /** The term uses, in the order they were written. */
    public synchronized List<TermUse> terms() {
        return List.copyOf(terms);
    }
}
