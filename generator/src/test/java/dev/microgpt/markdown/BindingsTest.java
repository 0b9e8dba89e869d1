package dev.microgpt.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.microgpt.content.LineMap;
import dev.microgpt.content.Problems;
import dev.microgpt.testing.Fixtures;
import org.junit.jupiter.api.Test;

class BindingsTest {
    private final Bindings bindings = new Bindings(Fixtures.runData());

    private String expand(String text, Problems problems) {
        return bindings.expand(text, new LineMap("content/x.md", text), problems);
    }

    private String expand(String text) {
        Problems problems = new Problems();
        String out = expand(text, problems);
        assertThat(problems.isEmpty()).as("problems: %s", problems.sorted()).isTrue();
        return out;
    }

    @Test
    void integersGetThousandsSeparators() {
        assertThat(expand("{{ dataset.names }} names")).isEqualTo("32,033 names");
    }

    @Test
    void fractionsNeedADigitCountAndRoundLikePython() {
        assertThat(expand("{{ step0.training.loss[0] | 4 }}")).isEqualTo("3.2958");
        assertThat(expand("{{ step0.training.loss[-1] | 4 }}")).isEqualTo("2.6496");   // 2.64965: half to even
    }

    @Test
    void expRaisesEToTheValue() {
        assertThat(expand("{{ step0.training.loss[0] | exp 2 }}")).isEqualTo("27.00");   // e^ln 27
        Problems problems = new Problems();
        expand("{{ step0.training.loss[0] | exp }}", problems);
        assertThat(problems.sorted()).singleElement().extracting(Throwable::getMessage).asString().contains("needs a digit count");
    }

    @Test
    void selectorsPickTheMatchingElement() {
        assertThat(expand("{{ step0.snapshots[step=2].total }}")).isEqualTo("8");
        assertThat(expand("{{ step0.examples[name=ava,step=1].pairs[0].count }}")).isEqualTo("1");
    }

    @Test
    void slicesListsAndLengths() {
        assertThat(expand("{{ dataset.shuffledFirst[0:2] | list }}")).isEqualTo("yuheng, diondre");
        assertThat(expand("{{ step0.training.loss | len }}")).isEqualTo("4");
    }

    @Test
    void tokenIdsPrintAsTheirCharacter() {
        assertThat(expand("{{ step0.examples[0].pairs[0].from | token }} then {{ step0.examples[0].pairs[0].to | token }}"))
                .isEqualTo("BOS then a");
    }

    @Test
    void boundTextIsEscapedSoMarkdownShowsIt() {
        assertThat(expand("{{ step0.samples[2] }}")).isEqualTo("\\</script\\>\\<img src=x onerror=alert\\(1\\)\\>");
    }

    @Test
    void texBracesAndEscapedBindingsAreLeftAlone() {
        assertThat(expand("$x^{{2}}$ and \\{{ dataset.names }}")).isEqualTo("$x^{{2}}$ and \\{{ dataset.names }}");
    }

    @Test
    void unknownPathIsReportedWithLineColumnAndWhatExists() {
        Problems problems = new Problems();
        String out = expand("line one\nthe loss is {{ step0.trainin.loss[0] | 4 }}", problems);
        // left in place, its braces escaped so that no later check reads it again as an attribute
        assertThat(out).contains("\\{\\{ step0.trainin.loss[0] | 4 \\}\\}");
        assertThat(problems.sorted()).singleElement().extracting(Throwable::getMessage).isEqualTo(
                "content/x.md:2:13: unknown binding path step0.trainin.loss[0]: step0 has no 'trainin'; known: rung, "
                        + "title, parameters, hyperparameters, architecture, training, snapshots, examples, samples");
    }

    @Test
    void badFormatsAndMissingDigitsAreReported() {
        assertThatThrownBy(() -> bindings.evaluate("step0.training.finalMean", ""))
                .hasMessage("step0.training.finalMean is a fraction (2.88): say how many decimals, "
                        + "e.g. {{ step0.training.finalMean | 4 }}");
        assertThatThrownBy(() -> bindings.evaluate("dataset.names", "fancy"))
                .hasMessageStartingWith("unknown format 'fancy' for dataset.names");
        assertThatThrownBy(() -> bindings.evaluate("step0.training.loss[9]", "4"))
                .hasMessage("binding path step0.training.loss[9]: index 9 is outside step0.training.loss, which has 4 elements");
        assertThatThrownBy(() -> bindings.evaluate("step0.examples[name=bob]", "raw"))
                .hasMessage("binding path step0.examples[name=bob]: no element of step0.examples has name=bob");
    }
}
