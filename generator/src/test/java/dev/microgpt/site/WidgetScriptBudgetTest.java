package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.microgpt.widget.Widgets;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The widget scripts' manifest, {@code assets/js/scripts.list}, and the per-page budget of
 * generator/WIDGETS.md: whatever a widget makes a page load, with the theme, listings and search
 * scripts every page loads, stays under {@link BuildReport#JS_GZIP_BUDGET} bytes gzip-compressed (the
 * trainer under {@link BuildReport#TRAINER_JS_GZIP_BUDGET}, its own). (The site's
 * BudgetIT checks the real pages, which may hold several widgets.)
 */
class WidgetScriptBudgetTest {
    private static final Pattern REGISTER = Pattern.compile("MG\\.register\\(\"([a-z0-9-]+)\"");
    private static final WidgetScripts SCRIPTS = WidgetScripts.standard();

    @Test
    void eachWidgetAloneLoadsWithinThePageBudget() {
        long everyPage = gzip("assets/theme.js") + gzip("assets/listings.js") + gzip("assets/search.js");
        for (String widget : Widgets.standard().names()) {
            long bytes = everyPage;
            for (String path : SCRIPTS.forWidgets(Set.of(widget))) {
                bytes += gzip(path);
            }
            long budget = widget.equals("trainer") ? BuildReport.TRAINER_JS_GZIP_BUDGET : BuildReport.JS_GZIP_BUDGET;
            assertThat(bytes).as("a page with only %s: its scripts, gzip-compressed", widget)
                    .isLessThanOrEqualTo(budget);
        }
    }

    @Test
    void aPageLoadsCoreThenLibrariesThenItsWidgetsAndNothingElse() {
        assertThat(SCRIPTS.forWidgets(Set.of("playground", "tokenizer"))).containsExactly("assets/js/core.js",
                "assets/js/models.js", "assets/js/attention-table.js", "assets/js/name-sampler.js",
                "assets/js/typed-text.js", "assets/js/tokenizer.js", "assets/js/playground.js");
        assertThat(SCRIPTS.forWidgets(Set.of("ladder"))).as("a static widget loads nothing").isEmpty();
        assertThat(SCRIPTS.forBody("<figure class=\"widget\" data-widget=\"linear\"></figure>"))
                .containsExactly("assets/js/core.js", "assets/js/linear.js");
    }

    @Test
    void everyWidgetIsRegisteredOnceInItsOwnFileAndEveryFileIsInTheManifest() throws Exception {
        List<String> files = SCRIPTS.files();
        for (String file : files) {
            String script = Assets.text(WidgetScripts.FOLDER + file);
            Matcher register = REGISTER.matcher(script);
            String widget = file.replace(".js", "");
            if (Widgets.standard().names().contains(widget)) {
                assertThat(register.find()).as(file + " registers its widget").isTrue();
                assertThat(register.group(1)).as(file).isEqualTo(widget);
                assertThat(register.find()).as(file + " registers one widget only").isFalse();
            } else {
                assertThat(register.find()).as(file + " is a library: it registers no widget").isFalse();
            }
        }
        try (Stream<Path> folder = Files.list(resourceFolder())) {
            assertThat(folder.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".js")))
                    .as("every script in assets/js/ is in the manifest").containsExactlyInAnyOrderElementsOf(files);
        }
    }

    @Test
    void theManifestListsWhatIsNeededBeforeItIsNeeded() {
        assertThatThrownBy(() -> WidgetScripts.parse("core.js\nlinear.js: models.js\nmodels.js\n"))
                .hasMessageContaining("linear.js needs models.js, which no earlier line lists");
        assertThatThrownBy(() -> WidgetScripts.parse("models.js\ncore.js\n"))
                .hasMessageContaining("the first line must be core.js");
    }

    private static long gzip(String resource) {
        try (InputStream in = WidgetScriptBudgetTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return BuildReport.gzipSize(in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path resourceFolder() throws URISyntaxException {
        return Path.of(WidgetScriptBudgetTest.class.getClassLoader().getResource(WidgetScripts.MANIFEST).toURI())
                .getParent();
    }
}
