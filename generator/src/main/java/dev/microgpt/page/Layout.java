package dev.microgpt.page;

import dev.microgpt.content.SourcePosition;
import dev.microgpt.content.SourceException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Lays out pages with the FreeMarker templates in {@code /templates} on the classpath. The
 * configuration is built once per build. Templates are {@code .ftlh}, so everything is
 * HTML-escaped unless it is an {@link Html} value, which is printed as markup.
 */
public final class Layout {
    private static final String TEMPLATES = "/templates";
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
        return process(name, model);
    }

    private String render(String kind, Object view) {
        return process(kind + ".ftlh", Map.of("page", view));
    }

    private String process(String name, Map<String, ?> model) {
        try {
            Template template = freemarker.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (TemplateException e) {
            String file = "generator/src/main/resources" + TEMPLATES + "/"
                    + (e.getTemplateSourceName() == null ? name : e.getTemplateSourceName());
            Integer line = e.getLineNumber();
            throw new SourceException(SourcePosition.line(file, line == null ? 0 : line),
                    e.getMessageWithoutStackTop().lines().findFirst().orElse("template error"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load template " + name, e);
        }
    }
}
