package dev.microgpt.page;

import dev.microgpt.content.SourceException;
import dev.microgpt.content.SourcePosition;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.core.HTMLOutputFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The one way the generator configures FreeMarker, for page layouts and widget figures alike:
 * {@code .ftlh} templates escape everything they print, except an {@link Html} value, which is
 * printed as markup; numbers print as written ("computer" format), in no locale and no time zone.
 */
public final class Templates {
    private Templates() {
    }

    /** A configuration reading templates from the classpath under {@code /templates}, or from a folder. */
    public static Configuration configuration(Path templatesDir) {
        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_34);
        if (templatesDir == null) {
            freemarker.setClassForTemplateLoading(Templates.class, "/templates");
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
        return freemarker;
    }

    /**
     * Renders one template with one variable; a template mistake becomes a {@code file:line}
     * problem naming the template's source under {@code generator/src/main/resources/templates/}.
     */
    public static String process(Configuration freemarker, String name, String variable, Object value) {
        return process(freemarker, name, Map.of(variable, value));
    }

    /** Renders one template with the variables of a model, as {@link #process(Configuration, String, String, Object)}. */
    public static String process(Configuration freemarker, String name, Map<String, ?> model) {
        try {
            Template template = freemarker.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (TemplateException e) {
            String file = "generator/src/main/resources/templates/"
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
