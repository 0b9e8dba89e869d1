package dev.microgpt.site;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The colour tokens at the top of {@code assets/style.css}, light and dark, read from the
 * stylesheet itself so that the {@code theme-color} and the preview images can never drift from
 * the design system (shared/VISUAL.md).
 */
record StyleTokens(Map<String, String> light, Map<String, String> dark) {
    private static final Pattern TOKEN = Pattern.compile("--([a-z0-9-]+):\\s*(#[0-9a-fA-F]{3,8})\\s*;");
    private static final String DARK = "prefers-color-scheme: dark";

    StyleTokens {
        light = Map.copyOf(light);
        dark = Map.copyOf(dark);
    }

    /** The tokens of the first {@code :root} block (light) and of the system-dark block. */
    static StyleTokens parse(String css) {
        int root = css.indexOf(":root {");
        int dark = css.indexOf(DARK);
        if (root < 0 || dark < 0) {
            throw new IllegalStateException("assets/style.css has no :root tokens or no dark tokens");
        }
        return new StyleTokens(tokens(block(css, root)), tokens(block(css, css.indexOf(":root", dark))));
    }

    /** A light token's value, e.g. {@code bg} → {@code #fcfcfa}. */
    String light(String name) {
        return get(light, name);
    }

    /** A dark token's value. */
    String dark(String name) {
        return get(dark, name);
    }

    private static String get(Map<String, String> tokens, String name) {
        String value = tokens.get(name);
        if (value == null) {
            throw new IllegalStateException("assets/style.css defines no colour token --" + name);
        }
        return value;
    }

    /** The text between the first '{' at or after {@code from} and its matching '}'. */
    private static String block(String css, int from) {
        int open = css.indexOf('{', from);
        int close = css.indexOf('}', open);
        return css.substring(open + 1, close);
    }

    private static Map<String, String> tokens(String block) {
        Map<String, String> tokens = new LinkedHashMap<>();
        Matcher m = TOKEN.matcher(block);
        while (m.find()) {
            tokens.putIfAbsent(m.group(1), m.group(2).toLowerCase(java.util.Locale.ROOT));
        }
        return tokens;
    }
}
