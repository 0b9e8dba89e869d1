package dev.microgpt.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the front matter: a block between two {@code ---} lines holding flat YAML, that is
 * {@code key: value} pairs whose values are strings or lists of strings. Lists are written
 * {@code [a, b]} or as {@code - item} lines below the key. Anything else is an error with the line.
 */
final class FrontMatterParser {
    private static final Set<String> KEYS = Set.of("title", "summary", "uses", "defines", "blocks");
    private static final Set<String> LIST_KEYS = Set.of("uses", "defines", "blocks");
    private static final Pattern KEY_LINE = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*):(?:[ \\t]+(.*))?");
    private static final Pattern ITEM_LINE = Pattern.compile("[ ]+-[ ]+(.*)");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.()\\[\\]]*");

    private FrontMatterParser() {
    }

    /**
     * The front matter and where the body starts.
     *
     * @param frontMatter the parsed keys
     * @param bodyOffset offset of the first character after the closing {@code ---} line
     */
    record Parsed(FrontMatter frontMatter, int bodyOffset) {
    }

    /** Parses the block at the start of {@code text}; every problem is added to {@code problems}. */
    static Parsed parse(String file, String text, Problems problems) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            problems.addCause(SourcePosition.line(file, 1), "front matter missing: the file must start with a '---' line");
            return new Parsed(empty(), 0);
        }
        int end = -1;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            problems.addCause(SourcePosition.line(file, 1), "front matter is not closed: add a '---' line after it");
            return new Parsed(empty(), text.length());
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        Entry current = null;
        for (int i = 1; i < end; i++) {
            String line = lines[i].replace("\r", "");
            int lineNumber = i + 1;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            if (line.indexOf('\t') >= 0) {
                problems.addCause(SourcePosition.line(file, lineNumber), "front matter: use spaces, not tabs");
                continue;
            }
            Matcher item = ITEM_LINE.matcher(line);
            if (item.matches()) {
                if (current == null || !LIST_KEYS.contains(current.key) || current.scalar != null) {
                    problems.addCause(SourcePosition.line(file, lineNumber),
                            "front matter: list item outside a list (only " + LIST_KEYS + " take lists)");
                    continue;
                }
                current.items.add(new Item(unquote(item.group(1).strip(), file, lineNumber, problems), lineNumber));
                continue;
            }
            Matcher key = KEY_LINE.matcher(line);
            if (!key.matches()) {
                problems.addCause(SourcePosition.line(file, lineNumber),
                        "front matter: expected 'key: value', found \"" + line.strip() + "\"");
                current = null;
                continue;
            }
            String name = key.group(1);
            if (!KEYS.contains(name)) {
                problems.addCause(SourcePosition.line(file, lineNumber),
                        "front matter: unknown key '" + name + "'; known keys: " + String.join(", ", sorted(KEYS)));
                current = null;
                continue;
            }
            if (entries.containsKey(name)) {
                problems.addCause(SourcePosition.line(file, lineNumber), "front matter: key '" + name + "' given twice");
                current = null;
                continue;
            }
            current = new Entry(name, lineNumber);
            entries.put(name, current);
            String value = key.group(2) == null ? "" : key.group(2).strip();
            if (value.startsWith("[")) {
                if (!LIST_KEYS.contains(name) || !value.endsWith("]")) {
                    problems.addCause(SourcePosition.line(file, lineNumber), "front matter: '" + name
                            + (LIST_KEYS.contains(name) ? "' list must end with ']'" : "' takes text, not a list"));
                    continue;
                }
                for (String part : splitFlow(value.substring(1, value.length() - 1))) {
                    current.items.add(new Item(unquote(part, file, lineNumber, problems), lineNumber));
                }
            } else if (!value.isEmpty()) {
                if (LIST_KEYS.contains(name)) {
                    problems.addCause(SourcePosition.line(file, lineNumber),
                            "front matter: '" + name + "' takes a list: [a, b] or '- item' lines");
                    continue;
                }
                current.scalar = unquote(value, file, lineNumber, problems);
            }
        }
        return new Parsed(build(file, entries, problems), offsetOfLine(text, end + 1));
    }

    private static FrontMatter build(String file, Map<String, Entry> entries, Problems problems) {
        String title = scalar(file, entries.get("title"), problems);
        if (title.isEmpty()) {
            Entry entry = entries.get("title");
            problems.addCause(SourcePosition.line(file, entry == null ? 1 : entry.line), "front matter: 'title' is required");
        }
        String summary = scalar(file, entries.get("summary"), problems);
        List<FrontMatter.Use> uses = new ArrayList<>();
        for (Item item : items(entries.get("uses"))) {
            if (!NAME.matcher(item.text).matches()) {
                problems.addCause(SourcePosition.line(file, item.line), "front matter: '" + item.text + "' is not a name");
            }
            uses.add(new FrontMatter.Use(item.text, item.line));
        }
        List<FrontMatter.Definition> defines = new ArrayList<>();
        for (Item item : items(entries.get("defines"))) {
            int colon = item.text.indexOf(": ");
            if (colon < 0) {
                problems.addCause(SourcePosition.line(file, item.line),
                        "front matter: a definition is 'name: one-line gloss', found \"" + item.text + "\"");
                continue;
            }
            String name = item.text.substring(0, colon).strip();
            if (!NAME.matcher(name).matches()) {
                problems.addCause(SourcePosition.line(file, item.line), "front matter: '" + name + "' is not a name");
            }
            defines.add(new FrontMatter.Definition(name, item.text.substring(colon + 2).strip(), item.line));
        }
        List<FrontMatter.Block> blocks = new ArrayList<>();
        for (Item item : items(entries.get("blocks"))) {
            blocks.add(new FrontMatter.Block(item.text, item.line));
        }
        return new FrontMatter(title, summary, uses, defines, blocks, new FrontMatter.Lines(
                line(entries.get("title")), line(entries.get("summary")), line(entries.get("blocks"))));
    }

    private static String scalar(String file, Entry entry, Problems problems) {
        if (entry == null) {
            return "";
        }
        if (entry.scalar == null) {
            problems.addCause(SourcePosition.line(file, entry.line), "front matter: '" + entry.key + "' has no value");
            return "";
        }
        return entry.scalar;
    }

    private static List<Item> items(Entry entry) {
        return entry == null ? List.of() : entry.items;
    }

    private static int line(Entry entry) {
        return entry == null ? 0 : entry.line;
    }

    /** Strips matching quotes; a plain value may not start with characters YAML reserves. */
    private static String unquote(String value, String file, int line, Problems problems) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        if (value.startsWith("\"") || value.startsWith("'")) {
            problems.addCause(SourcePosition.line(file, line), "front matter: unclosed quote in " + value);
        } else if (!value.isEmpty() && "{}&*!|>%@`".indexOf(value.charAt(0)) >= 0) {
            problems.addCause(SourcePosition.line(file, line),
                    "front matter: a value starting with '" + value.charAt(0) + "' must be quoted");
        }
        return value;
    }

    private static List<String> splitFlow(String inside) {
        List<String> parts = new ArrayList<>();
        for (String part : inside.split(",")) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }

    private static int offsetOfLine(String text, int lineIndex) {
        int offset = 0;
        for (int i = 0; i < lineIndex && offset >= 0; i++) {
            offset = text.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return text.length();
            }
        }
        return offset;
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }

    private static FrontMatter empty() {
        return new FrontMatter("", "", new FrontMatter.Lines(0, 0, 0));
    }

    /** One key being read. */
    private static final class Entry {
        final String key;                       // the key's name
        final int line;                         // its line
        final List<Item> items = new ArrayList<>(); // list values
        String scalar;                          // text value, or null

        Entry(String key, int line) {
            this.key = key;
            this.line = line;
        }
    }

    /** One list item and its line. */
    private record Item(String text, int line) {
    }
}
