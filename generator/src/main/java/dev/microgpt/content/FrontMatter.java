package dev.microgpt.content;

import java.util.List;

/**
 * The flat YAML block at the top of a lesson.
 *
 * @param title the page title
 * @param summary one sentence on what the page teaches, shown in lists and as the description
 * @param uses names this page relies on from earlier pages, for the "previously defined" box
 * @param defines names this page introduces, each with a one-line gloss
 * @param line the line of each key, for error messages
 */
public record FrontMatter(String title, String summary, List<Use> uses, List<Definition> defines, Lines line) {

    public FrontMatter {
        uses = List.copyOf(uses);
        defines = List.copyOf(defines);
    }

    /**
     * A name this page relies on.
     *
     * @param name the name as it appears in code, e.g. {@code uchars}
     * @param line its line in the front matter
     */
    public record Use(String name, int line) {
    }

    /**
     * A name this page introduces.
     *
     * @param name the name as it appears in code
     * @param gloss one line on what it is
     * @param line its line in the front matter
     */
    public record Definition(String name, String gloss, int line) {
    }

    /**
     * Lines of the keys, 0 when absent.
     *
     * @param title line of {@code title:}
     * @param summary line of {@code summary:}
     */
    public record Lines(int title, int summary) {
    }
}
