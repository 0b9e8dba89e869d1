package dev.microgpt.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import dev.microgpt.content.LineMap;
import dev.microgpt.content.Page;
import dev.microgpt.content.Problems;
import dev.microgpt.content.SourcePosition;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What rendering one page needs to know and remember: the page (for error positions and relative
 * links), where problems go, and what the page has anchored so far. It travels on the parsed
 * flexmark document under {@link #KEY}, our only data key.
 */
public final class PageContext {
    /** The key under which a document carries its page's context. */
    public static final NullableDataKey<PageContext> KEY = new NullableDataKey<>("MICROGPT_PAGE");

    private final Page page;            // the page being rendered
    private final LineMap lines;        // offsets → positions in the text being parsed
    private final Problems problems;    // where mistakes go
    private final State state;          // what the page has claimed, shared with its snippets

    /**
     * The context of one page.
     *
     * @param markdown the text flexmark parses: the page's Markdown with bindings expanded (lines
     *     are unchanged by expansion, columns after a binding on its line may shift)
     */
    public PageContext(Page page, String markdown, Problems problems) {
        this(page, new LineMap(page.source(), markdown), problems, new State());
    }

    private PageContext(Page page, LineMap lines, Problems problems, State state) {
        this.page = page;
        this.lines = lines;
        this.problems = problems;
        this.state = state;
    }

    /** The context for a snippet of this page (a caption, a note) parsed on its own; see {@link #pad}. */
    PageContext snippet(String padded) {
        return new PageContext(page, new LineMap(page.source(), padded), problems, state);
    }

    /** The snippet preceded by blank lines, so that its offsets fall on its real line. */
    static String pad(String snippet, int line) {
        return "\n".repeat(Math.max(0, line - 1)) + snippet;
    }

    /** The context of the document a node belongs to. */
    static PageContext of(Node node) {
        PageContext context = KEY.get(node.getDocument());
        if (context == null) {
            throw new IllegalStateException("document rendered without a PageContext");
        }
        return context;
    }

    /** The page being rendered. */
    public Page page() {
        return page;
    }

    /** Where an offset into the parsed text is. */
    public SourcePosition at(int offset) {
        return lines.at(offset);
    }

    /** The line of a node, as a position. */
    SourcePosition at(Node node) {
        return SourcePosition.line(page.source(), node.getStartLineNumber() + 1);
    }

    /** Records a problem. */
    void problem(SourcePosition at, String message) {
        problems.add(at, message);
    }

    /** A fresh id for the next figure on the page. */
    int nextFigure() {
        return ++state.figures;
    }

    /** Claims a block of shared widget data for this page; true the first time only. */
    boolean claimShared(String key) {
        return state.sharedData.add(key);
    }

    /** Claims the anchor of a defined name; true the first time only. */
    boolean claimDefinition(String name) {
        return state.anchoredNames.add(name);
    }

    /** The defined names that got an anchor. */
    public Set<String> anchoredNames() {
        return Set.copyOf(state.anchoredNames);
    }

    /** Claims the anchor of a term's first use on this page; returns its id, or null if taken. */
    String claimTerm(String term) {
        if (state.termAnchors.containsKey(term)) {
            return null;
        }
        String id = "term-" + term;
        state.termAnchors.put(term, id);
        return id;
    }

    /** The glossary terms this page links to, with the id of the first use. */
    public Map<String, String> termAnchors() {
        return Map.copyOf(state.termAnchors);
    }

    /** The anchor id of a defined name: {@code def-} and the name, punctuation as dashes. */
    public static String definitionId(String name) {
        return "def-" + name.replaceAll("[^A-Za-z0-9_]+", "-").replaceAll("-+$", "");
    }

    /** What a page and its snippets claim as they render. */
    private static final class State {
        final Set<String> anchoredNames = new LinkedHashSet<>();       // defined names given an anchor
        final Map<String, String> termAnchors = new LinkedHashMap<>(); // term → id of its first use
        final Set<String> sharedData = new LinkedHashSet<>();          // widget data already embedded
        int figures;                                                   // figures so far, for ids
    }
}
