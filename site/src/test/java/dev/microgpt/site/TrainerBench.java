package dev.microgpt.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How fast the trainer page trains, measured in headless Chromium from {@code file://} (never run
 * by the suite; CONTRIBUTING.md, "Benchmarks"): each rung's 1,000 steps by training.js alone, all
 * six together, the JavaScript heap, and, for the widget training Step 5 on the page, the longest
 * task (Long Tasks API) and the wall time including drawing. It also leaves screenshots of the
 * widget mid-training at 1280 and 360 px, light and dark, in {@code site/target/trainer-shots/}.
 * Figures go to stdout and {@code site/target/trainer-bench.txt}.
 */
@ExtendWith(SharedChromium.class)
class TrainerBench {
    private static final Path SHOTS = Path.of("target/trainer-shots");
    private static final Duration PATIENCE = Duration.ofSeconds(600);
    private static final List<String> LINES = new ArrayList<>();
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws IOException {
        browser.close();
        Files.write(Path.of("target/trainer-bench.txt"), LINES);
    }

    private static void say(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println(line);
        LINES.add(line);
    }

    @Test
    void everyRungsThousandStepsAndTheHeap() {
        browser.open("beyond/trainer.html");
        double all = 0;
        double heap = 0;
        for (int rung = 0; rung <= 5; rung++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> got = (Map<String, Object>) browser.script(
                    "var fig = document.querySelector('figure[data-widget=trainer]');"
                    + "var data = JSON.parse(fig.querySelector('script.widget-data').textContent);"
                    + "var want = arguments[0];"
                    + "var r = data.rungs.find(function (x) { return x.rung === want; });"
                    + "var start = performance.now();"
                    + "var run = MG.training(Object.assign({}, r.config, {seed: data.seed, steps: data.steps,"
                    + " trainingNames: data.trainingNames, count: data.count, uchars: data.uchars}));"
                    + "var heap = 0;"
                    + "while (!run.done()) { run.step();"
                    + " if (run.stepCount() % 100 === 0) { heap = Math.max(heap, performance.memory.usedJSHeapSize); } }"
                    + "return {ms: performance.now() - start, heap: heap};", rung);
            double ms = ((Number) got.get("ms")).doubleValue();
            all += ms;
            heap = Math.max(heap, ((Number) got.get("heap")).doubleValue());
            say("rung %d: 1,000 steps in %.2f s", rung, ms / 1000);
        }
        say("all six rungs: %.2f s; largest JS heap in use while training: %.1f MB", all / 1000, heap / 1e6);
    }

    @Test
    void theWidgetTrainsStepFiveWithoutLongTasksAndLooksRightMidway() throws IOException {
        Files.createDirectories(SHOTS);
        for (String theme : List.of("light", "dark")) {
            for (int width : new int[] {1280, 360}) {
                browser.cdp("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", width > 400 ? 900 : 800,
                        "deviceScaleFactor", 1, "mobile", width < 400));
                browser.open("beyond/trainer.html");
                browser.script("document.documentElement.setAttribute('data-theme', arguments[0]);", theme);
                browser.script("window.longTasks = []; new PerformanceObserver(function (list) {"
                        + " list.getEntries().forEach(function (e) { window.longTasks.push(e.duration); });"
                        + "}).observe({type: 'longtask'}); window.trainStart = performance.now();");
                WebElement widget = browser.widget("trainer", 0);
                WebElement live = widget.findElement(By.cssSelector(".live"));
                widget.findElement(By.xpath(".//button[normalize-space(.)='Train']")).click();
                new WebDriverWait(browser.driver(), PATIENCE).until(d -> Integer.parseInt(
                        live.getDomAttribute("data-trained")) >= 300);
                browser.script("arguments[0].scrollIntoView({block: 'start'});", widget);
                byte[] png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
                Files.write(SHOTS.resolve("trainer-" + width + "-" + theme + ".png"), png);
                new WebDriverWait(browser.driver(), PATIENCE).until(d -> "1000".equals(live.getDomAttribute("data-trained"))
                        && "false".equals(live.getDomAttribute("data-running")));
                @SuppressWarnings("unchecked")
                Map<String, Object> got = (Map<String, Object>) browser.script(
                        "return {ms: performance.now() - window.trainStart, tasks: window.longTasks};");
                @SuppressWarnings("unchecked")
                List<Number> tasks = (List<Number>) got.get("tasks");
                double longest = tasks.stream().mapToDouble(Number::doubleValue).max().orElse(0);
                say("widget, Step 5 at %d px, %s: 1,000 steps in %.2f s on the page; %d tasks over 50 ms, "
                        + "the longest %.0f ms", width, theme, ((Number) got.get("ms")).doubleValue() / 1000,
                        tasks.size(), longest);
                byte[] end = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
                Files.write(SHOTS.resolve("trainer-" + width + "-" + theme + "-done.png"), end);
            }
        }
        browser.cdp("Emulation.clearDeviceMetricsOverride", Map.of());
    }
}
