package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The browser code is read too: every line of every widget script fits 100 columns, no tabs. */
class BrowserCodeStyleTest {
    @Test
    void everyScriptLineFitsAHundredColumns() {
        List<String> tooLong = new ArrayList<>();
        for (String file : WidgetScripts.standard().files()) {
            List<String> lines = Assets.text(WidgetScripts.FOLDER + file).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.codePointCount(0, line.length()) > 100 || line.contains("\t")) {
                    tooLong.add(file + ":" + (i + 1));
                }
            }
        }
        assertThat(tooLong).as("lines over 100 columns or with tabs").isEmpty();
    }
}
