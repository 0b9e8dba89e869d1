package dev.microgpt.site;

import dev.microgpt.content.Course;
import dev.microgpt.content.FrontMatter;
import dev.microgpt.content.Page;
import dev.microgpt.content.Problems;
import dev.microgpt.content.SourcePosition;
import dev.microgpt.markdown.LessonLinks;
import dev.microgpt.markdown.PageContext;
import dev.microgpt.page.Html;
import dev.microgpt.page.PageView;
import dev.microgpt.page.PrintView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a page and its rendered body into the {@link PageView} its template lays out. */
final class Views {
    /** Reference pages every footer links to, when they exist. */
    private static final List<String> FOOTER = List.of("reproduce", "glossary", "history");

    private final Course course;                        // every page, in reading order
    private final Map<String, Definition> definitions;  // defined name → where
    private final WidgetScripts scripts;                // which scripts a page's widgets load
    private final Publishing publishing;                // titles, sharing metadata, canonical URLs
    private final ModelMaps maps;                       // the model map of Steps 3–5's lessons

    /** Where a name is defined. */
    private record Definition(Page page, FrontMatter.Definition definition) {
    }

    Views(Course course, Problems problems, WidgetScripts scripts, Publishing publishing, ModelMaps maps) {
        this.course = course;
        this.maps = maps;
        this.scripts = scripts;
        this.publishing = publishing;
        this.definitions = new HashMap<>();
        for (Page page : course.pages()) {
            for (FrontMatter.Definition definition : page.frontMatter().defines()) {
                Definition earlier = definitions.putIfAbsent(definition.name(), new Definition(page, definition));
                if (earlier != null) {
                    problems.add(SourcePosition.line(page.source(), definition.line()), "'" + definition.name()
                            + "' is already defined in " + earlier.page().source());
                }
            }
        }
        for (Page page : course.pages()) {
            for (FrontMatter.Use use : page.frontMatter().uses()) {
                Definition definition = definitions.get(use.name());
                if (definition == null) {
                    problems.addFollowing(SourcePosition.line(page.source(), use.line()), "uses '" + use.name()
                            + "', which no page defines");
                } else if (course.pages().indexOf(definition.page()) >= course.pages().indexOf(page)) {
                    problems.add(SourcePosition.line(page.source(), use.line()), "uses '" + use.name()
                            + "', which is defined only later, in " + definition.page().source());
                }
            }
        }
    }

    /** The view of a page with its body. */
    PageView of(Page page, String body) {
        List<PageView.UsedName> uses = new ArrayList<>();
        for (FrontMatter.Use use : page.frontMatter().uses()) {
            Definition d = definitions.get(use.name());
            if (d != null) {
                uses.add(new PageView.UsedName(use.name(), d.definition().gloss(), label(d.page()),
                        LessonLinks.href(page, d.page()) + "#" + PageContext.definitionId(use.name())));
            }
        }
        List<PageView.Section> sections = new ArrayList<>();
        if (page.kind() == Page.Kind.HOME) {
            for (Page section : course.sections()) {
                sections.add(new PageView.Section(link(page, section), rung(section),
                        links(page, course.lessons(section.section()))));
            }
        }
        List<PageView.PageLink> lessons = page.kind() == Page.Kind.SECTION
                ? links(page, course.lessons(page.section())) : List.of();
        List<PageView.PageLink> footer = new ArrayList<>();
        for (String id : FOOTER) {
            course.page(id).ifPresent(target -> footer.add(link(page, target)));
        }
        return new PageView(page.kind().name().toLowerCase(java.util.Locale.ROOT), page.title(),
                page.frontMatter().summary(), kicker(page), page.root(), rung(page), breadcrumb(page),
                course.previous(page).map(p -> link(page, p)).orElse(null),
                course.next(page).map(p -> link(page, p)).orElse(null), uses, maps.of(page), new Html(body),
                sections, lessons,
                body.contains("class=\"katex"), scripts.forBody(body), footer, publishing.head(page, course, body));
    }

