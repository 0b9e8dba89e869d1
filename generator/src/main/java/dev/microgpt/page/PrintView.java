package dev.microgpt.page;

import java.util.List;

/**
 * What {@code print.ftlh} lays out: the whole guide on one page, in reading order, with static
 * figures. It carries the fields the shared frame of {@code layout.ftlh} reads, plus the chapters.
 *
 * @param kind always "print": the template and the body's class
 * @param title the guide's title, from the home page
 * @param description the guide's one-sentence summary
 * @param root the relative path to the site root: "" (the page sits at the root)
 * @param rung −1: the edition belongs to no single step
 * @param breadcrumb the way back to the home page, this page last
 * @param footer the links every page ends with
 * @param math whether any chapter has formulas
 * @param scripts always empty: the print edition loads no widget script, so figures stay static
 * @param intro the home page's body, printed under the title
 * @param chapters every other page, in reading order
 * @param head the document's title, sharing metadata, canonical URL, theme colours and font preloads
 */
public record PrintView(String kind, String title, String description, String root, int rung,
        List<PageView.Crumb> breadcrumb, List<PageView.PageLink> footer, boolean math, List<String> scripts, Html intro,
        List<Chapter> chapters, HeadView head) {

    public PrintView {
        breadcrumb = List.copyOf(breadcrumb);
        footer = List.copyOf(footer);
        scripts = List.copyOf(scripts);
        chapters = List.copyOf(chapters);
    }

    /**
     * One page of the guide inside the print edition.
     *
     * @param anchor the id of its section, e.g. {@code p-0-6}
     * @param label the short label, e.g. "0.6" or "Step 0", or ""
     * @param kicker the line above its title, e.g. "Step 0 · Lesson 6"
     * @param title its title
     * @param summary its one-sentence summary
     * @param part whether it opens a part (a step's overview or a reference page): a new sheet
     * @param body its body, ids prefixed with the anchor and links turned into in-page links
     */
    public record Chapter(String anchor, String label, String kicker, String title, String summary, boolean part,
            Html body) {
    }
}
