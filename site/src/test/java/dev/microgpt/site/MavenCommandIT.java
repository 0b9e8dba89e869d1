package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build as a maintainer types it, {@code mvn -o -q -pl site -am …}, on a copy of the lessons
 * with a broken one ({@code -Dsite.content}, the site written aside with {@code -Dsite.www}):
 * Maven fails, and what it prints holds our {@code file:line: message} line and no frame of our
 * code. The mistake is in a front matter, so the build stops at its first step, the check, in
 * seconds; it goes no further than {@code prepare-package} in any case, so the jars the running
 * tests use are never rewritten (and the run data is reused, so nothing would train).
 */
class MavenCommandIT {
    @TempDir
    Path temp;

    @Test
    void aBrokenLessonEndsTheMavenBuildWithItsFileLineAndNoStackTraceOfOurs() throws Exception {
        Path content = temp.resolve("content");
        PreviewIT.copy(Path.of(System.getProperty("site.content", "../content")), content);
        Path lesson = content.resolve("step-0/01-dataset.md");
        Files.writeString(lesson, Files.readString(lesson).replaceFirst("\ntitle:", "\ntitel:"),
                StandardCharsets.UTF_8);
        Path root = Path.of(System.getProperty("microgpt.root", ".."));
        Path www = temp.resolve("www");

        Process maven = new ProcessBuilder("mvn", "-o", "-q", "-pl", "site", "-am", "prepare-package", "-DskipTests",
                "-Dmicrogpt.names=" + System.getProperty("microgpt.names", ""), "-Dsite.content=" + content,
                "-Dsite.www=" + www, "-Dsite.zip=" + temp.resolve("site.zip"),
                "-Dsite.report=" + temp.resolve("report.txt"))
                .directory(root.toFile()).redirectErrorStream(true).start();
        maven.getOutputStream().close();
        String output = new String(maven.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(maven.waitFor(600, TimeUnit.SECONDS)).as("Maven finished").isTrue();

        assertThat(maven.exitValue()).as(output).isNotZero();
        // the stage's lines are the message of Maven's closing error block (StageMojo), so they come
        // after Maven's "[ERROR] " and among the last lines of the output
        // (Maven colours its output when it runs under another Maven: the escapes go first)
        List<String> lines = output.lines().map(l -> l.replaceAll("\u001B\\[[0-9;]*m", "")
                .replaceFirst("^\\[ERROR\\] ", "")).toList();
        assertThat(lines.subList(Math.max(0, lines.size() - 16), lines.size())).as(output)
                .contains("content/step-0/01-dataset.md:2: front matter: unknown key 'titel'; "
                        + "known keys: blocks, defines, summary, title, uses");
        assertThat(lines).as(output).noneMatch(l -> l.matches("\\s*at dev\\.microgpt\\..*"))
                .noneMatch(l -> l.contains("Exception in thread"));
        assertThat(www).doesNotExist();
    }
}
