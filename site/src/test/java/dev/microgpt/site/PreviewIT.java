package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.microgpt.preview.Preview;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
        copySources();
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
            assertThat(onDisk).doesNotContain("__preview")
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
            // the Python a listing quotes is watched too: an edit of its region shows in the listing
            Path python = root.resolve("tools/reference/ladder.py");
            String reference = Files.readString(python);
            Files.writeString(python, reference.replace("# one name per training step",
                    "# an edit the preview must show"), StandardCharsets.UTF_8);
            reloads(browser).until(d -> d.findElement(By.tagName("main")).getText()
                    .contains("an edit the preview must show"));
            Files.writeString(python, reference, StandardCharsets.UTF_8);

            assertThat(browser.problems()).isEmpty();
            watcher.interrupt();
        }
    }

    @Test
    void itAnswersOnlyGetAndHeadForItsOwnHostAndOutlivesAnyContent() throws Exception {
        copySources();
        Path lesson = root.resolve("content/step-0/01-dataset.md");
        String original = Files.readString(lesson);
        try (Preview preview = new Preview(root, 0)) {
            preview.start();
            int port = preview.port();
            String host = "127.0.0.1:" + port;
            assertThat(request(port, "GET", host)).startsWith("HTTP/1.1 200");
            assertThat(request(port, "GET", "localhost:" + port)).startsWith("HTTP/1.1 200");
            String head = request(port, "HEAD", host);
            assertThat(head).startsWith("HTTP/1.1 200").doesNotContain("<html");
            assertThat(request(port, "POST", host)).startsWith("HTTP/1.1 405").contains("Allow: GET, HEAD");
            assertThat(request(port, "PUT", host)).startsWith("HTTP/1.1 405");
            // a page of another site that resolves its own name to 127.0.0.1 (DNS rebinding) reads nothing
            assertThat(request(port, "GET", "attacker.example:" + port)).startsWith("HTTP/1.1 421");
            assertThat(request(port, "GET", null)).startsWith("HTTP/1.1 4");

            // content that used to crash a rebuild: the preview reports it and keeps serving the last site
            Files.writeString(lesson, original + "\n" + "*".repeat(30_000) + "x" + "*".repeat(30_000) + "\n");
            assertThat(preview.rebuild(List.of(lesson))).isEmpty();
            Files.delete(root.resolve("site/target/rundata/step5.json"));
            assertThat(preview.rebuild(List.of(root.resolve("site/target/rundata/step5.json")))).isEmpty();
            assertThat(request(port, "GET", host)).startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void aTakenPortIsOneLineNamingItAndTheProperty() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Process preview = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Preview.class.getName(), "--root", root.toString(),
                    "--port", String.valueOf(taken.getLocalPort())).start();
            preview.getOutputStream().close();
            String stderr = new String(preview.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(preview.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(preview.exitValue()).isEqualTo(1);
            assertThat(stderr.lines().toList()).containsExactly("preview: port " + taken.getLocalPort()
                    + " is taken (another preview?): stop it, or pick another port with -Dpreview.port=N");
        }
    }

    /** What a preview reads, in a repository of its own: lessons, templates, both listings' sources, the run. */
    private void copySources() throws IOException {
        copy(Path.of(System.getProperty("site.content", "../content")), root.resolve("content"));
        copy(Path.of("../generator/src/main/resources"), root.resolve("generator/src/main/resources"));
        copy(Path.of(System.getProperty("model.sources", "../model/src/main/java")),
                root.resolve("model/src/main/java"));
        copy(Path.of("../tools/reference"), root.resolve("tools/reference"));      // the listings' Python
        copy(Browser.RUNDATA, root.resolve("site/target/rundata"));
        Path formulas = Browser.RUNDATA.resolveSibling("math-cache.bin");            // the build's, if any
        if (Files.isRegularFile(formulas)) {
            Files.copy(formulas, root.resolve("site/target/math-cache.bin"));
        }
    }

    /** One raw HTTP/1.1 request, with a Host header HttpClient would not let us set: the whole response. */
    private static String request(int port, String method, String host) throws IOException {
        try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
            String request = method + " /index.html HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n")
                    + "Connection: close\r\nContent-Length: 0\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A wait that outlasts a busy machine and the moments when the page is being reloaded. */
    static WebDriverWait reloads(Browser browser) {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Browser.PATIENCE);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from, FileVisitOption.FOLLOW_LINKS)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }
}
