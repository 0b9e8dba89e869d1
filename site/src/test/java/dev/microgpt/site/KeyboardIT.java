package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page can be used with the keyboard alone. Tabbing from the top reaches every control of
 * every widget, shows a visible focus indicator at each stop and leaves the page at the end (no
 * trap); then each widget control, focused, answers the keys a reader would press (arrows and
 * Home/End on a slider or grid, Enter or Space on a button, typing in a text box) by changing
 * what the widget shows. Works on whatever widgets the pages have, including ones added later.
 * The pages are visited once for all page-wide checks ({@link AllPagesIT}); this class proves that
 * the checks ({@link Keyboard} does the pressing) find each kind of problem.
 */
@ExtendWith(SharedChromium.class)
class KeyboardIT {
    @TempDir
    Path temp;

    @Test
    void theChecksNoticeAMissingFocusRingAnUnreachableControlATrapAndADeadControl() throws IOException {
        Path page = temp.resolve("bad.html");
        Files.writeString(page, "<!DOCTYPE html><html lang=en><title>t</title><body>"
                + "<figure class=widget id=f data-widget=bad><button style='outline:none'>ring</button>"
                + "<button tabindex=-1>unreached</button><input id=trap aria-label=trap><button>dead</button>"
                + "</figure><script>document.getElementById('trap').addEventListener('keydown', function (e) {"
                + " if (e.key === 'Tab') e.preventDefault(); });"
                + "</script></body></html>");
        try (Browser browser = Browser.start()) {
            browser.visit(page);
            List<String> found = new ArrayList<>();
            List<List<Object>> stops = Keyboard.tabThrough(browser, found);
            Keyboard.tabbing(browser, stops, found);
            assertThat(found).anyMatch(f -> f.startsWith("no visible focus on button[submit] \"ring\""))
                    .anyMatch(f -> f.contains("Tab never reaches f button \"unreached\""))
                    .anyMatch(f -> f.contains("a keyboard trap"));
            List<String> keys = new ArrayList<>();
            assertThat(Keyboard.drive(browser, stops, keys)).isPositive();
            assertThat(keys).anyMatch(f -> f.startsWith("button[submit] \"ring\" in f (bad) did not respond"));
        }
    }
}
