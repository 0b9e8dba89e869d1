package dev.microgpt.page;

import java.util.List;

/**
 * Everything a template needs to lay out one page; FreeMarker sees only this and its parts.
 *
 * @param kind home, section, lesson or page: which template lays it out
 * @param title the page's title
 * @param description one sentence for the {@code <meta name="description">} and lists
 * @param kicker the line above the title, e.g. "Step 0 · Lesson 4"
 * @param root the relative path to the site root, "" or "../../"
 * @param rung the rung the page belongs to (0–5), or −1, for the step's colour
 * @param breadcrumb the way back to the home page, this page last
 * @param previous the page before in reading order, or null
 * @param next the page after, or null
 * @param uses the "previously defined" box, empty for none
 * @param modelMap for a lesson of a step with attention: the model with its blocks marked; else null
 * @param body the page's rendered Markdown
 * @param sections for the home page: every section and its lessons; otherwise empty
 * @param lessons for a section overview: its lessons; otherwise empty
 * @param math whether the page has formulas (and so needs KaTeX's stylesheet)
 * @param scripts the widget scripts the page loads, from the site root ({@code assets/js/core.js} …),
 *     in load order; empty for a page without widget scripts
 * @param footer links every page ends with (reference pages that exist)
 * @param head the document's title, sharing metadata, canonical URL, theme colours and font preloads
 */
public record PageView(String kind, String title, String description, String kicker, String root, int rung,
        List<Crumb> breadcrumb, PageLink previous, PageLink next, List<UsedName> uses, ModelMapView modelMap,
        Html body,
        List<Section> sections, List<PageLink> lessons, boolean math, List<String> scripts, List<PageLink> footer,
        HeadView head) {

    public PageView {
        footer = List.copyOf(footer);
        scripts = List.copyOf(scripts);
        breadcrumb = List.copyOf(breadcrumb);
        uses = List.copyOf(uses);
        sections = List.copyOf(sections);
        lessons = List.copyOf(lessons);
    }

    /**
     * One step of the breadcrumb.
     *
     * @param title what it says
     * @param href where it goes; empty for the current page
     */
    public record Crumb(String title, String href) {
    }

    /**
     * A link to another page, with what lists show of it.
     *
     * @param id the page's id, e.g. 0.6
     * @param label the short label, e.g. "0.6" or "Step 0"
     * @param title the page's title
     * @param summary its one-sentence summary
     * @param href the relative path to it
     */
    public record PageLink(String id, String label, String title, String summary, String href) {
    }

    /**
     * A name the page relies on, defined earlier.
     *
     * @param name the name as in code
     * @param gloss one line on what it is
     * @param lessonId the id of the lesson that defines it
     * @param href the relative path to its definition
     */
    public record UsedName(String name, String gloss, String lessonId, String href) {
    }

    /**
     * A section with its lessons, for the home page's contents.
     *
     * @param overview the section's overview page
     * @param rung its rung, or −1
     * @param lessons its lessons in order
     */
    public record Section(PageLink overview, int rung, List<PageLink> lessons) {
        public Section {
            lessons = List.copyOf(lessons);
        }
    }
}
