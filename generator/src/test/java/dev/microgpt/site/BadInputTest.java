package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.microgpt.content.BuildFailedException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One broken lesson per kind of mistake a maintainer can make (src/test/resources/errors/),
 * added to the fixture site as lesson 0.2: each fails the build with exactly one clear
 * {@code file:line: message}.
 */
class BadInputTest {
    private static final String AT = "content/step-0/02-bad.md:";
    private static final String LINKS = "; link to pages with lesson:ID (lesson:0.6, lesson:0.6#anchor), to glossary "
            + "entries with term:NAME, elsewhere with https:";

    private static final String ATTRIBUTES = " is not allowed: a heading may have an id, {#lowercase-words}, and "
            + "nothing else has attributes (write \\{ for a literal brace)";
    private static final String TWICE = " is used twice on this page (the layout's own ids: main, search, theme …; "
            + "headings, terms and definitions); give the heading another {#id}";
    private static final String BINDING = ": write {{ path }} or {{ path | format }} (or \\{{ for literal braces)";
    private static final String NESTING = "Markdown nested too deeply to parse (emphasis, quotes or lists thousands "
            + "of levels deep, e.g. a long run of * or >); write the characters as \\* or \\> if they are meant as text";

    @TempDir
    Path temp;

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("unknown-binding", AT + "5:21: unknown binding path step0.training.los[0]: "
                        + "step0.training has no 'los'; known: loss, finalMean, finalWindow, heldOut"),
                Arguments.of("bad-tex", AT + "5:53: bad TeX in \\frac{1}{n: Unexpected end of input in a macro "
                        + "argument, expected '}'"),
                Arguments.of("missing-excerpt", AT + "5: excerpt region \"thrice\" not found in Demo.java; its regions: "
                        + "twice, java-only, unclosed"),
                Arguments.of("missing-twin", AT + "5: excerpt Demo#java-only has no Python twin: model/src/main/java/dev/demo/demo.py "
                        + "has no '# region java-only' … '# endregion' (its regions: twice, python-only); "
                        + "model/src/main/java/dev/demo/Demo.java:12 has the Java"),
                Arguments.of("line-reference-out-of-range", AT + "8: line reference to Java line 9, but the "
                        + "listing above (Demo.java#twice) shows 4 lines"),
                Arguments.of("notes-for-one-language", AT + "6: excerpt Demo#twice has notes for Java only; add "
                        + "'python N: note' lines for the Python listing, so that both tabs are annotated"),
                Arguments.of("two-notes-one-line", AT + "7: excerpt: a second note for Python line 3; write the "
                        + "line's notes as one"),
                Arguments.of("bare-excerpt-note", AT + "6: excerpt: say which listing the note is for: 'python N: "
                        + "note' or 'java N: note', found \"3: which listing is this for?\""),
                Arguments.of("unknown-lesson-link", AT + "5: link to unknown lesson '0.9'; ids look like 0.6, 0 (a step), "
                        + "home or glossary"),
                Arguments.of("bad-front-matter", AT + "3: front matter: unknown key 'summry'; known keys: blocks, defines, "
                        + "summary, title, uses"),
                Arguments.of("unknown-widget", AT + "5: unknown widget 'count-tabel' (did you mean count-table?); "
                        + "generator/WIDGETS.md lists them all"),
                Arguments.of("bad-widget-argument", AT + "7: the run kept no count table after 7 steps; kept: [0, 1, 2]"),
                Arguments.of("unclosed-display-math", AT + "5:1: display math is not closed: end it with $$"),
                Arguments.of("missing-definition-anchor", AT + "4: defines 'thrice' but never writes `thrice` in code "
                        + "font, where its anchor would go"),
                Arguments.of("dead-anchor", AT + "5: link to #nowhere on 0.1, which has no such anchor"),
                Arguments.of("unknown-term", AT + "5: term link to 'gradient', but there is no glossary.md"),
                Arguments.of("unknown-use", AT + "3: uses 'nothing', which no page defines"),
                Arguments.of("unknown-format", AT + "5:11: unknown format '7x' for step0.training.loss[0]; known: "
                        + "a digit count (4), sci N, pct N, exp N, list, len, token, raw"),
                Arguments.of("unclosed-binding", AT + "5:11: binding is not closed: write {{ path }} or "
                        + "{{ path | format }} (or \\{{ for literal braces)"),
                Arguments.of("index-out-of-range", AT + "5:8: binding path step0.samples[999]: index 999 is outside "
                        + "step0.samples, which has 3 elements"),
                Arguments.of("front-matter-binding", AT + "2:6: unknown binding path step0.training.lost[0]: "
                        + "step0.training has no 'lost'; known: loss, finalMean, finalWindow, heldOut"),
                Arguments.of("missing-title", AT + "1: front matter: 'title' is required"),
                Arguments.of("front-matter-syntax", AT + "2: front matter: unclosed quote in \"An unclosed quote"),
                Arguments.of("front-matter-unclosed", AT + "1: front matter is not closed: add a '---' line after it"),
                Arguments.of("no-front-matter", AT + "1: front matter missing: the file must start with a '---' line"),
                Arguments.of("invalid-utf8", AT + "5: not valid UTF-8 (byte 0xE9); save the file as UTF-8"),
                Arguments.of("duplicate-definition", AT + "4: 'twice' is already defined in "
                        + "content/step-0/01-first.md"),
                Arguments.of("unknown-widget-key", AT + "7: widget tokenizer: unknown key 'colour'; known: mode, text"),
                Arguments.of("widget-line-without-colon", AT + "6: widget pair-stepper: expected 'key: value', found "
                        + "\"name ava\""),
                Arguments.of("unknown-excerpt-class", AT + "5: excerpt: no class Nowhere in the model's sources"),
                Arguments.of("excerpt-without-region", AT + "5: excerpt needs Class#region, e.g. ```excerpt "
                        + "Step0Counting#bigram, found \"Demo\""),
                Arguments.of("note-out-of-range", AT + "6: excerpt note for Java line 40, but Demo.java#twice has 4 lines"),
                Arguments.of("bad-highlight", AT + "6: excerpt: highlight 9-3 is not a range of lines within 1-4 of "
                        + "Demo.java#twice"),
                Arguments.of("file-link", AT + "5: link to the file '01-first.md'" + LINKS),
                Arguments.of("unknown-scheme-link", AT + "5: link with the unknown scheme 'lessn:'" + LINKS),
                Arguments.of("dead-local-anchor", AT + "5: link to #nowhere on 0.2, which has no such anchor"),
                // issue 15: hostile attributes, ids, links in every form, bindings and TeX accepted in silence,
                // and inputs that used to end in a stack trace
                Arguments.of("attribute-handler", AT + "5: attribute {onmouseover=\"alert(1)\"}" + ATTRIBUTES),
                Arguments.of("attribute-style", AT + "5: attribute {style=\"position:fixed;inset:0\"}" + ATTRIBUTES),
                Arguments.of("attribute-href", AT + "5: attribute {href=\"javascript:alert(1)\"}" + ATTRIBUTES),
                Arguments.of("duplicate-layout-id", AT + "5: the id 'main'" + TWICE),
                Arguments.of("duplicate-heading-id", AT + "5: the id 'same'" + TWICE),
                Arguments.of("reference-file-link", AT + "5: link to the file '01-first.md'" + LINKS),
                Arguments.of("reference-traversal-link", AT + "5: link to the file '../../../../etc/passwd'" + LINKS),
                Arguments.of("reference-data-link", AT + "5: link with the unknown scheme 'data:'" + LINKS),
                Arguments.of("autolink-data", AT + "5: link with the unknown scheme 'data:'" + LINKS),
                Arguments.of("javascript-link", AT + "5: link with the unknown scheme 'javascript:'" + LINKS),
                Arguments.of("empty-binding", AT + "5:14: binding is empty" + BINDING),
                Arguments.of("nested-binding", AT + "5:14: bindings do not nest" + BINDING),
                Arguments.of("reversed-slice", AT + "5:10: binding path step0.samples[2:0]: the slice [2:0] of "
                        + "step0.samples, which has 3 elements, is empty; write [a:b] with a before b"),
                Arguments.of("too-many-decimals", AT + "5:13: format '1000' for step0.training.loss[0] asks for 1000 "
                        + "digits; a number from the run has at most 17 (use 0 to 17)"),
                Arguments.of("huge-index", AT + "5:10: binding path step0.samples[99999999999]: index 99999999999 is "
                        + "outside step0.samples, which has 3 elements"),
                Arguments.of("huge-excerpt-note", AT + "6: excerpt note for Java line 99999999999, but "
                        + "Demo.java#twice has 4 lines"),
                Arguments.of("untrusted-tex", AT + "5:17: bad TeX in \\href{https://example.org}{x}: \\href is not "
                        + "allowed in formulas here (no links, classes, styles or pictures from TeX)"),
                Arguments.of("deep-tex", AT + "5:13: bad TeX in {{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{…: formula nested "
                        + "too deeply"),
                Arguments.of("deep-emphasis", AT + "5: " + NESTING),
                Arguments.of("deep-quote", AT + "5: " + NESTING),
                Arguments.of("blocks-without-map", AT + "3: front matter: 'blocks' marks the model map, which "
                        + "only lessons of a step with attention show"),
                Arguments.of("control-character", AT + "5: control character U+0001 (invisible in most editors); "
                        + "delete it"));
    }

    @org.junit.jupiter.api.Test
    void aLessonMissingFromTheSyllabusOrFromContentFailsTheBuild() throws IOException {
        Path site = SiteBuilderTest.copyFixture(temp.resolve("fixture"));
        Files.writeString(site.resolve("content/syllabus.txt"), "home\n0\n0.2 The lost lesson\n");
        assertThatThrownBy(() -> SiteBuilderTest.builder(site, temp.resolve("www")).build())
                .isInstanceOf(BuildFailedException.class)
                .hasMessage("content/step-0/01-first.md:1: page '0.1' is not in content/syllabus.txt; add it there, "
                        + "in reading order\ncontent/syllabus.txt:3: the syllabus lists page '0.2', but content/ has "
                        + "no such page (a lesson N.M is content/step-N/0M-slug.md)");
    }

    @org.junit.jupiter.api.Test
    void aLessonThatCannotBeReadIsOneLineAndNothingThatFollowsFromIt() throws IOException {
        Path site = SiteBuilderTest.copyFixture(temp.resolve("fixture"));
        Files.writeString(site.resolve("content/syllabus.txt"), "home\n0\n0.1\n0.2\n");
        Files.createDirectory(site.resolve("content/step-0/02-bad.md"));   // as unreadable as a file gets for root
        assertThatThrownBy(() -> SiteBuilderTest.builder(site, temp.resolve("www")).build())
                .isInstanceOf(BuildFailedException.class)
                .hasMessage("content/step-0/02-bad.md: cannot read the file (Is a directory)");
        assertThat(temp.resolve("www")).doesNotExist();
    }

    @org.junit.jupiter.api.Test
    void aPageOverItsBudgetFailsTheBuildNamingIt() throws IOException {
        Path site = SiteBuilderTest.copyFixture(temp.resolve("fixture"));
        Files.writeString(site.resolve("content/syllabus.txt"), "home\n0\n0.1\n0.2\n");
        Files.writeString(site.resolve("content/step-0/02-bad.md"), "---\ntitle: Heavy\n---\n\n"
                + "A sentence of the lesson, said again and again.\n\n".repeat(6_000));
        assertThatThrownBy(() -> SiteBuilderTest.builder(site, temp.resolve("www")).build())
                .isInstanceOf(BuildFailedException.class)
                .hasMessageMatching("content/step-0/02-bad\\.md: step/0/2\\.html weighs [0-9,]+ bytes with its "
                        + "embedded data \\(0 of them data\\); the budget is 256,000");
        assertThat(temp.resolve("www")).doesNotExist();
    }

    @org.junit.jupiter.api.Test
    void aByteOrderMarkIsNoMistake() throws IOException {
        Path site = SiteBuilderTest.copyFixture(temp.resolve("fixture"));
        Files.writeString(site.resolve("content/syllabus.txt"), "home\n0\n0.1\n0.2\n");
        Files.writeString(site.resolve("content/step-0/02-bad.md"), "\uFEFF---\ntitle: Saved with a BOM\n---\n\nText.\n");
        SiteBuilderTest.builder(site, temp.resolve("www")).build();
        assertThat(Files.readString(temp.resolve("www/step/0/2.html"))).contains("<h1>Saved with a BOM</h1>")
                .doesNotContain("\uFEFF");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void failsWithOneClearMessage(String fixture, String message) throws IOException {
        Path site = SiteBuilderTest.copyFixture(temp.resolve("fixture"));
        Files.writeString(site.resolve("content/syllabus.txt"), "home\n0\n0.1\n0.2\n");
        try (InputStream bad = BadInputTest.class.getResourceAsStream("/errors/" + fixture + ".md")) {
            Files.copy(bad, site.resolve("content/step-0/02-bad.md"));
        }
        assertThatThrownBy(() -> SiteBuilderTest.builder(site, temp.resolve("www")).build())
                .isInstanceOf(BuildFailedException.class)
                .hasMessage(message);
        assertThat(temp.resolve("www")).doesNotExist();
    }
}
