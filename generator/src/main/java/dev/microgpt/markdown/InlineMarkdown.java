package dev.microgpt.markdown;

/** Renders a short Markdown snippet (a caption, a note) as inline HTML, without a paragraph around it. */
@FunctionalInterface
public interface InlineMarkdown {
    /**
     * The HTML of {@code markdown}.
     *
     * @param page the page the snippet belongs to, for links and error positions
     * @param line the snippet's 1-based line in the page's file
     */
    String render(String markdown, PageContext page, int line);
}
