package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * No page can run code it was not built with. Every page carries a Content-Security-Policy that
 * allows scripts from the site only ({@code script-src 'self'}), and no page has an inline script
 * or an inline event handler to need more: scripts are files, and {@code <script>} elements
 * without {@code src} are JSON data blocks. Content is escaped, not merely blocked: a site built
 * from a lesson full of {@code </script>}, {@code <img onerror>} and quotes, in its prose, front
 * matter, widget arguments and run data, renders inert even with the policy switched off.
 */
@ExtendWith(SharedChromium.class)
class SecurityIT {
    private static final JsonMapper JSON = new JsonMapper();
    /** What the hostile lesson's scripts would set the title to, had any of them run. */
    private static final String PWNED = "pwned";
    /** Put into the run data the hostile site is built from. */
    private static final String HOSTILE_SAMPLE = "</script><img src=x onerror=\"document.title='pwned-run'\">'\"";

    @TempDir
    Path temp;

    @Test
    void everyPageHasAStrictContentSecurityPolicy() {
        Map<String, String> problems = new LinkedHashMap<>();
        for (String page : SiteFiles.pages()) {
            String problem = policyProblem(SiteFiles.parse(page));
            if (problem != null) {
                problems.put(page, problem);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noPageHasAnInlineScriptAnEventHandlerOrAScriptUrl() {
        List<String> found = new ArrayList<>();
        for (String page : SiteFiles.pages()) {
            found.addAll(inlineCode(page, SiteFiles.parse(page)));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theChecksNoticeWhatTheyLookFor() {
        Document bad = Jsoup.parse("<html><head><meta http-equiv=Content-Security-Policy content=\"default-src 'none';"
                + " script-src 'self' 'unsafe-inline'\"></head><body><script>alert(1)</script>"
                + "<script type=application/json>{\"a\": \"</b>\"}</script><svg><circle onclick=\"x()\"/></svg>"
                + "<a href=\" javascript:x()\">x</a><iframe src=a.html></iframe></body></html>");
        assertThat(policyProblem(bad)).contains("'unsafe-inline'");
        assertThat(inlineCode("bad.html", bad)).hasSize(5);
    }

    @Test
    void hostileContentRendersInertEvenWithThePolicySwitchedOff() throws IOException {
        Path www = buildHostileSite();
        Document lesson = Jsoup.parse(Files.readString(www.resolve("step/0/1.html")));
        assertThat(inlineCode("step/0/1.html", lesson)).isEmpty();
        assertThat(inlineCode("index.html", Jsoup.parse(Files.readString(www.resolve("index.html"))))).isEmpty();

        try (Browser browser = Browser.start()) {
            browser.cdp("Page.setBypassCSP", Map.of("enabled", true));
            for (String page : List.of("index.html", "step/0/1.html", "print.html")) {
                browser.visit(www.resolve(page));
                browser.waitForWidgets();
                String title = browser.driver().getTitle();
                assertThat(title).as(page).doesNotStartWith(PWNED).endsWith("Home of a hostile site");  // its home's title
                assertThat((Boolean) browser.script("return [].some.call(document.querySelectorAll('*'),"
                        + " e => [].some.call(e.attributes, a => /^on/i.test(a.name)))")).as(page).isFalse();
                assertThat((Long) browser.script("return document.querySelectorAll('article img, article svg "
                        + "circle, a[href^=\"javascript\" i]').length")).as(page).isZero();
            }
            browser.visit(www.resolve("step/0/1.html"));
            browser.waitForWidgets();
            assertThat(browser.driver().getTitle()).startsWith("Quotes \" ' and </script><script>");
            String text = browser.driver().findElement(By.tagName("article")).getText();
            assertThat(text).contains("Prose with </script><script>document.title='pwned-prose'</script>",
                    "<img src=x onerror=\"document.title='pwned-img'\">", "\"double\" and 'single' quotes",
                    "A sample from the run data: " + HOSTILE_SAMPLE);
            String data = (String) browser.script("return JSON.parse(document.querySelector("
                    + "'figure.widget script[type=\"application/json\"]').textContent).text");
            assertThat(data).isEqualTo("</script><script>document.title='pwned-data'</script>"
                    + "<img src=x onerror=\"document.title='pwned-data2'\">");
            assertThat(browser.widget("tokenizer", 0).getAttribute("data-ready")).isEqualTo("true");
            assertThat(browser.driver().getTitle()).doesNotStartWith(PWNED);
        }
    }

    /** What is wrong with a page's Content-Security-Policy, or null. */
    static String policyProblem(Document doc) {
        List<Element> metas = doc.select("meta[http-equiv=Content-Security-Policy]");
        if (metas.size() != 1) {
            return metas.size() + " Content-Security-Policy meta tags, not 1";
        }
        if (metas.get(0).parent() != doc.head() || doc.head().child(0) != metas.get(0)
                && doc.head().child(1) != metas.get(0) && doc.head().child(2) != metas.get(0)) {
            return "the policy must come first in <head>, before anything it governs";
        }
        Map<String, List<String>> policy = new LinkedHashMap<>();
        for (String directive : metas.get(0).attr("content").split(";")) {
            String[] words = directive.trim().split("\\s+");
            if (!words[0].isEmpty()) {
                policy.put(words[0].toLowerCase(Locale.ROOT), List.of(words).subList(1, words.length));
            }
        }
        if (!List.of("'self'").equals(policy.get("script-src"))) {
            return "script-src must be exactly 'self', was " + policy.get("script-src");
        }
        if (!List.of("'none'").equals(policy.get("default-src"))) {
            return "default-src must be 'none' (everything not allowed by name is refused), was "
                    + policy.get("default-src");
        }
        for (String directive : List.of("base-uri", "form-action")) {
            if (!List.of("'none'").equals(policy.get(directive))) {
                return directive + " must be 'none', was " + policy.get(directive);
            }
        }
        return null;
    }

    /** Inline scripts, event handlers, script URLs and frames in a page, one line each. */
    static List<String> inlineCode(String page, Document doc) {
        List<String> found = new ArrayList<>();
        for (Element script : doc.select("script")) {
            if (script.hasAttr("src")) {
                if (!script.data().isBlank()) {
                    found.add(page + ": a <script src> with inline code as well");
                }
            } else if (!script.attr("type").equals("application/json")) {
                found.add(page + ": inline <script>" + abbreviate(script.data()));
            } else if (script.data().contains("</") || script.data().contains("<!--")) {
                found.add(page + ": a JSON data block with unescaped markup (write < as \\u003c)");
            } else {
                try {
                    JSON.readTree(script.data());
                } catch (IOException e) {
                    found.add(page + ": a data block that is not JSON: " + abbreviate(script.data()));
                }
            }
        }
        for (Element element : doc.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\u0000]", "");
                if (name.startsWith("on")) {
                    found.add(page + ": <" + element.normalName() + " " + name + "> event handler");
                } else if ((name.endsWith("href") || name.equals("src") || name.equals("action")
                        || name.equals("formaction") || name.equals("data")) && value.startsWith("javascript:")) {
                    found.add(page + ": <" + element.normalName() + " " + name + "=\"" + attribute.getValue() + "\">");
                }
            }
        }
        for (Element frame : doc.select("iframe, frame, object, embed, base")) {
            found.add(page + ": <" + frame.normalName() + ">");
        }
        return found;
    }

    private static String abbreviate(String code) {
        String oneLine = code.strip().replaceAll("\\s+", " ");
        return oneLine.length() > 60 ? oneLine.substring(0, 60) + "…" : oneLine;
    }

    /** Builds the hostile site from src/test/resources/hostile and the run data with a hostile sample in it. */
    private Path buildHostileSite() throws IOException {
        Path content = temp.resolve("content");
        Path source = Path.of("src/test/resources/hostile/content");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = content.resolve(source.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        Path rundata = temp.resolve("rundata");
        Files.createDirectories(rundata);
        try (Stream<Path> files = Files.list(Browser.RUNDATA)) {
            for (Path file : files.toList()) {
                Files.copy(file, rundata.resolve(file.getFileName()));
            }
        }
        ObjectNode step0 = (ObjectNode) JSON.readTree(rundata.resolve("step0.json").toFile());
        ((ArrayNode) step0.get("samples")).set(0, HOSTILE_SAMPLE);
        JSON.writeValue(rundata.resolve("step0.json").toFile(), step0);
        Path www = temp.resolve("www");
        new SiteBuilder(content, rundata, Path.of(System.getProperty("model.sources", "../model/src/main/java")), www)
                .build();
        JsonNode written = JSON.readTree(rundata.resolve("step0.json").toFile());
        assertThat(written.get("samples").get(0).asText()).isEqualTo(HOSTILE_SAMPLE);
        return www;
    }
}
