package dev.microgpt.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WidgetExtensionTest {

    @Test
    void embeddedJsonCannotCloseItsScriptElement() {
        String json = WidgetExtension.scriptSafe(Map.of("name", "</script><b> & more"));
        assertThat(json).doesNotContain("<", ">", "&")
                .isEqualTo("{\"name\":\"\\u003c/script\\u003e\\u003cb\\u003e \\u0026 more\"}");
    }

    @Test
    void onlyAFallbackOfMoreThanTwoThousandTagsIsHeavy() {
        assertThat(WidgetExtension.heavy("<td>1".repeat(WidgetExtension.HEAVY_TAGS))).isFalse();
        assertThat(WidgetExtension.heavy("<td>1".repeat(WidgetExtension.HEAVY_TAGS + 1))).isTrue();
        assertThat(WidgetExtension.heavy("<svg><path d=\"" + "M0 0L1 1".repeat(10_000) + "\"/></svg>")).isFalse();
    }
}
