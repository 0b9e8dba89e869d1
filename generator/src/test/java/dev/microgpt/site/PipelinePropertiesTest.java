package dev.microgpt.site;

import static org.quicktheories.QuickTheory.qt;

import dev.microgpt.content.BuildFailedException;
import dev.microgpt.content.SourceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Property-based tests (QuickTheories): random Markdown and random TeX, written as a lesson of the
 * fixture site, go through the whole pipeline ({@link SiteBuilder#build()}). Whatever comes in,
 * the build either succeeds or fails with our own errors: {@code file:line: message} lines that
 * point into the lesson. Any other exception (a crash, a stack trace) fails the property, and
 * QuickTheories shrinks the input to a small case that shows it. The seed is fixed so CI is
 * repeatable; run with {@code -Dmicrogpt.seed=N} to explore other inputs.
 */
class PipelinePropertiesTest {
    private static final String LESSON = "content/step-0/02-random.md";
    private static final Pattern OUR_ERROR = Pattern.compile("content/[^:\\n]+\\.(?:md|txt):\\d+(?::\\d+)?: \\S.*");
    private static final long SEED = Long.getLong("microgpt.seed", 20260101L);

    /** Pieces of Markdown a lesson is made of, well-formed or not. */
    private static final List<String> MARKDOWN = List.of(
            "word", "two words", "*", "**", "_", "`", "``", "#", "## Heading", "### Sub {#sub}", "{#id}", ">",
            "> **Note.**", "> **Pitfall.** x", "-", "1.", "+", "|", "| a | b |\n|---|--:|\n| 1 | 2 |", "---", "===",
            "***", "[", "]", "(", ")", "[x](lesson:0.1)", "[x](lesson:0.1#top-anchor)", "[x](lesson:0.9)",
            "[x](term:loss)", "[x](#top-anchor)", "[x](#nowhere)", "[x](https://example.org/)", "[x](01-first.md)",
            "[x]", "![img](x.png)", "<b>", "</script>", "<img src=x onerror=alert(1)>", "&amp;", "&", "<", ">", "\"",
            "'", "\\", "\\$", "$", "$x$", "$$", "$$\nx^2\n$$", "{{ dataset.vocabSize }}",
            "{{ step0.training.loss[0] | 4 }}", "{{ step0.samples | list }}", "{{ nope }}", "{{ step0.samples[9] }}",
            "{{ step0.training.loss[0] | zz }}", "{{", "}}", "\\{{ x }}", "`twice`", "```\ncode\n```",
            "```excerpt Demo#twice\n3: a note\nhighlight: 1-2\n```", "```excerpt Demo#none\n```",
            "```excerpt Demo#twice\n9: far\n```", "```widget pair-stepper\nname: ava\nstep: 1\nsteps: 0,1,2\n```",
            "```widget pair-stepper\nname: zz\nstep: 99\n```", "```widget nothing\n```", "```widget tokenizer\n```",
            "~~~", "    indented code", "\t", "é", "—", "…", "😀", "\u00a0", "\u200b", "x\r\ny", "\u0000",
            "<!-- c -->");
    /** Pieces of TeX, from the ordinary to the hostile. */
    private static final List<String> TEX = List.of(
            "x", "y", "1", "2", "+", "-", "=", "^", "_", "{", "}", "(", ")", "[", "]", "\\frac", "\\frac{1}{2}",
            "\\sum", "\\ln", "\\exp", "\\sqrt", "\\left(", "\\right)", "\\left.", "\\text{", "\\text{ok}",
            "\\mathrm{d}", "\\begin{aligned}", "\\end{aligned}", "&", "\\\\", "\\,", "\\;", " ", "\n", "%", "#", "~",
            "\\unknown", "\\href{https://example.org}{x}", "\\def\\a{\\a}\\a", "\\def\\b#1{#1#1}", "\\htmlId{x}{y}",
            "\\color{red}", "\\textcolor{red}{x}", "\\operatorname{softmax}", "\\mathbf{W}", "\\cdot", "\\approx",
            "\\{", "\\}", "{{ dataset.vocabSize }}", "$", "\\$", "\\", "é", "😀");

    @TempDir
    Path temp;

    private Path site;

    @BeforeEach
    void copyTheFixture() throws IOException {
        site = SiteBuilderTest.copyFixture(temp.resolve("fixture"));
        Files.writeString(site.resolve("content/syllabus.txt"), "home\n0\n0.1\n0.2\n");
    }

    @Test
    void randomMarkdownEitherBuildsOrFailsWithOurOwnErrors() {
        Gen<String> separator = Generate.pick(List.of(" ", " ", "\n", "\n\n", ""));
        Gen<String> piece = Generate.pick(MARKDOWN).zip(separator, String::concat)
                .mix(SourceDSL.strings().betweenCodePoints(0, 0xD7FF)          // no lone surrogates: a file
                        .ofLengthBetween(0, 6), 15);                              // cannot hold them
        Gen<String> body = SourceDSL.lists().of(piece).ofSizeBetween(0, 30).map(l -> String.join("", l))
                .describedAs(PipelinePropertiesTest::visible);
        Gen<String> frontMatter = Generate.pick(List.of("---\ntitle: Random\n---\n\n",
                "---\ntitle: \"Quoted: {{ dataset.vocabSize }}\"\nsummary: s\n---\n\n",
                "---\ntitle: T\ndefines:\n  - twice: again\n---\n\n", "---\ntitle: T\nuses: [twice]\n---\n\n",
                "---\ntitle: T\nuses: [nothing]\n---\n\n", "---\ntitle:\n---\n\n", "---\ntitle: T\n", "title: T\n",
                "---\ntitle: T\nsummary: [unclosed\n---\n\n", "---\n\ttitle: tab\n---\n\n", ""));
        theory().forAll(frontMatter, body).checkAssert((fm, md) -> buildsOrFailsCleanly(fm + md));
    }

    @Test
    void randomTexEitherBuildsOrFailsWithOurOwnErrors() {
        Gen<String> tex = SourceDSL.lists().of(Generate.pick(TEX)).ofSizeBetween(1, 14).map(l -> String.join("", l));
        Gen<Boolean> display = SourceDSL.booleans().all();
        theory().forAll(tex, display).checkAssert((formula, block) -> buildsOrFailsCleanly(
                "---\ntitle: Math\n---\n\nBefore " + (block ? "\n\n$$\n" + formula + "\n$$\n\n" : "$" + formula + "$")
                        + " after.\n"));
    }

    private static QuickTheory theory() {
        return qt().withFixedSeed(SEED).withExamples(120).withShrinkCycles(200);
    }

    /** Builds the fixture with {@code lesson} as lesson 0.2; fails unless it succeeds or fails with our errors. */
    private void buildsOrFailsCleanly(String lesson) {
        try {
            Files.writeString(site.resolve(LESSON), lesson, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            SiteBuilderTest.builder(site, temp.resolve("www")).build();
        } catch (BuildFailedException e) {
            for (String line : e.getMessage().split("\n")) {
                if (!OUR_ERROR.matcher(line).matches() && !line.matches("… and \\d+ more problems?.*")) {
                    throw new AssertionError("not one of our file:line errors: " + visible(line) + "\nlesson:\n"
                            + visible(lesson), e);
                }
            }
        } catch (SourceException e) {
            if (!OUR_ERROR.matcher(e.getMessage()).matches()) {
                throw new AssertionError("not one of our file:line errors: " + visible(e.getMessage()), e);
            }
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("the build crashed with " + e + "\nlesson:\n" + visible(lesson), e);
        }
    }

    /** Control characters spelled out, so a failure report shows them (and is not cut short by a NUL). */
    private static String visible(String text) {
        StringBuilder out = new StringBuilder();
        for (char ch : text.toCharArray()) {
            out.append(ch != '\n' && Character.isISOControl(ch)
                    ? String.format(java.util.Locale.ROOT, "\\u%04x", (int) ch) : String.valueOf(ch));
        }
        return out.toString();
    }
}
