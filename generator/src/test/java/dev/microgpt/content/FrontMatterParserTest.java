package dev.microgpt.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterParserTest {
    private final Problems problems = new Problems();

    private FrontMatterParser.Parsed parse(String text) {
        return FrontMatterParser.parse("content/x.md", text, problems);
    }

    private List<String> messages() {
        return problems.sorted().stream().map(Throwable::getMessage).toList();
    }

    @Test
    void readsScalarsAndBothListStyles() {
        var parsed = parse("""
                ---
                title: "The model: a table"
                summary: One row per token.
                uses: [docs, uchars]
                defines:
                  - counts: how often j followed i
                  - bigram: the model
                ---
                Body
                """);
        FrontMatter fm = parsed.frontMatter();
        assertThat(fm.title()).isEqualTo("The model: a table");
        assertThat(fm.summary()).isEqualTo("One row per token.");
        assertThat(fm.uses()).extracting(FrontMatter.Use::name).containsExactly("docs", "uchars");
        assertThat(fm.defines()).extracting(FrontMatter.Definition::name, FrontMatter.Definition::gloss,
                FrontMatter.Definition::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("counts", "how often j followed i", 6),
                org.assertj.core.groups.Tuple.tuple("bigram", "the model", 7));
        assertThat(problems.isEmpty()).isTrue();
        assertThat(parsed.bodyOffset()).isEqualTo(textOffsetOfBody());
    }

    private static int textOffsetOfBody() {
        return """
                ---
                title: "The model: a table"
                summary: One row per token.
                uses: [docs, uchars]
                defines:
                  - counts: how often j followed i
                  - bigram: the model
                ---
                """.length();
    }

    @Test
    void unknownKeyIsReportedOnItsLine() {
        parse("---\ntitle: T\nsumary: typo\n---\n");
        assertThat(messages()).containsExactly(
                "content/x.md:3: front matter: unknown key 'sumary'; known keys: blocks, defines, summary, title, uses");
    }

    @Test
    void missingTitleIsReported() {
        parse("---\nsummary: S\n---\n");
        assertThat(messages()).containsExactly("content/x.md:1: front matter: 'title' is required");
    }

    @Test
    void missingOpeningAndClosingLinesAreReported() {
        parse("title: T\n");
        assertThat(messages()).containsExactly(
                "content/x.md:1: front matter missing: the file must start with a '---' line");
        Problems unclosed = new Problems();
        FrontMatterParser.parse("content/y.md", "---\ntitle: T\n", unclosed);
        assertThat(unclosed.sorted()).extracting(Throwable::getMessage).containsExactly(
                "content/y.md:1: front matter is not closed: add a '---' line after it");
    }

    @Test
    void aFrontMatterProblemIsReportedAloneWithACountOfWhatMayFollowFromIt() {
        parse("---\ntitle: [unclosed\n---\n");              // one slip: three complaints about line 2
        problems.addFollowing(SourcePosition.line("content/a.md", 3), "uses 'x', which no page defines");
        problems.add(SourcePosition.line("content/a.md", 9), "a mistake of its own");
        problems.add(SourcePosition.line("content/x.md", 9), "what the broken file says later");
        assertThatThrownBy(problems::throwIfAny).isInstanceOf(BuildFailedException.class).hasMessage(
                "content/x.md:2: front matter: 'title' takes text, not a list\n"
                        + "content/a.md:9: a mistake of its own\n"
                        + "… and 2 more problems, not listed: they may follow from the front matter above; fix that "
                        + "first");
    }

    @Test
    void tabsDuplicatesAndMalformedLinesAreReported() {
        parse("---\ntitle: T\n\tsummary: S\ntitle: again\njust text\nuses: docs\n---\n");
        assertThat(messages()).containsExactly(
                "content/x.md:3: front matter: use spaces, not tabs",
                "content/x.md:4: front matter: key 'title' given twice",
                "content/x.md:5: front matter: expected 'key: value', found \"just text\"",
                "content/x.md:6: front matter: 'uses' takes a list: [a, b] or '- item' lines");
    }

    @Test
    void definitionNeedsAGlossAndValuesMayNeedQuotes() {
        parse("---\ntitle: T\nsummary: {not yaml}\ndefines:\n  - counts\n---\n");
        assertThat(messages()).containsExactly(
                "content/x.md:3: front matter: a value starting with '{' must be quoted",
                "content/x.md:5: front matter: a definition is 'name: one-line gloss', found \"counts\"");
    }
}
