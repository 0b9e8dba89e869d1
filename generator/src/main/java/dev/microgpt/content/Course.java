package dev.microgpt.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Every page of the guide in reading order, with lookups by id and by section. */
public final class Course {
    private final List<Page> pages;              // reading order: home, each section, other pages
    private final Map<String, Page> byId;        // id → page

    Course(List<Page> pages) {
        this.pages = List.copyOf(pages);
        Map<String, Page> ids = new LinkedHashMap<>();
        for (Page page : pages) {
            ids.put(page.id(), page);
        }
        this.byId = ids;
    }

    /** All pages in reading order. */
    public List<Page> pages() {
        return pages;
    }

    /** The page with an id, if there is one. */
    public Optional<Page> page(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The page read before this one, if any. */
    public Optional<Page> previous(Page page) {
        int index = pages.indexOf(page);
        return index > 0 ? Optional.of(pages.get(index - 1)) : Optional.empty();
    }

    /** The page read after this one, if any. */
    public Optional<Page> next(Page page) {
        int index = pages.indexOf(page);
        return index >= 0 && index + 1 < pages.size() ? Optional.of(pages.get(index + 1)) : Optional.empty();
    }

    /** The overview pages of the sections, in order. */
    public List<Page> sections() {
        List<Page> sections = new ArrayList<>();
        for (Page page : pages) {
            if (page.kind() == Page.Kind.SECTION) {
                sections.add(page);
            }
        }
        return sections;
    }

    /** The lessons of a section, in order. */
    public List<Page> lessons(String section) {
        List<Page> lessons = new ArrayList<>();
        for (Page page : pages) {
            if (page.kind() == Page.Kind.LESSON && page.section().equals(section)) {
                lessons.add(page);
            }
        }
        return lessons;
    }

    /** The same course with every page passed through {@code f}, e.g. to expand its front matter. */
    public Course map(UnaryOperator<Page> f) {
        List<Page> mapped = new ArrayList<>();
        for (Page page : pages) {
            mapped.add(f.apply(page));
        }
        return new Course(mapped);
    }

    /** All ids, in reading order, for "did you mean" messages. */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }
}
