package dev.microgpt.site;

import java.util.ArrayList;
import java.util.List;

/**
 * One visit per page for every page-wide browser check, instead of one per check: each page of
 * the site is opened once, with networking off, and then, in this order, axe runs in the light
 * and the dark theme ({@link AccessibilityIT}), the page is laid out on a phone ({@link Phone},
 * {@link AccessibilityIT}), Tab walks the page ({@link KeyboardIT}), each
 * widget control is pressed ({@link KeyboardIT}), and last the requests the page made and the
 * console messages of the whole visit are read ({@link OfflineIT}, {@link Step0WidgetsIT}).
 * axe comes before the keys so that it sees the page as it opens; what Chromium says of axe's
 * own canvas is not the page's ({@link Axe#OWN_CANVAS}). The first check class to ask
 * runs the crawl; the others read its results. It prints a line per page, so a long crawl is
 * never silent.
 */
final class PageCrawl {
    /** What one visit found on one page; each list is empty on a good page. */
    record Visit(String page, List<String> axe, List<String> phone, List<String> tabbing, List<String> keys,
            int driven, List<String> network, List<String> console) {
    }

    private static final String PRINT = "print.html";

    private static List<Visit> visits;

    private PageCrawl() {
    }

    /** Every page's visit, crawling the site on the first call. */
    static synchronized List<Visit> all() {
        if (visits == null) {
            visits = crawl(SiteFiles.pages());
        }
        return visits;
    }

    private static List<Visit> crawl(List<String> pages) {
        List<Visit> done = new ArrayList<>();
        long start = System.nanoTime();
        try (Browser browser = Browser.offline()) {
            for (String page : pages) {
                OfflineIT.network(browser);                          // forget what came before this page
                browser.problems();
                browser.open(page);
                List<String> console = new ArrayList<>(browser.problems());
                long axeStart = System.nanoTime();
                // The print edition is every lesson again on one page (its dark pass alone is 15 s of axe in a
                // busy build): its own markup is checked in the light theme; its lessons' colours
                // are each lesson page's, checked in both themes there.
                List<String> axe = page.equals(PRINT) ? Axe.run(browser, page + " (light)", Axe.ALL)
                        : Axe.bothThemes(browser, page);
                double axeSeconds = (System.nanoTime() - axeStart) / 1e9;
                browser.problems().stream().filter(m -> !m.contains(Axe.OWN_CANVAS)).forEach(console::add);
                List<String> phone = Phone.overflow(browser, page);
                List<String> tabbing = new ArrayList<>();
                List<List<Object>> stops = Keyboard.tabThrough(browser, tabbing);
                Keyboard.tabbing(browser, stops, tabbing);
                List<String> keys = new ArrayList<>();
                int driven = Keyboard.drive(browser, stops, keys);
                List<String> network = new ArrayList<>(OfflineIT.network(browser));
                network.addAll(OfflineIT.nonLocalResources(browser));
                console.addAll(browser.problems());
                Visit visit = new Visit(page, axe, phone, tabbing, keys, driven, network, console);
                done.add(visit);
                List<String> problems = new ArrayList<>(axe);
                problems.addAll(phone);
                problems.addAll(tabbing);
                problems.addAll(keys);
                problems.addAll(network);
                problems.addAll(visit.console());
                System.out.printf("crawl: %d/%d %s: axe %.0f s, %d tab stops, %d controls driven, %s (%.0f s in all)%n",
                        done.size(), pages.size(), page, axeSeconds, stops.size(), driven, problems.isEmpty()
                        ? "no problem" : problems.size() + " problems", (System.nanoTime() - start) / 1e9);
                problems.forEach(p -> System.out.println("  " + p));        // seen as it happens, not minutes later
            }
        }
        return List.copyOf(done);
    }
}