    /**
     * The view of the 404 page. A host serves it at whatever address was missing, at any depth,
     * so its links cannot be relative to where it sits: with a base URL they are absolute; without
     * one they are relative to the site root, right for a missing page at the top level (and from
     * {@code file://}), and wrong deeper down (README.md, "Host it").
     */
    PageView notFound() {
        Page home = course.page("home").orElseThrow(() -> new IllegalStateException("the course has no home page"));
        String root = publishing.absolute() ? publishing.siteUrl() : "";
        List<PageView.Section> sections = new ArrayList<>();
        for (Page section : course.sections()) {
            sections.add(new PageView.Section(rooted(root, section), rung(section), List.of()));
        }
        List<PageView.PageLink> footer = new ArrayList<>();
        for (String id : FOOTER) {
            course.page(id).ifPresent(target -> footer.add(rooted(root, target)));
        }
        String homeHref = root + (publishing.absolute() ? "" : "index.html");
        return new PageView("not-found", "Page not found", "", "", root, -1,
                List.of(new PageView.Crumb("Home", homeHref), new PageView.Crumb("Page not found", "")), null, null,
                List.of(), null, new Html(""), sections, List.of(rooted(root, home)), false, List.of(), footer,
                publishing.notFoundHead(root));
    }

    private PageView.PageLink rooted(String root, Page to) {
        String href = root.isEmpty() ? to.output() : publishing.url(to.output());
        return new PageView.PageLink(to.id(), label(to), to.title(), to.frontMatter().summary(), href);
    }

    /** The view of the print edition: the home page's title and body over every other page as a chapter. */
    PrintView print(Html intro, List<PrintView.Chapter> chapters) {
        Page home = course.page("home").orElseThrow(() -> new IllegalStateException("the course has no home page"));
        List<PageView.PageLink> footer = new ArrayList<>();
        for (String id : FOOTER) {
            course.page(id).ifPresent(target -> footer.add(link(home, target)));
        }
        boolean math = intro.value().contains("class=\"katex");
        for (PrintView.Chapter chapter : chapters) {
            math |= chapter.body().value().contains("class=\"katex");
        }
        return new PrintView("print", home.title(), home.frontMatter().summary(), "", -1,
                List.of(new PageView.Crumb("Home", LessonLinks.href(home, home)),
                        new PageView.Crumb("Print edition", "")),
                footer, math, List.of(), intro, chapters,
                publishing.printHead(home.frontMatter().summary(), printBody(intro, chapters)));
    }

    /** Every body of the print edition, for what its head preloads. */
    private static String printBody(Html intro, List<PrintView.Chapter> chapters) {
        StringBuilder all = new StringBuilder(intro.value());
        for (PrintView.Chapter chapter : chapters) {
            all.append(chapter.body().value());
        }
        return all.toString();
    }

    private List<PageView.PageLink> links(Page from, List<Page> pages) {
        List<PageView.PageLink> links = new ArrayList<>();
        for (Page page : pages) {
            links.add(link(from, page));
        }
        return links;
    }

    private PageView.PageLink link(Page from, Page to) {
        return new PageView.PageLink(to.id(), label(to), to.title(), to.frontMatter().summary(),
                LessonLinks.href(from, to));
    }

    /** "0.4" for a lesson, "Step 0" for a step, "" for other pages. */
    static String label(Page page) {
        return switch (page.kind()) {
            case LESSON -> isStep(page) ? page.id() : "";
            case SECTION -> isStep(page) ? "Step " + page.section() : "";
            default -> "";
        };
    }

    static String kicker(Page page) {
        return switch (page.kind()) {
            case LESSON -> isStep(page) ? "Step " + page.section() + " · Lesson " + page.number() : "Beyond the ladder";
            case SECTION -> isStep(page) ? "Step " + page.section() : "";
            default -> "";
        };
    }

    private List<PageView.Crumb> breadcrumb(Page page) {
        List<PageView.Crumb> crumbs = new ArrayList<>();
        Optional<Page> home = course.page("home");
        if (page.kind() != Page.Kind.HOME) {
            home.ifPresent(h -> crumbs.add(new PageView.Crumb("Home", LessonLinks.href(page, h))));
        }
        if (page.kind() == Page.Kind.LESSON) {
            course.page(page.section()).ifPresent(section -> crumbs.add(new PageView.Crumb(
                    (isStep(section) ? "Step " + section.section() + ": " : "") + section.title(),
                    LessonLinks.href(page, section))));
        }
        crumbs.add(new PageView.Crumb(page.kind() == Page.Kind.HOME ? "Home" : page.title(), ""));
        return crumbs;
    }

    static int rung(Page page) {
        return isStep(page) ? Integer.parseInt(page.section()) : -1;
    }

    private static boolean isStep(Page page) {
        return page.section().matches("\\d");
    }
}
