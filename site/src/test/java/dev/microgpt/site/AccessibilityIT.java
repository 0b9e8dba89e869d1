package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * axe-core, injected into real Chromium, finds no accessibility violation on any page, of any
 * impact (the issue asks for no serious or critical one; the site has none at all, minor
 * included, and this keeps it so), with every widget hydrated: all rules in the light theme, and
 * the colour rules again in the dark theme. The pages are visited once for all page-wide checks
 * ({@link AllPagesIT}); this class proves that axe and the phone check find what they look for.
 */
@ExtendWith(SharedChromium.class)
class AccessibilityIT {
    @TempDir
    Path temp;

    @Test
    void aPageWiderThanAPhoneIsFound() throws IOException {
        Path page = temp.resolve("wide.html");
        Files.writeString(page, "<!DOCTYPE html><html><title>t</title><meta name=viewport content='width=device-width'>"
                + "<body><div style='overflow-x:auto'><pre style='width:900px'>scrolls in its box</pre></div>"
                + "<p id=wide style='width:500px'>too wide</p></body></html>");
        try (Browser browser = Browser.start()) {
            browser.visit(page);
            assertThat(Phone.overflow(browser, "wide.html"))
                    .containsExactly("wide.html at " + Phone.WIDTH + " px: p#wide reaches 508 px");
        }
    }

    @Test
    void axeReportsViolationsWhereThereAreSome() throws IOException {
        Path page = temp.resolve("bad.html");
        Files.writeString(page, "<!DOCTYPE html><html><title>t</title><body><img src='x.png'>"
                + "<p style='color:#eee;background:#fff'>faint</p><button></button></body></html>");
        try (Browser browser = Browser.start()) {
            browser.visit(page);
            List<String> failing = Axe.bothThemes(browser, "bad.html");
            assertThat(failing).anyMatch(f -> f.contains("image-alt")).anyMatch(f -> f.contains("color-contrast"))
                    .anyMatch(f -> f.contains("button-name")).anyMatch(f -> f.startsWith("bad.html (dark)"));
        }
    }
}
