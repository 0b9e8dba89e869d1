package dev.microgpt.content;

import java.util.List;

/**
 * The flat YAML block at the top of a lesson.
 *
 * @param title the page title
 * @param summary one sentence on what the page teaches, shown in lists and as the description
 * @param uses names this page relies on from earlier pages, for the "previously defined" box
 * @param defines names this page introduces, each with a one-line gloss
 * @param blocks the parts of the model a lesson of Steps 3–5 is about, marked on its model map
 * @param line the line of each key, for error messages
 */
public record FrontMatter(String title, String summary, List<Use> uses, List<Definition> defines,
        List<Block> blocks, Lines line) {

    public FrontMatter {
        uses = List.copyOf(uses);
        defines = List.copyOf(defines);
        blocks = List.copyOf(blocks);
    }

    /** The front matter of a page that declares only its title and summary. */
    public FrontMatter(String title, String summary, Lines line) {
        this(title, summary, List.of(), List.of(), List.of(), line);
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
     * A part of the model the page is about, e.g. {@code qkv}.
     *
     * @param name the block's name, one of the model map's
     * @param line its line in the front matter
     */
    public record Block(String name, int line) {
    }

    /**
     * Lines of the keys, 0 when absent.
     *
     * @param title line of {@code title:}
     * @param summary line of {@code summary:}
     * @param blocks line of {@code blocks:}
     */
    public record Lines(int title, int summary, int blocks) {
    }
}
