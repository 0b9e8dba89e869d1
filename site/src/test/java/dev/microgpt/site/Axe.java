package dev.microgpt.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core, injected into the page open in a {@link Browser}: all rules in the light theme, and
 * the colour rules again in the dark theme. axe comes from its WebJar on Maven Central (4.6.3,
 * the newest version there; npm has newer ones that are not mirrored).
 */
final class Axe {
    /**
     * Every rule, and the one experimental rule Lighthouse runs too. No preloading: axe would
     * fetch each stylesheet again by XHR, which Chromium refuses from file:// (with a console
     * message and a failed request that are axe's, not the page's).
     */
    static final Map<String, Object> ALL = Map.of("resultTypes", List.of("violations"), "preload", false,
            // an experimental rule in this axe, on in Lighthouse: a control's name must contain its visible words
            "rules", Map.of("label-content-name-mismatch", Map.of("enabled", true)));
    /** The rules a theme can break. */
    static final Map<String, Object> COLOUR = Map.of("resultTypes", List.of("violations"), "preload", false,
            "runOnly", List.of("color-contrast", "link-in-text-block", "focus-order-semantics"));
    /** What Chromium says of axe's own canvas (it draws text to compare colours); not the page's doing. */
    static final String OWN_CANVAS = "Canvas2D: Multiple readback operations using getImageData";
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, arguments[0]).then(function (r) {
              done(r.violations.map(function (v) {
                return [v.impact, v.id, v.help, v.nodes.length, v.nodes.slice(0, 3).map(function (n) {
                  var why = n.failureSummary ? ' (' + n.failureSummary.replace(/\\s+/g, ' ') + ')' : '';
                  return n.target.join(' ') + why;
                }).join(' | ')];
              }));
            }, function (e) { done([['critical', 'axe-error', String(e), 0, '']]); });
            """;
    private static final String SOURCE = source();

    private Axe() {
    }

    /** The page's violations in both themes, one line each, the theme it had put back afterwards. */
    static List<String> bothThemes(Browser browser, String page) {
        List<String> failing = new ArrayList<>(run(browser, page + " (light)", ALL));
        Object theme = browser.script("var t = document.documentElement.getAttribute('data-theme');"
                + " document.documentElement.setAttribute('data-theme', 'dark'); return t;");
        failing.addAll(run(browser, page + " (dark)", COLOUR));
        browser.script("if (arguments[0] === null) document.documentElement.removeAttribute('data-theme');"
                + " else document.documentElement.setAttribute('data-theme', arguments[0]);", theme);
        return failing;
    }

    /** Runs axe on the current page; returns its violations, one line each. */
    @SuppressWarnings("unchecked")
    static List<String> run(Browser browser, String label, Map<String, Object> options) {
        if (!Boolean.TRUE.equals(browser.script("return typeof axe === 'object'"))) {
            browser.script(SOURCE + "\n;window.axe = axe;");
        }
        List<List<Object>> violations = (List<List<Object>>) ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(RUN, options);
        List<String> failing = new ArrayList<>();
        for (List<Object> v : violations) {
            failing.add(label + ": " + v.get(1) + " (" + v.get(0) + "): " + v.get(2) + ", " + v.get(3)
                    + " element(s): " + v.get(4));
        }
        return failing;
    }

    /** axe.min.js from the WebJar on the test classpath, whatever its version. */
    private static String source() {
        ClassLoader loader = Axe.class.getClassLoader();
        try (InputStream pom = loader.getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            Properties properties = new Properties();
            properties.load(pom);
            String path = "META-INF/resources/webjars/axe-core/" + properties.getProperty("version") + "/axe.min.js";
            try (InputStream js = loader.getResourceAsStream(path)) {
                return new String(js.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("axe-core's WebJar is not on the test classpath", e);
        }
    }
}
