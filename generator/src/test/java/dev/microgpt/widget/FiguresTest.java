package dev.microgpt.widget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.microgpt.content.SourceException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiguresTest {
    @Test
    void aFigureIsOneLineOfHtmlWhateverTheTemplatesIndentation() {
        String html = Figures.render("samples", new SamplesWidget.Figure("1,000",
                List.of(new SamplesWidget.Row(3, "Attention", List.of(), List.of("ava", "")))));
        assertThat(html).doesNotContain("\n").doesNotContain("  ")
                .contains("<th scope=\"col\">trained, 1,000 steps</th>")
                .contains("<th scope=\"row\"><span class=\"rung-dot\"></span>3 Attention</th>")
                .contains("<td data-label=\"untrained\"><span class=\"muted\">—</span></td>")
                .contains("<ul class=\"names\"><li>ava</li><li><span class=\"muted\">(empty)</span></li></ul>");
    }

    @Test
    void everythingATemplatePrintsIsEscaped() {
        String html = Figures.render("names", List.of("<script>alert(\"x\")</script>", "o'neil & co"));
        assertThat(html).contains("<li>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</li>")
                .contains("<li>o&#39;neil &amp; co</li>");
    }

    @Test
    void aTemplateMistakeNamesTheTemplateAndItsLine() {
        assertThatThrownBy(() -> Figures.render("test-broken", List.of()))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("generator/src/main/resources/templates/widgets/test-broken.ftlh:3: ");
    }
}
