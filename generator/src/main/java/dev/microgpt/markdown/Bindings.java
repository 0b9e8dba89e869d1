package dev.microgpt.markdown;

import com.fasterxml.jackson.databind.JsonNode;
import dev.microgpt.content.FrontMatter;
import dev.microgpt.content.LineMap;
import dev.microgpt.content.Page;
import dev.microgpt.content.Problems;
import dev.microgpt.content.RunData;
import dev.microgpt.content.SourcePosition;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts run numbers into prose. A binding is {@code {{ path }}} or {@code {{ path | format }}},
 * with spaces inside the braces, so TeX such as {@code x^{{2}}} is never mistaken for one:
 * <pre>
 * {{ dataset.names }}                                      32,033
 * {{ step0.training.loss[0] | 4 }}                         3.2958
 * {{ step0.examples[name=ava,step=100].pairs[1].prob | 4 }}
 * {{ step0.samples[0:3] | list }}                          enaroa, romra, brabecyler
 * </pre>
 * A path is dotted keys; {@code [i]} indexes an array (negative from the end), {@code [a:b]}
 * slices it, {@code [key=value,…]} picks the element whose fields match. Formats: a digit count
 * ({@code 4}: four decimals, rounded half to even from the exact binary value, as Python's
 * {@code f"{x:.4f}"}), {@code sci N}, {@code pct N}, {@code exp N} (e to the value, N decimals: a
 * loss's perplexity), {@code list}, {@code len}, {@code token}
 * (a token id as its character or BOS), {@code raw}. Integers print with thousands separators; a
 * fraction must say its format. A path or format that does not resolve is an error with its
 * {@code file:line:column}; a binding is substituted before Markdown and math are parsed, so it
 * works in prose, tables, captions and formulas alike.
 */
public final class Bindings {
    private static final Pattern BINDING = Pattern.compile("\\{\\{ +([^{}|]+?) *(?:\\| *([^{}]+?) *)?}}");
    // how a binding starts: braces and a space (TeX's x^{{2}} has none); what follows says what went wrong
    private static final Pattern UNCLOSED = Pattern.compile("\\{\\{ +(\\S)");
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)((?:\\[[^\\]]*])*)");
    private static final Pattern SELECTOR = Pattern.compile("\\[([^\\]]*)]");

    private final RunData run;   // what paths resolve against

    public Bindings(RunData run) {
        this.run = run;
    }

    /**
     * Replaces every binding in {@code text}; each one that fails is reported and left in place,
     * and so is an opening {@code {{ } that is never closed.
     */
    public String expand(String text, LineMap lines, Problems problems) {
        Matcher m = BINDING.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        int checked = 0;                                      // text before this is checked for unclosed bindings
        while (m.find()) {
            if (m.start() > 0 && text.charAt(m.start() - 1) == '\\') {
                continue;                                     // \{{ … }} is written as it stands
            }
            reportUnclosed(text, checked, m.start(), lines, problems);
            checked = m.end();
            out.append(text, last, m.start());
            SourcePosition at = lines.at(m.start());
            try {
                out.append(evaluate(m.group(1).strip(), m.group(2) == null ? "" : m.group(2).strip()));
            } catch (BindingException e) {
                problems.add(at, e.getMessage());
                // its braces escaped, so the attribute parser does not take {{ x }} for {x} and report it again
                out.append(m.group().replace("{", "\\{").replace("}", "\\}"));
            }
            last = m.end();
        }
        reportUnclosed(text, checked, text.length(), lines, problems);
        return out.append(text, last, text.length()).toString();
    }

    /** Reports a binding's opening braces between {@code from} and {@code to} that nothing closes. */
    private static void reportUnclosed(String text, int from, int to, LineMap lines, Problems problems) {
        Matcher open = UNCLOSED.matcher(text).region(from, text.length());   // what follows may lie past {@code to}
        while (open.find() && open.start() < to) {
            if (open.start() == 0 || text.charAt(open.start() - 1) != '\\') {
                String what = switch (open.group(1)) {
                    case "}" -> "binding is empty";
                    case "{" -> "bindings do not nest";
                    case "|" -> "binding has a format but no path";
                    default -> "binding is not closed";
                };
                problems.add(lines.at(open.start()), what + ": write {{ path }} or {{ path | format }}"
                        + " (or \\{{ for literal braces)");
            }
        }
    }

    /** A page whose title, summary and glosses have their bindings expanded. */
    public Page expandFrontMatter(Page page, Problems problems) {
        FrontMatter fm = page.frontMatter();
        List<FrontMatter.Definition> defines = new ArrayList<>();
        for (FrontMatter.Definition d : fm.defines()) {
            defines.add(new FrontMatter.Definition(d.name(), expandLine(d.gloss(), page, d.line(), problems), d.line()));
        }
        FrontMatter expanded = new FrontMatter(expandLine(fm.title(), page, fm.line().title(), problems),
                expandLine(fm.summary(), page, fm.line().summary(), problems), fm.uses(), defines, fm.blocks(), fm.line());
        return new Page(page.id(), page.kind(), page.section(), page.number(), page.source(), page.output(), expanded,
                page.markdown());
    }

    private String expandLine(String text, Page page, int line, Problems problems) {
        String padded = "\n".repeat(Math.max(0, line - 1)) + text;
        String expanded = expand(padded, new LineMap(page.source(), padded), problems);
        return unescapeMarkdown(expanded.substring(Math.max(0, line - 1)));
    }

    /** Front matter is plain text, not Markdown: drop the escapes {@link Formats} added. */
    private static String unescapeMarkdown(String text) {
        return text.replaceAll("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>~$&\"'])", "$1");
    }

    /** The text of one binding: its path resolved and formatted. */
    public String evaluate(String path, String format) {
        JsonNode value = resolve(path);
        return Formats.format(value, format, path, run);
    }

    /** The JSON a path points at. */
    public JsonNode resolve(String path) {
        JsonNode node = run.root();
        StringBuilder walked = new StringBuilder();
        for (String segmentText : path.split("\\.", -1)) {
            Matcher segment = SEGMENT.matcher(segmentText.strip());
            if (!segment.matches()) {
                throw new BindingException("bad binding path '" + path + "': '" + segmentText
                        + "' is not a key, e.g. training or examples[name=ava]");
            }
            String key = segment.group(1);
            if (!node.isObject() || !node.has(key)) {
                throw new BindingException("unknown binding path " + path + ": "
                        + (walked.length() == 0 ? "run data" : walked) + " has no '" + key + "'; known: "
                        + known(node));
            }
            node = node.get(key);
            walked.append(walked.length() == 0 ? "" : ".").append(key);
            Matcher selectors = SELECTOR.matcher(segment.group(2));
            while (selectors.find()) {
                node = select(node, selectors.group(1).strip(), path, walked);
                walked.append('[').append(selectors.group(1).strip()).append(']');
            }
        }
        return node;
    }

    private static JsonNode select(JsonNode node, String selector, String path, CharSequence walked) {
        if (!node.isArray()) {
            throw new BindingException("binding path " + path + ": " + walked + " is not a list, so ["
                    + selector + "] does not apply");
        }
        if (selector.matches("-?\\d+")) {
            long index = integer(selector);
            long resolved = index < 0 ? node.size() + index : index;
            if (resolved < 0 || resolved >= node.size()) {
                throw new BindingException("binding path " + path + ": index " + selector + " is outside " + walked
                        + ", which has " + node.size() + " elements");
            }
            return node.get((int) resolved);
        }
        if (selector.matches("-?\\d*:-?\\d*")) {
            int colon = selector.indexOf(':');
            int from = bound(selector.substring(0, colon), 0, node.size());
            int to = bound(selector.substring(colon + 1), node.size(), node.size());
            if (from >= to) {                                 // a mistake, never a wish for nothing
                throw new BindingException("binding path " + path + ": the slice [" + selector + "] of " + walked
                        + ", which has " + node.size() + " elements, is empty; write [a:b] with a before b");
            }
            var slice = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
            for (int i = from; i < to; i++) {
                slice.add(node.get(i));
            }
            return slice;
        }
        List<String[]> conditions = new ArrayList<>();
        for (String condition : selector.split(",")) {
            String[] kv = condition.split("=", 2);
            if (kv.length != 2 || kv[0].isBlank()) {
                throw new BindingException("binding path " + path + ": [" + selector
                        + "] is neither an index, a slice a:b, nor key=value pairs");
            }
            conditions.add(new String[] {kv[0].strip(), kv[1].strip()});
        }
        for (JsonNode element : node) {
            if (matches(element, conditions)) {
                return element;
            }
        }
        throw new BindingException("binding path " + path + ": no element of " + walked + " has " + selector);
    }

    private static boolean matches(JsonNode element, List<String[]> conditions) {
        for (String[] condition : conditions) {
            JsonNode field = element.get(condition[0]);
            if (field == null || !field.asText().equals(condition[1])) {
                return false;
            }
        }
        return true;
    }

    private static int bound(String text, int otherwise, int size) {
        if (text.isBlank()) {
            return otherwise;
        }
        long value = integer(text.strip());
        return (int) Math.max(0, Math.min(size, value < 0 ? size + value : value));
    }

    /**
     * An index as written, {@code -?\\d+}: any number of digits, so a long one is "outside" the list
     * rather than a {@link NumberFormatException}; beyond a long's range it is clamped, still outside.
     */
    private static long integer(String digits) {
        java.math.BigInteger value = new java.math.BigInteger(digits);
        return value.max(java.math.BigInteger.valueOf(Integer.MIN_VALUE))
                .min(java.math.BigInteger.valueOf(Integer.MAX_VALUE)).longValue();
    }

    private static String known(JsonNode node) {
        if (!node.isObject()) {
            return "(it is " + (node.isArray() ? "a list; index it with [i]" : "a value") + ")";
        }
        List<String> names = new ArrayList<>();
        Iterator<String> fields = node.fieldNames();
        fields.forEachRemaining(names::add);
        return String.join(", ", names);
    }

    /** A binding that does not resolve; the message says why. */
    static final class BindingException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BindingException(String message) {
            super(message);
        }
    }
}
