package dev.microgpt.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.microgpt.content.ContentLoader;
import dev.microgpt.content.Course;
import dev.microgpt.content.FrontMatter;
import dev.microgpt.content.Page;
import dev.microgpt.content.Problems;
import dev.microgpt.excerpt.ExcerptSources;
import dev.microgpt.testing.Fixtures;
import dev.microgpt.widget.Widgets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The examples in src/test/resources/markdown/*.md, rendered from a page at the site root. */
class MarkdownSpecTest {
    private static final Course COURSE = new ContentLoader(Fixtures.root().resolve("content"), "content",
            new Problems()).load();
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(Fixtures.katex(), Widgets.standard(),
            Fixtures.runData(), ExcerptSources.beside(Fixtures.root().resolve("sources"), "sources"), COURSE,
            new LinkLedger());

    static Stream<ExampleReader.Example> examples() {
        return Stream.of("/markdown/links.md", "/markdown/callouts.md", "/markdown/excerpts.md")
                .flatMap(file -> ExampleReader.read(file).stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void rendersAsTheSpecSays(ExampleReader.Example example) {
        Problems problems = new Problems();
        String html = RENDERER.render(page(example.markdown()), problems);
        assertThat(problems.sorted()).as("problems rendering:%n%s", example.markdown()).isEmpty();
        assertThat(html).as("Markdown:%n%s", example.markdown()).isEqualTo(example.html());
    }

    /** A page at the site root holding {@code markdown}. */
    static Page page(String markdown) {
        return new Page("test", Page.Kind.PAGE, "", 0, "content/test.md", "test.html",
                new FrontMatter("Test", "", new FrontMatter.Lines(1, 0, 0)), markdown);
    }
}
