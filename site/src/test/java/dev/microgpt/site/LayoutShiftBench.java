package dev.microgpt.site;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.JavascriptExecutor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * No layout shift from fonts: the cumulative layout shift (CLS) of a few pages with formulas,
 * measured in Chromium with a {@code PerformanceObserver} of {@code layout-shift} entries, stays
 * under {@value #BUDGET}. From {@code file://} every file arrives at once, which hides the problem
 * Lighthouse found (KaTeX's fonts landing after the first paint, 0.08 on every page), so the site
 * is served over HTTP with {@value #LATENCY_MS} ms before each response, roughly a mobile link's
 * round trip: a font found only once the stylesheet is parsed arrives a round trip after the
 * text was painted, a preloaded one with the stylesheet.
 *
 * <p>A benchmark, not a test: when a font or a script arrives relative to a paint is a matter of
 * timing, and on a busy machine the same page measured 0.013 one run and 0.080 another. It prints
 * each page's CLS against the budget; run it on a quiet machine (CONTRIBUTING.md, Benchmarks).
 */
class LayoutShiftBench {
    static final double BUDGET = 0.02;
    static final int LATENCY_MS = 300;

    private static HttpServer server;
    private static Browser browser;

    @BeforeAll
    static void serve() throws IOException {
        Path www = Browser.WWW.toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            try (exchange) {
                Path file = www.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
                Thread.sleep(LATENCY_MS);
                if (!file.startsWith(www) || !Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                byte[] bytes = Files.readAllBytes(file);
                exchange.getResponseHeaders().set("Content-Type", type(file.toString()));
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
        browser = Browser.start();
        browser.cdp("Network.enable", Map.of());
        browser.cdp("Network.setCacheDisabled", Map.of("cacheDisabled", true));   // every visit a first visit
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    /** Each page on Lighthouse's mobile screen (a Moto G Power, where shifts weigh more) and the browser's 1280 px. */
    @ParameterizedTest(name = "{1} on {0}")
    @CsvSource({"mobile, index.html", "mobile, step/0/6.html", "mobile, step/3/5.html", "mobile, glossary.html",
        "desktop, index.html", "desktop, step/0/6.html", "desktop, step/3/5.html", "desktop, glossary.html"})
    void nothingShiftsAfterTheFirstPaint(String screen, String page) {
        if (screen.equals("mobile")) {
            browser.cdp("Emulation.setDeviceMetricsOverride", Map.of("width", 412, "height", 823,
                    "deviceScaleFactor", 1.75, "mobile", true));
        } else {
            browser.cdp("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        browser.driver().get("http://127.0.0.1:" + server.getAddress().getPort() + "/" + page);
        browser.waitForWidgets();
        Object cls = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "let cls = 0;"
                        + "new PerformanceObserver(list => { for (const e of list.getEntries()) {"
                        + "  if (!e.hadRecentInput) { cls += e.value; console.info('shift ' + e.value.toFixed(4) + ' at '"
                        + "    + Math.round(e.startTime) + ' ms: ' + e.sources.map(s => (s.node && s.node.nodeName) + '.'"
                        + "    + (s.node && s.node.className) + ' ' + JSON.stringify(s.previousRect) + ' → '"
                        + "    + JSON.stringify(s.currentRect)).join('; ')); } } })"
                        + ".observe({type: 'layout-shift', buffered: true});"
                        + "document.fonts.ready.then(() => setTimeout(() => done(cls), 1000));");
        double shift = ((Number) cls).doubleValue();
        System.out.printf(Locale.ROOT, "LayoutShiftBench: %s on %s: CLS %.4f (budget %.2f: %s)%n", page, screen,
                shift, BUDGET, shift < BUDGET ? "within" : "OVER");
        List<String> problems = browser.problems();   // the shifts, if any, are logged at info level
        if (!problems.isEmpty()) {
            System.out.println("LayoutShiftBench: console of " + page + ": " + problems);
        }
    }

    private static String type(String file) {
        if (file.endsWith(".html")) {
            return "text/html; charset=utf-8";
        } else if (file.endsWith(".css")) {
            return "text/css";
        } else if (file.endsWith(".js")) {
            return "text/javascript";
        } else if (file.endsWith(".woff2")) {
            return "font/woff2";
        } else if (file.endsWith(".svg")) {
            return "image/svg+xml";
        }
        return "application/octet-stream";
    }

    static {
        if (!Files.isDirectory(Browser.WWW)) {
            throw new UncheckedIOException(new IOException("no site in " + Browser.WWW + ": build it first"));
        }
    }
}
