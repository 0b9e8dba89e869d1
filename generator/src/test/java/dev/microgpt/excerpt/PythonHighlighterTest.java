package dev.microgpt.excerpt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PythonHighlighterTest {
    @Test
    void coloursKeywordsNumbersStringsAndComments() {
        assertThat(new PythonHighlighter().line("for x in [1e-5, 0.08]:  # two \"numbers\""))
                .isEqualTo("<span class=\"kw\">for</span> x <span class=\"kw\">in</span> [<span class=\"num\">1e-5</span>,"
                        + " <span class=\"num\">0.08</span>]:  <span class=\"com\"># two &quot;numbers&quot;</span>");
    }

    @Test
    void aHashInsideAStringIsNoComment() {
        assertThat(new PythonHighlighter().line("print(f'#{i}')"))
                .isEqualTo("print(<span class=\"str\">f&#39;#{i}&#39;</span>)");
    }

    @Test
    void aDocstringSpanningLinesStaysAString() {
        PythonHighlighter highlighter = new PythonHighlighter();
        assertThat(highlighter.line("\"\"\"Two lines")).isEqualTo("<span class=\"str\">&quot;&quot;&quot;Two lines</span>");
        assertThat(highlighter.line("of text.\"\"\" if x")).isEqualTo("<span class=\"str\">of text.&quot;&quot;&quot;</span>"
                + " <span class=\"kw\">if</span> x");
    }

    @Test
    void namesThatContainKeywordsOrPrefixesAreNames() {
        assertThat(new PythonHighlighter().line("elif_f = bf")).isEqualTo("elif_f = bf");
    }
}
