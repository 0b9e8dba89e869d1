package dev.microgpt.widget;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code key: value} lines of a widget block, with typed getters that fail with the key's line. */
public final class Args {
    private final Map<String, Arg> values;   // key → its value and line

    /**
     * One argument.
     *
     * @param value the text after the colon
     * @param line the 0-based line within the block body
     */
    public record Arg(String value, int line) {
    }

    private Args(Map<String, Arg> values) {
        this.values = values;
    }

    /** Parses the body of a block; {@code allowed} are the keys the widget takes. */
    public static Args parse(List<String> lines, Set<String> allowed, String widget) {
        Map<String, Arg> values = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new WidgetException(i, "widget " + widget + ": expected 'key: value', found \"" + line.strip() + "\"");
            }
            String key = line.substring(0, colon).strip();
            if (!allowed.contains(key)) {
                throw new WidgetException(i, "widget " + widget + ": unknown key '" + key + "'; known: "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
            if (values.containsKey(key)) {
                throw new WidgetException(i, "widget " + widget + ": key '" + key + "' given twice");
            }
            values.put(key, new Arg(line.substring(colon + 1).strip(), i));
        }
        return new Args(values);
    }

    /** Arguments from a map (tests). */
    public static Args of(Map<String, String> values) {
        Map<String, Arg> args = new LinkedHashMap<>();
        values.forEach((k, v) -> args.put(k, new Arg(v, 0)));
        return new Args(args);
    }

    /** The text of a key, or {@code otherwise}. */
    public String text(String key, String otherwise) {
        Arg arg = values.get(key);
        return arg == null ? otherwise : arg.value();
    }

    /** Whether the key was given. */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** An integer key, or {@code otherwise}. */
    public int integer(String key, int otherwise) {
        Arg arg = values.get(key);
        if (arg == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(arg.value());
        } catch (NumberFormatException e) {
            throw new WidgetException(arg.line(), key + " must be a whole number, was \"" + arg.value() + "\"");
        }
    }

    /** A comma-separated list of integers, or {@code otherwise}. */
    public List<Integer> integers(String key, List<Integer> otherwise) {
        Arg arg = values.get(key);
        if (arg == null) {
            return otherwise;
        }
        List<Integer> out = new ArrayList<>();
        for (String part : arg.value().split(",")) {
            try {
                out.add(Integer.parseInt(part.strip()));
            } catch (NumberFormatException e) {
                throw new WidgetException(arg.line(), key + " must be whole numbers separated by commas, was \""
                        + arg.value() + "\"");
            }
        }
        return out;
    }

    /** A yes/no key, or {@code otherwise}. */
    public boolean flag(String key, boolean otherwise) {
        Arg arg = values.get(key);
        if (arg == null) {
            return otherwise;
        }
        return switch (arg.value()) {
            case "yes", "true" -> true;
            case "no", "false" -> false;
            default -> throw new WidgetException(arg.line(), key + " must be yes or no, was \"" + arg.value() + "\"");
        };
    }

    /** Fails on the key's line. */
    public WidgetException error(String key, String message) {
        Arg arg = values.get(key);
        return new WidgetException(arg == null ? -1 : arg.line(), message);
    }
}
