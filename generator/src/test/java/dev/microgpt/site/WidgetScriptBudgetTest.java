package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The budget of generator/WIDGETS.md: all widget JavaScript together stays under 40 KB, unminified. */
class WidgetScriptBudgetTest {
    private static final int BUDGET = 40 * 1024;

    @Test
    void theWidgetScriptStaysUnder40KB() {
        int bytes = Assets.widgetScript().getBytes(StandardCharsets.UTF_8).length;
        assertThat(bytes).as("assets/widgets.js, all of assets/js/widgets.list concatenated").isLessThan(BUDGET);
    }

    @Test
    void everyListedFileIsInTheScriptOnce() {
        String script = Assets.widgetScript();
        for (String file : Assets.text("assets/js/widgets.list").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            assertThat(script).as(file).containsOnlyOnce("/* " + file + " */");
        }
        assertThat(script).startsWith("/* core.js */");
    }
}
