package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Every page of the finished site passes the Nu Html Checker (vnu, the W3C's checker, run
 * in-process from its Maven Central jar) with zero errors. A failure lists each error as
 * {@code file:line:column: message}; warnings are printed, not failed on. Pages are checked as
 * if served from an https origin, so the checker evaluates our Content-Security-Policy as a host
 * would ({@code 'self'} means nothing to it on a {@code file:} URL). vnu's CSS checker is not used:
 * it predates container queries and {@code paint-order}, which our stylesheet relies on.
 */
class HtmlValidityIT {
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";   // resolved from the jar
    private static final String ORIGIN = "https://microgpt.invalid/";                    // never contacted

    /**
     * What vnu says of every {@code <script type="application/json">}: it reads the data block as
     * an inline script the policy would block. A data block is never run, and SecurityIT fails on
     * any {@code <script>} without {@code src} that is not one, so these warnings are counted, not shown.
     */
    private static final String DATA_BLOCK = "Inline script violates Content Security Policy";

    private static Messages messages;
    private static SimpleDocumentValidator checker;

    @BeforeAll
    static void startTheChecker() throws Exception {
        messages = new Messages();
        checker = new SimpleDocumentValidator(true, false, false);       // no language detection: it guesses
        checker.setUpMainSchema(HTML_SCHEMA, messages);
        checker.setUpValidatorAndParsers(messages, false, false);
    }

    @Test
    void everyPageHasZeroErrors() throws Exception {
        List<String> pages = SiteFiles.pages();
        messages.clear();
        for (String page : pages) {
            messages.file = "site/target/www/" + page;
            try (InputStream in = Files.newInputStream(Browser.WWW.resolve(page))) {
                InputSource source = new InputSource(in);
                source.setSystemId(ORIGIN + page);
                checker.checkHtmlInputSource(source);
            }
        }
        List<String> dataBlocks = messages.warnings.stream().filter(w -> w.contains(DATA_BLOCK)).toList();
        messages.warnings.stream().filter(w -> !w.contains(DATA_BLOCK)).forEach(w -> System.out.println("vnu warning: " + w));
        if (!dataBlocks.isEmpty()) {
            System.out.println("vnu: " + dataBlocks.size() + " warnings \"" + DATA_BLOCK + "\" not shown: they are the "
                    + "JSON data blocks, which never run (SecurityIT proves every <script> without src is one)");
        }
        assertThat(messages.errors).as("Nu Html Checker errors in %d pages", pages.size()).isEmpty();
    }

    @Test
    void theCheckerFindsErrorsWhenThereAreSome() throws Exception {
        File broken = File.createTempFile("broken", ".html");
        broken.deleteOnExit();
        java.nio.file.Files.writeString(broken.toPath(), "<!DOCTYPE html><html lang=en><title>t</title>"
                + "<p id=a>one<p id=a>two<div><span></div>");
        messages.clear();
        messages.file = broken.getName();
        checker.checkHtmlFile(broken, true);
        assertThat(messages.errors).anyMatch(e -> e.contains("Duplicate ID")).anyMatch(e -> e.contains(":1:"));
    }

    /** Collects the checker's messages as {@code file:line:column: message}. */
    private static final class Messages implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        String file = "";

        void clear() {
            errors.clear();
            warnings.clear();
        }

        private String format(SAXParseException e) {
            return String.format(Locale.ROOT, "%s:%d:%d: %s", file, e.getLineNumber(), e.getColumnNumber(),
                    e.getMessage());
        }

        @Override
        public void warning(SAXParseException e) {
            warnings.add(format(e));
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(format(e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(format(e) + " (fatal)");
        }
    }
}
