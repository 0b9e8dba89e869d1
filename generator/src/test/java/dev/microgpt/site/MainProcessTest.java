package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real command, {@link Main}, run as its own process the way the build runs it: a broken
 * lesson makes it exit with 1 and print exactly its {@code file:line: message} lines and one
 * closing line on stderr, no stack trace, and the site it built before is left byte for byte.
 */
class MainProcessTest {
    @TempDir
    Path temp;

    @Test
    void aBrokenLessonExitsWithOneAndTheFileLineMessagesOnly() throws Exception {
        Path fixture = SiteBuilderTest.copyFixture(temp.resolve("fixture"));
        Path www = temp.resolve("www");
        Result first = main(fixture, www);
        assertThat(first.exit()).as(first.stderr()).isZero();
        assertThat(first.stdout()).contains("site: 3 pages", "report: ");
        Map<String, byte[]> before = snapshot(www);

        Files.writeString(fixture.resolve("content/syllabus.txt"), "home\n0\n0.1\n0.2\n");
        Files.writeString(fixture.resolve("content/step-0/02-broken.md"), """
                ---
                title: Broken
                ---

                One {{ step0.nothing }} and [a lost link](lesson:0.9).

                $$
                \\frac{1}{
                $$
                """, StandardCharsets.UTF_8);
        Result failed = main(fixture, www);

        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.stderr().lines().toList()).containsExactly(
                "content/step-0/02-broken.md:5: link to unknown lesson '0.9'; ids look like 0.6, 0 (a step), home or "
                        + "glossary",
                "content/step-0/02-broken.md:5:5: unknown binding path step0.nothing: step0 has no 'nothing'; known: "
                        + "rung, title, parameters, hyperparameters, architecture, training, snapshots, examples, "
                        + "samples",
                "content/step-0/02-broken.md:9:1: bad TeX in \\frac{1}{: Unexpected end of input in a macro argument, "
                        + "expected '}'",
                "site: build failed; the previous site is untouched");
        assertThat(failed.stdout()).doesNotContain("report:");
        assertThat(snapshot(www)).usingRecursiveComparison().isEqualTo(before);
        try (Stream<Path> left = Files.list(temp)) {
            // the published version, the link to it, the build lock: no staging folder left behind
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("fixture", "www",
                    "www.site-1", "build.lock");
        }
        assertThat(Files.isSymbolicLink(www)).isTrue();
    }

    @Test
    void theCheckBeforeTrainingReportsFrontMatterAndSyllabusWithoutRunData() throws Exception {
        Path fixture = SiteBuilderTest.copyFixture(temp.resolve("fixture"));
        Path content = fixture.resolve("content");
        Result clean = run(fixture, "--check", content.toString());
        assertThat(clean.exit()).as(clean.stderr()).isZero();
        assertThat(clean.stdout()).startsWith("site: content checked, 3 pages");

        Files.writeString(content.resolve("step-0/02-broken.md"), """
                ---
                title: Broken
                colour: red
                ---

                Text.
                """, StandardCharsets.UTF_8);
        Result failed = run(fixture, "--check", content.toString());
        assertThat(failed.exit()).isEqualTo(1);
        // the front matter's problem first; the file's other one (not in the syllabus) only counted after it
        assertThat(failed.stderr().lines().toList()).containsExactly(
                "content/step-0/02-broken.md:3: front matter: unknown key 'colour'; known keys: blocks, defines, summary, "
                        + "title, uses",
                "… and 1 more problem, not listed: it may follow from the front matter above; fix that first");
        assertThat(failed.stderr()).contains("content/step-0/02-broken.md:3");
        assertThat(fixture.resolve("www")).doesNotExist();
    }

    @Test
    void aFailureNoSourceFileExplainsIsOneLineAndNoStackTrace() throws Exception {
        Path fixture = SiteBuilderTest.copyFixture(temp.resolve("fixture"));
        Path missing = temp.resolve("no-such-content");
        Result failed = run(fixture, "--content", missing.toString(), "--rundata", fixture.resolve("rundata").toString(),
                "--sources", fixture.resolve("sources").toString(), "--out", temp.resolve("www").toString());
        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.stderr().lines().toList()).containsExactly(
                "site: content folder not found: " + missing.toAbsolutePath(),
                "site: build failed; the previous site is untouched");
    }

    @Test
    void aMissingOptionExitsWithTwoAndSaysWhichOne() throws Exception {
        Process process = new ProcessBuilder(javaCommand("--content", "x", "--out", "y")).start();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(stderr).startsWith("usage: Main --content DIR").contains("(missing --rundata)");
    }

    private record Result(int exit, String stdout, String stderr) {
    }

    private static Result main(Path fixture, Path www) throws IOException, InterruptedException {
        return run(fixture, "--content", fixture.resolve("content").toString(),
                "--rundata", fixture.resolve("rundata").toString(), "--sources", fixture.resolve("sources").toString(),
                "--out", www.toString());
    }

    private static Result run(Path fixture, String... args) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(javaCommand(args)).directory(fixture.toFile()).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("Main finished").isTrue();
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    /** {@code java -cp <this test's class path> dev.microgpt.site.Main ARGS}, with the JVM running this test. */
    static List<String> javaCommand(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    private static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
