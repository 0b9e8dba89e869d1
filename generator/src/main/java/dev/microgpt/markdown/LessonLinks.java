package dev.microgpt.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import dev.microgpt.content.Course;
import dev.microgpt.content.Page;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links between pages by id, which work from {@code file://} because every href is a relative
 * path ending in a file name:
 * <pre>
 * [the loss](lesson:0.6)            → ../0/6.html           data-lesson="0.6"
 * [smoothing](lesson:0.4#smoothing) → ../0/4.html#smoothing
 * [token](term:token)               → ../../glossary.html#token, class="term"
 * </pre>
 * An unknown page id is reported at once; anchors and terms are recorded in the
 * {@link LinkLedger} and checked when every page exists.
 */
public final class LessonLinks implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    /** The id of the page glossary terms link to. */
    public static final String GLOSSARY = "glossary";

    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Set<String> WEB = Set.of("https", "http", "mailto");   // links that leave the site

    private final Course course;      // the pages links may point at
    private final LinkLedger ledger;  // anchors and terms, for the checks after rendering

    private LessonLinks(Course course, LinkLedger ledger) {
        this.course = course;
        this.ledger = ledger;
    }

    /** The extension for a course, recording into {@code ledger}. */
    public static LessonLinks create(Course course, LinkLedger ledger) {
        return new LessonLinks(course, ledger);
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        // links are ordinary Markdown links; only their resolution is ours
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
        rendererBuilder.linkResolverFactory(new Factory());
    }

    /** The path from one page to another, relative, ending in a file name. */
    public static String href(Page from, Page to) {
        return from.root() + to.output();
    }

    private ResolvedLink resolve(Node node, ResolvedLink link) {
        String url = link.getUrl();
        PageContext page = PageContext.of(node);
        if (url.startsWith("lesson:")) {
            return lesson(node, link, url.substring("lesson:".length()), page);
        }
        if (url.startsWith("term:")) {
            return term(node, link, url.substring("term:".length()), page);
        }
        if (node instanceof MailLink) {
            return link;                                             // <name@example.org>: a mailto: link
        }
        if (!isLink(node)) {
            return link;                                             // e.g. [0] in prose: no link at all
        }
        if (url.startsWith("#")) {                                   // a place on this page: checked later
            ledger.anchor(new LinkLedger.Anchor(page.at(node), page.page().id(), url.substring(1)));
            return link;
        }
        Matcher scheme = SCHEME.matcher(url);
        if (scheme.lookingAt() && WEB.contains(scheme.group(1).toLowerCase(Locale.ROOT))) {
            return link;                                             // a cited source: the reader follows it
        }
        page.problem(page.at(node), (scheme.lookingAt() ? "link with the unknown scheme '" + scheme.group(1) + ":'"
                : "link to the file '" + url + "'") + "; link to pages with lesson:ID (lesson:0.6, lesson:0.6#anchor), "
                + "to glossary entries with term:NAME, elsewhere with https:");
        return link.withStatus(LinkStatus.NOT_FOUND);
    }

    /**
     * Whether the node puts an href or src in the page: inline links and images, reference-style
     * ones whose reference exists ({@code [x][f]} with {@code [f]: url}), and autolinks
     * ({@code <scheme:…>}). Every form is checked alike, or a mistake would pass written another way.
     */
    private static boolean isLink(Node node) {
        if (node instanceof RefNode reference) {
            return reference.isDefined();
        }
        return node instanceof Link || node instanceof Image || node instanceof AutoLink;
    }

    private ResolvedLink lesson(Node node, ResolvedLink link, String target, PageContext page) {
        int hash = target.indexOf('#');
        String id = hash < 0 ? target : target.substring(0, hash);
        Optional<Page> to = course.page(id);
        if (to.isEmpty()) {
            page.problem(page.at(node), "link to unknown lesson '" + id + "'; ids look like 0.6, 0 (a step), "
                    + "home or glossary");
            return link.withStatus(LinkStatus.NOT_FOUND);
        }
        String anchor = hash < 0 ? "" : target.substring(hash);
        if (!anchor.isEmpty()) {
            ledger.anchor(new LinkLedger.Anchor(page.at(node), id, anchor.substring(1)));
        }
        ResolvedLink resolved = link.withLinkType(LinkType.LINK).withStatus(LinkStatus.VALID)
                .withUrl(href(page.page(), to.get()) + anchor);
        if (to.get().kind() == Page.Kind.LESSON) {
            resolved.getMutableAttributes().addValue("data-lesson", id);
        }
        return resolved;
    }

    private ResolvedLink term(Node node, ResolvedLink link, String term, PageContext page) {
        Optional<Page> glossary = course.page(GLOSSARY);
        if (glossary.isEmpty()) {
            page.problem(page.at(node), "term link to '" + term + "', but there is no glossary.md");
            return link.withStatus(LinkStatus.NOT_FOUND);
        }
        String anchorId = page.page().id().equals(GLOSSARY) ? null : page.claimTerm(term);
        ledger.term(new LinkLedger.TermUse(page.at(node), page.page().id(), term, anchorId));
        ResolvedLink resolved = link.withLinkType(LinkType.LINK).withStatus(LinkStatus.VALID)
                .withUrl(href(page.page(), glossary.get()) + "#" + term);
        resolved.getMutableAttributes().addValue("class", "term");
        if (anchorId != null) {
            resolved.getMutableAttributes().addValue("id", anchorId);
        }
        return resolved;
    }

    private final class Factory implements LinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return (node, ctx, link) -> resolve(node, link);
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }
}
