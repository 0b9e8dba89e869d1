package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The page budget of generator/WIDGETS.md: no page weighs more than 250 KB with its embedded data,
 * on the site and in the widget gallery (which holds every widget with realistic blocks). The
 * shared assets (stylesheet, widget script, fonts) are cached across pages and not counted.
 */
class PageBudgetIT {
    private static final long BUDGET = 250 * 1024;

    static List<Path> pages(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void noPageOfTheSiteOrTheGalleryReaches250KB() throws IOException {
        List<Path> pages = new java.util.ArrayList<>(pages(Browser.WWW));
        pages.addAll(pages(Browser.GALLERY));
        assertThat(pages).hasSizeGreaterThan(10);
        for (Path page : pages) {
            assertThat(Files.size(page)).as(page.toString()).isLessThan(BUDGET);
        }
    }
}
