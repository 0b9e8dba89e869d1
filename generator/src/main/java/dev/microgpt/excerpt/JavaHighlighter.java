package dev.microgpt.excerpt;

import dev.microgpt.page.Html;
import java.util.Set;

/**
 * Colours Java for reading: keywords, strings, numbers, comments and annotations get a class the
 * stylesheet resolves ({@code kw}, {@code str}, {@code num}, {@code com}, {@code ann}). One line
 * at a time, since excerpts are shown line by line; a block comment spanning lines is carried
 * over through {@link #inBlockComment}.
 */
public final class JavaHighlighter {
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "continue", "default", "do", "double", "else", "enum", "extends", "final",
            "finally", "float", "for", "if", "implements", "import", "instanceof", "int", "interface", "long",
            "new", "package", "private", "protected", "public", "record", "return", "short", "static", "super",
            "switch", "this", "throw", "throws", "try", "var", "void", "volatile", "while", "true", "false", "null");

    private boolean inBlockComment;   // a /* … */ comment is still open

    /** The HTML of one line, escaped and highlighted. */
    public String line(String code) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = code.length();
        while (i < n) {
            if (inBlockComment) {
                int end = code.indexOf("*/", i);
                int stop = end < 0 ? n : end + 2;
                Lexemes.span(out, "com", code.substring(i, stop));
                inBlockComment = end < 0;
                i = stop;
                continue;
            }
            char ch = code.charAt(i);
            if (code.startsWith("//", i)) {
                Lexemes.span(out, "com", code.substring(i));
                break;
            }
            if (code.startsWith("/*", i)) {
                inBlockComment = true;
                continue;
            }
            if (ch == '"' || ch == '\'') {
                int end = Lexemes.stringEnd(code, i);
                Lexemes.span(out, "str", code.substring(i, end));
                i = end;
            } else if (Lexemes.numberStarts(code, i)) {
                int end = Lexemes.numberEnd(code, i);
                Lexemes.span(out, "num", code.substring(i, end));
                i = end;
            } else if (ch == '@' && i + 1 < n && Character.isJavaIdentifierStart(code.charAt(i + 1))) {
                int end = i + 1;
                while (end < n && Character.isJavaIdentifierPart(code.charAt(end))) {
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
                    escape(out, word);
                }
                i = end;
            } else {
                escape(out, String.valueOf(ch));
                i++;
            }
        }
        return out.toString();
    }

    /** Escapes the characters HTML gives meaning to, as everywhere else (one escaper). */
    static void escape(StringBuilder out, String text) {
        out.append(Html.escape(text));
    }
}
