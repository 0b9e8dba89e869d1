package dev.microgpt.widget;

/** Escaping for text and attribute values in the HTML widgets write. */
public final class Html {
    private Html() {
    }

    /** Text safe inside an element or a double-quoted attribute. */
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
}
