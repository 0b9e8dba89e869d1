package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.microgpt.preview.Preview;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A benchmark, not a test (see CONTRIBUTING.md, "Benchmarks"): how long a lesson edit takes to
 * show in a page open in the preview, from saving the file to the new sentence on screen (the
 * watcher, the rebuild, the reload). The target is under a second; this prints each edit's time.
 */
@ExtendWith(SharedChromium.class)
class PreviewBench {
    private static final int EDITS = Integer.getInteger("bench.runs", 8);

    @TempDir
    Path root;

    @Test
    void measureEditToScreen() throws Exception {
        PreviewIT.copy(Path.of(System.getProperty("site.content", "../content")), root.resolve("content"));
        PreviewIT.copy(Path.of("../generator/src/main/resources"), root.resolve("generator/src/main/resources"));
        PreviewIT.copy(Path.of(System.getProperty("model.sources", "../model/src/main/java")),
                root.resolve("model/src/main/java"));
        PreviewIT.copy(Browser.RUNDATA, root.resolve("site/target/rundata"));
        Path lesson = root.resolve("content/step-0/06-loss.md");
        String original = Files.readString(lesson);
        List<Long> millis = new ArrayList<>();
        try (Preview preview = new Preview(root, 0); Browser browser = Browser.start()) {
            preview.start();
            Thread watcher = new Thread(() -> {
                try {
                    preview.watch();
                } catch (IOException | InterruptedException e) {
                    // the benchmark is over
                }
            });
            watcher.setDaemon(true);
            watcher.start();
            browser.driver().get("http://127.0.0.1:" + preview.port() + "/step/0/6.html");
            Thread.sleep(1000);
            for (int i = 0; i < EDITS; i++) {
                String marker = "Edit number " + i + " is on screen.";
                long start = System.nanoTime();
                Files.writeString(lesson, original.replaceFirst("\n\n", "\n\n" + marker + "\n\n"),
                        StandardCharsets.UTF_8);
                new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(10))
                        .until(d -> {
                    try {
                        return Boolean.TRUE.equals(browser.script("return document.readyState !== 'loading' && "
                                + "document.querySelector('main').textContent.includes(arguments[0])", marker));
                    } catch (org.openqa.selenium.WebDriverException e) {
                        return false;                                // the page is reloading
                    }
                });
                millis.add((System.nanoTime() - start) / 1_000_000);
                Thread.sleep(500);
            }
            watcher.interrupt();
        }
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.println("preview: edit to screen, ms: " + millis + " · median " + sorted.get(sorted.size() / 2)
                + " · max " + sorted.get(sorted.size() - 1));
        assertThat(millis).hasSize(EDITS);
    }
}
