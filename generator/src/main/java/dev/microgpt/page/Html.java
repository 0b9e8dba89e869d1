package dev.microgpt.page;

/** HTML that is already safe and complete; templates print it as markup, unescaped. */
public record Html(String value) {
    /** No HTML. */
    public static final Html EMPTY = new Html("");

    @Override
    public String toString() {
        return value;
    }
}
