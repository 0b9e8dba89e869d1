package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.microgpt.preview.Preview;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The maintainers' preview, on a copy of the repository's sources: it serves the site on
 * 127.0.0.1, an edited lesson shows up in the open page by itself, a broken lesson shows its
 * {@code file:line} message over the last good page, and only the served pages carry the reload
 * script and the opened policy; the files on disk are exactly what the build writes.
 */
@ExtendWith(SharedChromium.class)
class PreviewIT {
    @TempDir
    Path root;

    @Test
    void anEditShowsUpInTheOpenPageAndABrokenLessonSaysWhere() throws Exception {
        copy(Path.of(System.getProperty("site.content", "../content")), root.resolve("content"));
        copy(Path.of("../generator/src/main/resources"), root.resolve("generator/src/main/resources"));
        copy(Path.of(System.getProperty("model.sources", "../model/src/main/java")),
                root.resolve("model/src/main/java"));
        copy(Path.of("../tools/reference"), root.resolve("tools/reference"));      // the listings' Python
        copy(Browser.RUNDATA, root.resolve("site/target/rundata"));
        Path lesson = root.resolve("content/step-0/01-dataset.md");
        String original = Files.readString(lesson);

        try (Preview preview = new Preview(root, 0); Browser browser = Browser.start()) {
            preview.start();
            Thread watcher = new Thread(() -> {
                try {
                    preview.watch();
                } catch (IOException | InterruptedException e) {
                    // the test is over
                }
            }, "preview-watch");
            watcher.setDaemon(true);
            watcher.start();
            String url = "http://127.0.0.1:" + preview.port() + "/step/0/1.html";

            HttpResponse<String> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .build(), HttpResponse.BodyHandlers.ofString());
            String onDisk = Files.readString(root.resolve("site/target/www/step/0/1.html"));
            assertThat(served.body()).contains("<script src=\"/__preview/client.js\" defer></script>",
                    "script-src 'self'; connect-src 'self';");
            assertThat(onDisk).doesNotContain("__preview", "connect-src")
                    .isEqualTo(Files.readString(Browser.WWW.resolve("step/0/1.html")));

            browser.driver().get(url);
            new WebDriverWait(browser.driver(), Browser.PATIENCE).until(d -> Boolean.TRUE.equals(
                    browser.script("return document.readyState === 'complete'")));
            // the page's event stream must be connected before the edit, or the page never hears of it:
            // wait for the server's answer to it (the performance log lists every response)
            new WebDriverWait(browser.driver(), Browser.PATIENCE).until(d -> d.manage().logs()
                    .get(org.openqa.selenium.logging.LogType.PERFORMANCE).getAll().stream()
                    .anyMatch(e -> e.getMessage().contains("Network.responseReceived")
                            && e.getMessage().contains("/__preview/events")));
            Files.writeString(lesson, original.replaceFirst("\n\n", "\n\nA sentence the preview must show.\n\n"),
                    StandardCharsets.UTF_8);
            reloads(browser).until(d -> d.findElement(By.tagName("main"))
                    .getText().contains("A sentence the preview must show."));

            Files.writeString(lesson, original + "\nBroken: {{ step0.nothing }}\n", StandardCharsets.UTF_8);
            reloads(browser).until(d -> !d.findElements(
                    By.cssSelector("pre[role=alert]")).isEmpty());
            assertThat(browser.driver().findElement(By.cssSelector("pre[role=alert]")).getText())
                    .contains("content/step-0/01-dataset.md:", "unknown binding path step0.nothing");
            assertThat(browser.driver().findElement(By.tagName("main")).getText())
                    .contains("A sentence the preview must show.");

            Files.writeString(lesson, original, StandardCharsets.UTF_8);
            reloads(browser).until(d -> d.findElements(
                    By.cssSelector("pre[role=alert]")).isEmpty() && !d.findElement(By.tagName("main")).getText()
                    .contains("A sentence the preview must show."));
            assertThat(browser.problems()).isEmpty();
            watcher.interrupt();
        }
    }

    /** A wait that outlasts a busy machine and the moments when the page is being reloaded. */
    static WebDriverWait reloads(Browser browser) {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Browser.PATIENCE);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }
}
