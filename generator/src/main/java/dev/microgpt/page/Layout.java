package dev.microgpt.page;

import freemarker.template.Configuration;
import java.nio.file.Path;
import java.util.Map;

/**
 * Lays out pages with the FreeMarker templates in {@code /templates} on the classpath. The
 * configuration is built once per build. Templates are {@code .ftlh}, so everything is
 * HTML-escaped unless it is an {@link Html} value, which is printed as markup.
 */
public final class Layout {
    private final Configuration freemarker;

    public Layout() {
        this(null);
    }

    /** A layout reading its templates from a folder (the preview, which shows template edits at once), or null. */
    public Layout(Path templatesDir) {
        freemarker = Templates.configuration(templatesDir);
    }

    /** The HTML of a page, laid out by the template its kind names. */
    public String render(PageView view) {
        return render(view.kind(), view);
    }

    /** The HTML of the print edition, laid out by {@code print.ftlh}. */
    public String render(PrintView view) {
        return render(view.kind(), view);
    }

    /** A file laid out by a template of its own, e.g. {@code sitemap.ftlx} (XML-escaped), from a model. */
    public String renderFile(String name, Map<String, ?> model) {
        return Templates.process(freemarker, name, model);
    }

    private String render(String kind, Object view) {
        return Templates.process(freemarker, kind + ".ftlh", "page", view);
    }
}
