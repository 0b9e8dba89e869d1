package dev.microgpt.excerpt;

import java.util.Set;

/**
 * Colours Python for reading, with the classes {@link JavaHighlighter} uses: keywords
 * ({@code kw}), strings ({@code str}), numbers ({@code num}), comments ({@code com}) and
 * decorators ({@code ann}). One line at a time; a triple-quoted string (a docstring) that spans
 * lines is carried over through {@link #openTriple}.
 */
public final class PythonHighlighter {
    private static final Set<String> KEYWORDS = Set.of("and", "as", "assert", "break", "class", "continue", "def",
            "del", "elif", "else", "except", "False", "finally", "for", "from", "global", "if", "import", "in", "is",
            "lambda", "None", "nonlocal", "not", "or", "pass", "raise", "return", "True", "try", "while", "with",
            "yield");

    private String openTriple;   // the quotes of a triple-quoted string still open, or null

    /** The HTML of one line, escaped and highlighted. */
    public String line(String code) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = code.length();
        if (openTriple != null) {
            int end = code.indexOf(openTriple);
            i = end < 0 ? n : end + 3;
            Lexemes.span(out, "str", code.substring(0, i));
            openTriple = end < 0 ? openTriple : null;
        }
        while (i < n) {
            char ch = code.charAt(i);
            int prefix = stringPrefix(code, i);
            if (ch == '#') {
                Lexemes.span(out, "com", code.substring(i));
                break;
            }
            if (prefix >= 0) {
                int quote = i + prefix;
                String triple = code.substring(quote, Math.min(n, quote + 3));
                if (triple.equals("\"\"\"") || triple.equals("'''")) {
                    int end = code.indexOf(triple, quote + 3);
                    int stop = end < 0 ? n : end + 3;
                    openTriple = end < 0 ? triple : null;
                    Lexemes.span(out, "str", code.substring(i, stop));
                    i = stop;
                    continue;
                }
                int end = Lexemes.stringEnd(code, quote);
                Lexemes.span(out, "str", code.substring(i, end));
                i = end;
            } else if (Lexemes.numberStarts(code, i)) {
                int end = Lexemes.numberEnd(code, i);
                Lexemes.span(out, "num", code.substring(i, end));
                i = end;
            } else if (ch == '@' && code.substring(0, i).isBlank()) {
                int end = i + 1;                         // a decorator: @name
                while (end < n && (Character.isJavaIdentifierPart(code.charAt(end)) || code.charAt(end) == '.')) {
                    end++;
                }
                Lexemes.span(out, "ann", code.substring(i, end));
                i = end;
            } else if (Character.isJavaIdentifierStart(ch)) {
                int end = i + 1;
                while (end < n && Character.isJavaIdentifierPart(code.charAt(end))) {
                    end++;
                }
                String word = code.substring(i, end);
                if (KEYWORDS.contains(word)) {
                    Lexemes.span(out, "kw", word);
                } else {
                    JavaHighlighter.escape(out, word);
                }
                i = end;
            } else {
                JavaHighlighter.escape(out, String.valueOf(ch));
                i++;
            }
        }
        return out.toString();
    }

    /**
     * How many prefix letters ({@code f}, {@code r}, {@code b}, none) come before a string's
     * quote at {@code i}, or −1 if no string starts there.
     */
    private static int stringPrefix(String code, int i) {
        if (i > 0 && Character.isJavaIdentifierPart(code.charAt(i - 1))) {
            return -1;                               // inside a name, such as "elif"
        }
        for (int prefix = 0; prefix <= 2 && i + prefix < code.length(); prefix++) {
            char c = code.charAt(i + prefix);
            if (c == '"' || c == '\'') {
                return prefix;
            }
            if ("fFrRbBuU".indexOf(c) < 0) {
                return -1;
            }
        }
        return -1;
    }
}
