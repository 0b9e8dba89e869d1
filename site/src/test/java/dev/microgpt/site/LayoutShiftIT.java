package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.microgpt.preview.Preview;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Nothing moves once a page is drawn: the cumulative layout shift (CLS) of pages with formulas
 * and widgets, measured by Chromium ({@code layout-shift} entries), stays under {@value #BUDGET},
 * Lighthouse's "good" being 0.1.
 *
 * <p>The site is served over HTTP in the worst order a slow link gives, on purpose, so that the
 * result does not depend on how busy the machine is: the page and its stylesheets at once, the
 * deferred scripts {@value #SCRIPT_DELAY_MS} ms late (every widget and the header's search and
 * theme controls appear after the first paint) and the fonts {@value #FONT_DELAY_MS} ms late
 * (KaTeX's fonts land after the text was drawn). What would shift then is what the build must
 * prevent: the header keeps room for its controls while the scripts load ({@code .scripted} in
 * style.css), KaTeX's fonts are drawn with {@code font-display: optional} (Assets), and a
 * widget's static figure takes the room of the live one.
 */
@ExtendWith(SharedChromium.class)
class LayoutShiftIT {
    static final double BUDGET = 0.02;
    static final int SCRIPT_DELAY_MS = 800;
    static final int FONT_DELAY_MS = 1200;

    private static HttpServer server;
    private static ExecutorService threads;

    @BeforeAll
    static void serve() throws IOException {
        Path www = Browser.WWW.toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        threads = Executors.newFixedThreadPool(16);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            try (exchange) {
                Path file = www.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
                String name = file.getFileName().toString();
                Thread.sleep(name.endsWith(".js") && !name.equals("theme.js") ? SCRIPT_DELAY_MS
                        : name.endsWith(".woff2") ? FONT_DELAY_MS : 0);
                if (!file.startsWith(www) || !Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                byte[] bytes = Files.readAllBytes(file);
                exchange.getResponseHeaders().set("Content-Type", Preview.contentType(name));
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
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        threads.shutdownNow();
    }

    /** On a phone (Lighthouse's mobile screen, where the header wraps and a shift weighs more) and at 1280 px. */
    @ParameterizedTest(name = "{1} on {0}")
    @CsvSource({"phone, index.html", "phone, step/3/5.html", "desktop, step/0/6.html"})
    void nothingShiftsAfterTheFirstPaint(String screen, String page) {
        try (Browser browser = Browser.start()) {
            browser.cdp("Network.setCacheDisabled", Map.of("cacheDisabled", true));   // every visit a first visit
            if (screen.equals("phone")) {
                browser.cdp("Emulation.setDeviceMetricsOverride", Map.of("width", 412, "height", 823,
                        "deviceScaleFactor", 1.75, "mobile", true));
            }
            try {
                browser.driver().get("http://127.0.0.1:" + server.getAddress().getPort() + "/" + page);
                browser.waitForWidgets();
                @SuppressWarnings("unchecked")
                List<Object> measured = (List<Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        let total = 0;
                        const shifts = [];
                        new PerformanceObserver(list => {
                          for (const entry of list.getEntries()) {
                            if (entry.hadRecentInput) continue;
                            total += entry.value;
                            shifts.push(entry.value.toFixed(4) + ' at ' + Math.round(entry.startTime) + ' ms: '
                              + entry.sources.map(s => (s.node && s.node.nodeName) + '.'
                                + (s.node && s.node.className)).join(', '));
                          }
                        }).observe({type: 'layout-shift', buffered: true});
                        // after the late fonts would have landed, so a swap would be counted
                        setTimeout(() => done([total, shifts.join('; ')]), %d);
                        """.formatted(FONT_DELAY_MS + 500));
                assertThat(((Number) measured.get(0)).doubleValue()).as("CLS of %s on a %s: %s", page, screen,
                        measured.get(1)).isLessThan(BUDGET);
            } finally {
                browser.cdp("Emulation.clearDeviceMetricsOverride", Map.of());
                browser.cdp("Network.setCacheDisabled", Map.of("cacheDisabled", false));
            }
        }
    }
}
