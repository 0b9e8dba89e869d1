package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The shared browser's per-page modes do what the checks rely on: a session without JavaScript
 * runs no script of a {@code file://} page and shows its {@code <noscript>} as markup, as a
 * reader's browser with scripts off would; the next session has scripts again; and one browser
 * serves every test class.
 */
@ExtendWith(SharedChromium.class)
class BrowserIT {
    @TempDir
    Path temp;

    @Test
    void scriptsOffRunsNoScriptOfAFilePageAndShowsItsNoscript() throws IOException {
        Path page = temp.resolve("scripted.html");
        Files.writeString(temp.resolve("set.js"), "document.title = 'ran'; document.body.dataset.ran = 'yes';");
        Files.writeString(page, "<!DOCTYPE html><html lang=en><title>static</title><body>"
                + "<noscript><p id=fallback>no scripts</p></noscript><script src=set.js></script>"
                + "<script>document.body.dataset.inline = 'yes';</script></body></html>");
        try (Browser noScript = Browser.withoutJavaScript()) {
            noScript.visit(page);
            assertThat(noScript.driver().getTitle()).isEqualTo("static");
            assertThat(noScript.driver().findElement(By.tagName("body")).getAttribute("data-ran")).isNull();
            assertThat(noScript.driver().findElement(By.tagName("body")).getAttribute("data-inline")).isNull();
            assertThat(noScript.driver().findElement(By.id("fallback")).isDisplayed()).isTrue();
        }
        try (Browser browser = Browser.start()) {
            browser.visit(page);
            assertThat(browser.driver().getTitle()).isEqualTo("ran");
            assertThat(browser.driver().findElements(By.id("fallback"))).isEmpty();
        }
    }

    @Test
    void everyClassSharesOneChromium() {
        try (Browser one = Browser.start(); Browser two = Browser.withoutJavaScript()) {
            assertThat(one.driver()).isSameAs(two.driver());
        }
        assertThat(Chromium.STARTS.get()).isEqualTo(1);
    }
}
