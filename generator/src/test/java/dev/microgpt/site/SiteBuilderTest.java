package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.microgpt.content.BuildFailedException;
import dev.microgpt.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuilderTest {
    @TempDir
    Path temp;

    /** Copies the fixture site into the temp folder, so a test may add to its content. */
    static Path copyFixture(Path to) throws IOException {
        Path from = Fixtures.root();
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }

    static SiteBuilder builder(Path fixture, Path out) {
        return new SiteBuilder(fixture.resolve("content"), fixture.resolve("rundata"), fixture.resolve("sources"), out,
                Fixtures.katex());
    }

    @Test
    void writesEveryPageAndItsAssets() throws IOException {
        Path fixture = copyFixture(temp.resolve("fixture"));
        Path out = temp.resolve("www");
        SiteBuilder.Report report = builder(fixture, out).build();
        assertThat(report.pages()).isEqualTo(3);
        assertThat(out.resolve("index.html")).exists();
        assertThat(out.resolve("step/0/index.html")).exists();
        assertThat(out.resolve("assets/js/core.js")).exists();
        assertThat(out.resolve("assets/katex/katex.css")).content().doesNotContain(".woff)", ".ttf)");
        assertThat(Files.list(out.resolve("assets/katex/fonts")).toList()).isNotEmpty()
                .allMatch(f -> f.toString().endsWith(".woff2"));
        String lesson = Files.readString(out.resolve("step/0/1.html"));
        assertThat(lesson).contains("<a href=\"../../index.html\">Home</a>", "href=\"../../assets/style.css\"",
                "The first loss is 3.2958, the last 2.6496.", "id=\"def-twice\"",
                "<figure class=\"widget\" id=\"fig-1\" data-widget=\"pair-stepper\">",
                "<figcaption>Pairs of <em>ava</em> after one step.</figcaption>",
                "<div class=\"callout pitfall\" role=\"note\">", "class=\"katex\"");
    }

    @Test
    void twoBuildsWriteTheSameBytes() throws IOException {
        Path fixture = copyFixture(temp.resolve("fixture"));
        builder(fixture, temp.resolve("a")).build();
        builder(fixture, temp.resolve("b")).build();
        List<Path> a = files(temp.resolve("a"));
        assertThat(a).hasSize(files(temp.resolve("b")).size()).hasSizeGreaterThan(20);
        for (Path file : a) {
            assertThat(temp.resolve("b").resolve(file)).as(file.toString())
                    .hasSameBinaryContentAs(temp.resolve("a").resolve(file));
        }
    }

    @Test
    void aFailedBuildLeavesTheLastGoodSiteUntouched() throws IOException {
        Path fixture = copyFixture(temp.resolve("fixture"));
        Path out = temp.resolve("www");
        builder(fixture, out).build();
        List<Path> before = files(out);
        String home = Files.readString(out.resolve("index.html"));
        Files.writeString(fixture.resolve("content/syllabus.txt"), "home\n0\n0.1\n0.2\n");
        Files.writeString(fixture.resolve("content/step-0/02-broken.md"),
                "---\ntitle: Broken\n---\n\nSee {{ nothing.here }}.\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> builder(fixture, out).build()).isInstanceOf(BuildFailedException.class)
                .hasMessage("content/step-0/02-broken.md:5:5: unknown binding path nothing.here: run data has no "
                        + "'nothing'; known: dataset, step0");
        assertThat(files(out)).isEqualTo(before);
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo(home);
        assertThat(Files.list(temp).map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("staging"));
    }

    @Test
    void markupInProseFrontMatterAndDataRendersInert() throws IOException {
        Path fixture = copyFixture(temp.resolve("fixture"));
        Files.writeString(fixture.resolve("content/syllabus.txt"), "home\n0\n0.1\n0.2\n");
        Files.copy(BadInputTest.class.getResourceAsStream("/errors/escaping.md"),
                fixture.resolve("content/step-0/02-escaping.md"));
        Path out = temp.resolve("www");
        builder(fixture, out).build();
        String page = Files.readString(out.resolve("step/0/2.html"));
        assertThat(page).doesNotContain("<img", "onerror=alert(1)>", "<script>alert", "</script><script>")
                .contains("<title>Quotes &quot; and &lt;/script&gt; in a title · Fixture home</title>",
                        "content=\"An &lt;img src=x onerror=alert(1)&gt; in a summary\"",
                        "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;",
                        "Data too: &lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;.");
        assertThat(Files.readString(out.resolve("step/0/1.html"))).contains("rel=\"next\" href=\"../../step/0/2.html\"");
    }

    static List<Path> files(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
            for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
                files.add(root.relativize(p));
            }
        }
        return files;
    }
}
