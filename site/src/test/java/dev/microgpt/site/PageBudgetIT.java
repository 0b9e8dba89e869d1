package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The budgets of generator/WIDGETS.md on the widget gallery, which holds every widget with
 * realistic blocks, so a widget that embeds too much fails here before a lesson uses it. The same
 * measure as the site's {@link BudgetIT} (editions such as print.html are not pages).
 */
class PageBudgetIT {
    @Test
    void everyGalleryPageFitsThePageBudget() {
        BuildReport report = BuildReport.measure(Browser.GALLERY);
        assertThat(report.pages()).hasSizeGreaterThan(10);
        assertThat(report.overBudget()).isEmpty();
    }
}
