package dev.microgpt.page;

import dev.microgpt.content.SourcePosition;
import dev.microgpt.content.SourceException;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

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
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        if (templatesDir == null) {
            freemarker.setClassForTemplateLoading(Layout.class, TEMPLATES);
        } else {
            try {
                freemarker.setDirectoryForTemplateLoading(templatesDir.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read templates from " + templatesDir, e);
            }
            freemarker.setTemplateUpdateDelayMilliseconds(0);
        }
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setLocale(Locale.ROOT);
        freemarker.setTimeZone(TimeZone.getTimeZone("UTC"));
        freemarker.setNumberFormat("computer");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setRecognizeStandardFileExtensions(true);
        freemarker.setObjectWrapper(new HtmlAwareWrapper());
    }

    /** The HTML of a page, laid out by the template its kind names. */
    public String render(PageView view) {
        return render(view.kind(), view);
    }

    /** The HTML of the print edition, laid out by {@code print.ftlh}. */
    public String render(PrintView view) {
        return render(view.kind(), view);
    }

    private String render(String kind, Object view) {
        String name = kind + ".ftlh";
        try {
            Template template = freemarker.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(Map.of("page", view), out);
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

    /** Wraps {@link Html} as markup, so {@code ${page.body}} prints it unescaped. */
    private static final class HtmlAwareWrapper extends DefaultObjectWrapper {
        HtmlAwareWrapper() {
            super(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34), true);
        }

        @Override
        public TemplateModel wrap(Object obj) throws TemplateModelException {
            if (obj instanceof Html html) {
                return HTMLOutputFormat.INSTANCE.fromMarkup(html.value());
            }
            return super.wrap(obj);
        }
    }
}
