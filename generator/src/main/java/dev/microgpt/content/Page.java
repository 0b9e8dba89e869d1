package dev.microgpt.content;

/**
 * One page of the guide, as read from {@code content/}.
 *
 * @param id how lessons link to it: {@code 0.6} for a lesson, {@code 0} for a step's overview,
 *     {@code home} for the home page, the file name for any other page
 * @param kind what sort of page it is
 * @param section the section it belongs to ({@code 0}…{@code 5}, {@code beyond}), or "" for none
 * @param number the lesson's number within its section, 0 for other pages
 * @param source the file, relative to the repository root, as error messages name it
 * @param output where the page is written, relative to the site root, e.g. {@code step/0/6.html}
 * @param frontMatter its title, summary and names
 * @param markdown the whole file with the front matter blanked out, so lines keep their numbers
 */
public record Page(String id, Kind kind, String section, int number, String source, String output,
        FrontMatter frontMatter, String markdown) {

    /** What sort of page. */
    public enum Kind {
        /** The home page. */
        HOME,
        /** A section's overview: a step of the ladder, or "beyond the ladder". */
        SECTION,
        /** A lesson within a section. */
        LESSON,
        /** A page outside the sections: glossary, history, reproduce. */
        PAGE
    }

    /** The page's title. */
    public String title() {
        return frontMatter.title();
    }

    /** How deep the output file sits: 0 for {@code index.html}, 2 for {@code step/0/6.html}. */
    public int depth() {
        int depth = 0;
        for (char ch : output.toCharArray()) {
            if (ch == '/') {
                depth++;
            }
        }
        return depth;
    }

    /** The relative path from this page to the site root: "" or "../../". */
    public String root() {
        return "../".repeat(depth());
    }
}
