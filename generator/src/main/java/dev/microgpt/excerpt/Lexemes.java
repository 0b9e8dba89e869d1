package dev.microgpt.excerpt;

import dev.microgpt.page.Html;

/**
 * What the Java and the Python highlighter recognise alike: a one-line quoted string, a number,
 * and the span that gives a piece of code its class.
 */
final class Lexemes {
    private Lexemes() {
    }

    /** Appends {@code text}, escaped, in a span of class {@code kind}. */
    static void span(StringBuilder out, String kind, String text) {
        out.append("<span class=\"").append(kind).append("\">").append(Html.escape(text)).append("</span>");
    }

    /**
     * Just past the string whose opening quote is at {@code quote}: its closing quote, a
     * backslash escaping the character after it, or the line's end if it never closes.
     */
    static int stringEnd(String code, int quote) {
        char q = code.charAt(quote);
        int end = quote + 1;
        while (end < code.length() && code.charAt(end) != q) {
            end += code.charAt(end) == '\\' ? 2 : 1;
        }
        return Math.min(code.length(), end + 1);
    }

    /** Whether a number starts at {@code i}: a digit, or a point before one, not inside a name. */
    static boolean numberStarts(String code, int i) {
        char ch = code.charAt(i);
        return Character.isDigit(ch) || ch == '.' && i + 1 < code.length() && Character.isDigit(code.charAt(i + 1))
                && (i == 0 || !Character.isJavaIdentifierPart(code.charAt(i - 1)));
    }

    /** Just past the number at {@code i}: digits, letters (0x, 1e, 1L), points, underscores, an exponent's minus. */
    static int numberEnd(String code, int i) {
        int end = i + 1;
        while (end < code.length() && (Character.isLetterOrDigit(code.charAt(end)) || code.charAt(end) == '.'
                || code.charAt(end) == '_'
                || (code.charAt(end) == '-' && Character.toLowerCase(code.charAt(end - 1)) == 'e'))) {
            end++;
        }
        return end;
    }
}
