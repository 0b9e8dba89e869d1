package dev.microgpt.page;

/**
 * HTML that is already safe and complete; templates print it as markup, unescaped. Text becomes
 * HTML in one of two ways only: printed by a FreeMarker template, which escapes it, or through
 * {@link #escape(String)}, which escapes exactly as the templates do.
 */
public record Html(String value) {
    /** No HTML. */
    public static final Html EMPTY = new Html("");

    /** Text safe inside an element or a quoted attribute: the characters FreeMarker's HTML format escapes. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return value;
    }
}
