package dev.microgpt.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import dev.microgpt.content.SourcePosition;
import dev.microgpt.excerpt.ExcerptSources;
import dev.microgpt.excerpt.JavaHighlighter;
import dev.microgpt.excerpt.PythonHighlighter;
import dev.microgpt.excerpt.SourceRegions;
import dev.microgpt.excerpt.SourceRegions.Language;
import dev.microgpt.page.Html;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fenced blocks whose info string is {@code excerpt Class#region} show that region of the
 * project's own source in both its languages, as one listing with two tabs: the Python reference
 * ({@code tools/reference/class_name.py}, the default) and the Java that built the site's numbers
 * ({@code model/src/main/java/…/ClassName.java}). A lesson's code can never drift from the code
 * that made its numbers:
 * <pre>
 * ```excerpt Step0Counting#bigram
 * python 3: a row of counts is this token's record of what came next
 * java 3: the same row, as an int[]
 * java highlight: 5-6
 * reproduction: the division is a true division: Step 0 works on plain numbers
 * ```
 * </pre>
 * Body lines {@code python N: note} and {@code java N: note} annotate line N of that language's
 * excerpt (counted from 1), which turns it into an annotated line table; {@code python
 * highlight: A-B} and {@code java highlight: A-B} mark lines; {@code reproduction:} lines make
 * the listing's one collapsed "exact reproduction" note. A missing class or region, in either
 * language, fails the build with the block's {@code file:line}; so do notes for one language
 * only (the other tab would read bare) and two notes for one line.
 *
 * <p>Prose points at a line of the listing above it with {@code [line](line:python=5,java=8)}:
 * line 5 of the Python excerpt, line 8 of the Java one, counted from 1 as notes are. The link
 * shows the file line number the reader sees in the chosen language (both without script) and
 * highlights that line while hovered or focused; a line outside either excerpt, or no listing
 * above, fails the build with the link's {@code file:line}.
 */
public final class ExcerptExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private static final Pattern TARGET = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)#([A-Za-z0-9_-]+)");
    private static final Pattern NOTE = Pattern.compile("(python|java)\\s+(\\d+):\\s+(.+)");
    private static final Pattern BARE_NOTE = Pattern.compile("(\\d+):\\s+(.+)");
    private static final Pattern TRAILING_COMMENT = Pattern.compile("(\\S) {3,}((?://|#).*)$");
    private static final Pattern HIGHLIGHT = Pattern.compile("(python|java)\\s+highlight:\\s*(\\d+)(?:\\s*-\\s*(\\d+))?");
    private static final Pattern REPRODUCTION = Pattern.compile("reproduction:\\s*(.+)");
    private static final Pattern LINE_REF = Pattern.compile("line:python=(\\d+),java=(\\d+)");
    /** What the Java tab says it is: the code that ran. */
    static final String JAVA_ROLE = "the code that built this site’s numbers";

    private final ExcerptSources sources;    // the Python reference and the model's Java
    private final InlineMarkdown notes;      // renders notes, which may hold math

    private ExcerptExtension(ExcerptSources sources, InlineMarkdown notes) {
        this.sources = sources;
        this.notes = notes;
    }

    /** The extension for a build. */
    public static ExcerptExtension create(ExcerptSources sources, InlineMarkdown notes) {
        return new ExcerptExtension(sources, notes);
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        // excerpt blocks are ordinary fenced code blocks
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
        rendererBuilder.nodeRendererFactory(options -> new Renderer());
    }

    /**
     * One language's side of a listing.
     *
     * @param language Python or Java
     * @param region the quoted lines
     * @param annotations rendered notes by line of the excerpt (from 1)
     * @param from the first highlighted line of the excerpt, or 0
     * @param to the last, or −1 for none
     */
    record Panel(Language language, SourceRegions.Region region, Map<Integer, String> annotations, int from, int to) {
        Panel {
            annotations = Map.copyOf(annotations);
        }
    }

    private final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::render),
                    new NodeRenderingHandler<>(Link.class, this::renderLineReference));
        }

        private void renderLineReference(Link link, NodeRendererContext context, HtmlWriter html) {
            String url = link.getUrl().toString();
            if (!url.startsWith("line:")) {
                context.delegateRender();
                return;
            }
            PageContext page = PageContext.of(link);
            SourcePosition at = page.at(link);
            Matcher m = LINE_REF.matcher(url);
            FencedCodeBlock block = listingAbove(link);
            if (!m.matches()) {
                page.problem(at, "line reference: write [line](line:python=N,java=M), N and M counted from 1 in "
                        + "the listing above, found \"" + url + "\"");
                return;
            }
            Matcher target = block == null ? null : TARGET.matcher(block.getInfo().toString().strip()
                    .substring("excerpt".length()).strip());
            if (target == null || !target.matches()) {
                page.problem(at, "line reference " + url + ", but no excerpt comes before it on the page");
                return;
            }
            Optional<SourceRegions.Region> python = sources.python().find(target.group(1), target.group(2));
            Optional<SourceRegions.Region> java = sources.java().find(target.group(1), target.group(2));
            if (python.isEmpty() || java.isEmpty()) {
                return;                                      // the excerpt itself reports what is missing
            }
            int[] lines = {lineNumber(m.group(1)), lineNumber(m.group(2))};
            List<SourceRegions.Region> regions = List.of(python.get(), java.get());
            for (int i = 0; i < 2; i++) {
                if (lines[i] < 1 || lines[i] > regions.get(i).lines().size()) {
                    page.problem(at, "line reference to " + (i == 0 ? "Python" : "Java") + " line " + lines[i]
                            + ", but the listing above (" + regions.get(i).fileName() + "#" + target.group(2)
                            + ") shows " + regions.get(i).lines().size() + " lines");
                    return;
                }
            }
            String id = id(page.at(block));
            html.raw("<a class=\"line-ref\" href=\"#" + id + "\" data-python=\""
                    + (python.get().firstLine() + lines[0] - 1) + "\" data-java=\""
                    + (java.get().firstLine() + lines[1] - 1) + "\">");
            context.renderChildren(link);
            html.raw(" <span class=\"line-n\" data-lang=\"python\">" + (python.get().firstLine() + lines[0] - 1)
                    + "</span><span class=\"line-n\" data-lang=\"java\"><span class=\"line-n-label\"> (Java </span>"
                    + (java.get().firstLine() + lines[1] - 1) + "<span class=\"line-n-label\">)</span></span></a>");
        }

        private void render(FencedCodeBlock block, NodeRendererContext context, HtmlWriter html) {
            String info = block.getInfo().toString().strip();
            if (!info.equals("excerpt") && !info.startsWith("excerpt ")) {
                context.delegateRender();
                return;
            }
            PageContext page = PageContext.of(block);
            SourcePosition fence = page.at(block);
            String target = info.substring("excerpt".length()).strip();
            Matcher m = TARGET.matcher(target);
            if (!m.matches()) {
                page.problem(fence, "excerpt needs Class#region, e.g. ```excerpt Step0Counting#bigram, found \""
                        + target + "\"");
                return;
            }
            String className = m.group(1);
            String regionName = m.group(2);
            if (!sources.java().hasClass(className)) {
                page.problem(fence, "excerpt: no class " + className + " in the model's sources");
                return;
            }
            Optional<SourceRegions.Region> java = sources.java().find(className, regionName);
            if (java.isEmpty()) {
                page.problem(fence, "excerpt region \"" + regionName + "\" not found in " + className
                        + ".java; its regions: " + String.join(", ", sources.java().regionNames(className)));
                return;
            }
            Optional<SourceRegions.Region> python = sources.python().find(className, regionName);
            if (python.isEmpty()) {
                String file = sources.python().display(className);
                page.problem(fence, "excerpt " + className + "#" + regionName + " has no Python twin: "
                        + (sources.python().hasClass(className)
                                ? file + " has no '# region " + regionName + "' … '# endregion' (its regions: "
                                        + String.join(", ", sources.python().regionNames(className)) + ")"
                                : "there is no " + file)
                        + "; " + java.get().file() + ":" + (java.get().firstLine() - 1) + " has the Java");
                return;
            }
            Map<Language, Map<Integer, String>> annotations = Map.of(Language.PYTHON, new TreeMap<>(),
                    Language.JAVA, new TreeMap<>());
            Map<Language, int[]> highlights = new TreeMap<>(Map.of(Language.PYTHON, new int[] {0, -1},
                    Language.JAVA, new int[] {0, -1}));
            Map<Language, Integer> firstNote = new TreeMap<>();   // the lesson line of each language's first note
            List<String> reproduction = new ArrayList<>();
            List<String> body = WidgetExtension.bodyLines(block);
            for (int i = 0; i < body.size(); i++) {
                String line = body.get(i).strip();
                int lineNumber = fence.line() + 1 + i;
                SourcePosition at = SourcePosition.line(fence.file(), lineNumber);
                Matcher note = NOTE.matcher(line);
                Matcher highlight = HIGHLIGHT.matcher(line);
                Matcher repro = REPRODUCTION.matcher(line);
                if (line.isEmpty()) {
                    continue;
                } else if (note.matches()) {
                    Language language = language(note.group(1));
                    SourceRegions.Region region = language == Language.JAVA ? java.get() : python.get();
                    int n = lineNumber(note.group(2));
                    if (n < 1 || n > region.lines().size()) {
                        page.problem(at, "excerpt note for " + language.label() + " line " + note.group(2) + ", but "
                                + region.fileName() + "#" + regionName + " has " + region.lines().size() + " lines");
                        continue;
                    }
                    if (annotations.get(language).containsKey(n)) {
                        page.problem(at, "excerpt: a second note for " + language.label() + " line " + n
                                + "; write the line's notes as one");
                        continue;
                    }
                    annotations.get(language).put(n, notes.render(note.group(3), page, lineNumber));
                    firstNote.putIfAbsent(language, lineNumber);
                } else if (highlight.matches()) {
                    Language language = language(highlight.group(1));
                    SourceRegions.Region region = language == Language.JAVA ? java.get() : python.get();
                    int from = lineNumber(highlight.group(2));
                    int to = highlight.group(3) == null ? from : lineNumber(highlight.group(3));
                    int size = region.lines().size();
                    if (from < 1 || to > size || from > to) {
                        page.problem(at, "excerpt: highlight " + from + "-" + to + " is not a range of lines "
                                + "within 1-" + size + " of " + region.fileName() + "#" + regionName);
                    }
                    highlights.put(language, new int[] {from, to});
                } else if (repro.matches()) {
                    reproduction.add(notes.render(repro.group(1), page, lineNumber));
                } else if (BARE_NOTE.matcher(line).matches()) {
                    page.problem(at, "excerpt: say which listing the note is for: 'python N: note' or "
                            + "'java N: note', found \"" + line + "\"");
                } else {
                    page.problem(at, "excerpt: expected 'python N: note', 'java N: note', "
                            + "'python highlight: A-B', 'java highlight: A-B' or 'reproduction: note', found \""
                            + line + "\"");
                }
            }
            if (firstNote.size() == 1) {                     // a reader of the other tab would lose the notes
                Language noted = firstNote.keySet().iterator().next();
                Language other = noted == Language.JAVA ? Language.PYTHON : Language.JAVA;
                page.problem(SourcePosition.line(fence.file(), firstNote.get(noted)), "excerpt "
                        + className + "#" + regionName + " has notes for " + noted.label() + " only; add '"
                        + other.name().toLowerCase() + " N: note' lines for the " + other.label()
                        + " listing, so that both tabs are annotated");
            }
            Panel py = new Panel(Language.PYTHON, python.get(), annotations.get(Language.PYTHON),
                    highlights.get(Language.PYTHON)[0], highlights.get(Language.PYTHON)[1]);
            Panel jv = new Panel(Language.JAVA, java.get(), annotations.get(Language.JAVA),
                    highlights.get(Language.JAVA)[0], highlights.get(Language.JAVA)[1]);
            html.line();
            html.openPre();                                  // keep the code's indentation as it is
            html.raw(listing(id(fence), py, jv, String.join(" ", reproduction)));
            html.closePre();
            html.line();
        }
    }

    /** The last excerpt block before {@code node} in the document, or null. */
    private static FencedCodeBlock listingAbove(Node node) {
        FencedCodeBlock above = null;
        for (Node each : node.getDocument().getDescendants()) {
            if (each.getStartOffset() >= node.getStartOffset()) {
                break;
            }
            if (each instanceof FencedCodeBlock fenced && fenced.getInfo().toString().strip().startsWith("excerpt ")) {
                above = fenced;
            }
        }
        return above;
    }

    private static Language language(String word) {
        return word.equals("java") ? Language.JAVA : Language.PYTHON;
    }

    /** An id for the listing unique in the whole site (the print edition holds every lesson). */
    static String id(SourcePosition fence) {
        String file = fence.file().replaceFirst("^content/", "").replaceFirst("\\.md$", "");
        return "listing-" + file.replaceAll("[^A-Za-z0-9]+", "-") + "-" + fence.line();
    }

    /**
     * A line with the padding that aligns its trailing comment into a column reduced to two
     * spaces: in the narrow code column of an annotated table the column would only wrap.
     */
    static String unaligned(String line) {
        return TRAILING_COMMENT.matcher(line).replaceFirst("$1  $2");
    }

    /**
     * The listing: a tab list (hidden until the listings script shows it), one panel per
     * language, each titled so that it is readable alone (no script: both panels show), a line
     * the print edition shows in place of the Java panel, and the exact-reproduction note.
     */
    static String listing(String id, Panel python, Panel java, String reproduction) {
        boolean annotated = !python.annotations().isEmpty() || !java.annotations().isEmpty();
        StringBuilder html = new StringBuilder();
        html.append("<figure class=\"code listing").append(annotated ? " annotated" : "").append("\" id=\"")
                .append(id).append("\">");
        html.append("<div class=\"listing-tabs\" role=\"tablist\" aria-label=\"Language of the listing\" hidden>");
        for (Panel panel : List.of(python, java)) {
            boolean first = panel == python;
            String lang = lang(panel);
            html.append("<button type=\"button\" role=\"tab\" id=\"").append(id).append('-').append(lang)
                    .append("-tab\" aria-controls=\"").append(id).append('-').append(lang)
                    .append("\" aria-selected=\"").append(first).append("\" tabindex=\"").append(first ? 0 : -1)
                    .append("\" data-lang=\"").append(lang).append("\">").append(panel.language().label())
                    .append("</button>");
        }
        html.append("</div>");
        for (Panel panel : List.of(python, java)) {
            html.append(panel(id, panel, annotated));        // both tables when either has notes
        }
        SourceRegions.Region twin = java.region();
        html.append("<p class=\"listing-print-note\">The Java twin, ").append(Html.escape(twin.fileName()))
                .append(" lines ").append(twin.firstLine()).append('–').append(twin.lastLine())
                .append(", the code that built this guide’s numbers, is the Java tab of the online edition.</p>");
        if (!reproduction.isEmpty()) {
            html.append("<details class=\"reproduction\"><summary>Exact reproduction</summary><p>")
                    .append(reproduction).append("</p></details>");
        }
        return html.append("</figure>").toString();
    }

    private static String lang(Panel panel) {
        return panel.language() == Language.JAVA ? "java" : "python";
    }

    /**
     * One language's panel: a title naming the language and file, then the code, as an annotated
     * line table if the listing has notes in either language (so the two tabs look alike and a
     * listing stays one Tab stop), else as a block.
     */
    static String panel(String id, Panel panel, boolean annotated) {
        SourceRegions.Region region = panel.region();
        String lang = lang(panel);
        UnaryOperator<String> highlighter = panel.language() == Language.JAVA ? new JavaHighlighter()::line
                : new PythonHighlighter()::line;
        StringBuilder html = new StringBuilder();
        html.append("<div class=\"listing-panel\" role=\"tabpanel\" id=\"").append(id).append('-').append(lang)
                .append("\" aria-labelledby=\"").append(id).append('-').append(lang).append("-tab\" data-lang=\"")
                .append(lang).append("\">");
        html.append("<p class=\"code-title\"><span class=\"lang\">").append(panel.language().label())
                .append(panel.language() == Language.JAVA ? ", " + JAVA_ROLE : "").append("</span> · ")
                .append("<span class=\"file\">").append(Html.escape(region.fileName()))
                .append("</span> · <span class=\"region\">").append(Html.escape(region.name()))
                .append("</span> <span class=\"lines\">lines ").append(region.firstLine()).append('–')
                .append(region.lastLine()).append("</span></p>");
        List<String> lines = region.lines();
        if (!annotated) {
            html.append("<pre class=\"code\" tabindex=\"0\"><code>");           // it may scroll: keyboard users too
            for (int i = 0; i < lines.size(); i++) {
                boolean marked = i + 1 >= panel.from() && i + 1 <= panel.to();
                html.append("<span class=\"line").append(marked ? " hl" : "").append("\" data-line=\"")
                        .append(region.firstLine() + i).append("\">").append(highlighter.apply(lines.get(i)))
                        .append("</span>\n");
            }
            html.append("</code></pre>");
        } else {
            html.append("<ol class=\"annot\">");
            for (int i = 0; i < lines.size(); i++) {
                boolean marked = i + 1 >= panel.from() && i + 1 <= panel.to();
                String note = panel.annotations().getOrDefault(i + 1, "");
                html.append("<li").append(marked ? " class=\"hl\"" : "").append(" data-line=\"")
                        .append(region.firstLine() + i).append("\"><span class=\"ln\">")
                        .append(region.firstLine() + i).append("</span><code class=\"src\">")
                        .append(highlighter.apply(unaligned(lines.get(i)))).append("</code><span class=\"note\">")
                        .append(note)
                        .append("</span></li>");
            }
            html.append("</ol>");
        }
        return html.append("</div>").toString();
    }

    /** A line number as written; one too long for an int is past any excerpt's end, and reported so. */
    private static int lineNumber(String digits) {
        return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }
}
