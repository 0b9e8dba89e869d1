package dev.microgpt.widget;

import dev.microgpt.page.Templates;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a widget's static figure from its template, {@code templates/widgets/NAME.ftlh}, fed
 * by the record its Java class computes (the template sees it as {@code figure}). The shared
 * pieces are macros, imported into every figure: {@code m} ({@code macros.ftlh}: names, token
 * chips), {@code charts} (axes, series), {@code heat} (heatmap cells, legends), {@code attn}
 * (attention triangles), all in {@code templates/widgets/}.
 *
 * <p>Templates are written one element per line, indented, for reading; a figure is one line of
 * HTML, so every line break is dropped together with the indentation that follows it. Where
 * two lines must be separated by a space, write it as {@code ${" "}}.
 */
final class Figures {
    private static final String DIR = "widgets/";
    private static final Configuration FREEMARKER = configuration();   // built once per build

    private Figures() {
    }

    /** The figure of a widget, from {@code templates/widgets/NAME.ftlh}. */
    static String render(String template, Object figure) {
        return Templates.process(FREEMARKER, DIR + template + ".ftlh", "figure", figure);
    }

    private static Configuration configuration() {
        Configuration freemarker = Templates.configuration(null);
        freemarker.setTemplateLoader(new JoinedLines(new ClassTemplateLoader(Figures.class, "/templates")));
        freemarker.addAutoImport("m", DIR + "macros.ftlh");           // names, token chips …
        freemarker.addAutoImport("charts", DIR + "charts.ftlh");      // axes, gridlines, series
        freemarker.addAutoImport("heat", DIR + "heat.ftlh");          // heatmap cells, legends
        freemarker.addAutoImport("attn", DIR + "attention.ftlh");     // attention triangles
        return freemarker;
    }

    /** Reads each template with its line breaks, and the indentation after each, removed. */
    private static final class JoinedLines implements TemplateLoader {
        private static final Pattern COMMENT = Pattern.compile("<#--.*?-->", Pattern.DOTALL);
        private static final Pattern BREAK = Pattern.compile("\\R[ \\t]*");
        private final TemplateLoader source;

        JoinedLines(TemplateLoader source) {
            this.source = source;
        }

        @Override
        public Object findTemplateSource(String name) throws IOException {
            return source.findTemplateSource(name);
        }

        @Override
        public long getLastModified(Object template) {
            return source.getLastModified(template);
        }

        @Override
        public Reader getReader(Object template, String encoding) throws IOException {
            try (Reader reader = source.getReader(template, encoding)) {
                StringWriter text = new StringWriter();
                reader.transferTo(text);
                return new StringReader(joined(text.toString()));
            }
        }

        /**
         * Each line break outside a comment, with the indentation after it, becomes an empty FTL
         * comment that holds the break: nothing is printed, and errors keep their line numbers.
         */
        static String joined(String template) {
            StringBuilder out = new StringBuilder(template.length() * 2);
            Matcher comment = COMMENT.matcher(template);
            int at = 0;
            while (comment.find()) {
                out.append(BREAK.matcher(template.substring(at, comment.start())).replaceAll("<#--\n-->"));
                out.append(comment.group());
                at = comment.end();
            }
            return out.append(BREAK.matcher(template.substring(at)).replaceAll("<#--\n-->")).toString();
        }

        @Override
        public void closeTemplateSource(Object template) throws IOException {
            source.closeTemplateSource(template);
        }
    }
}
