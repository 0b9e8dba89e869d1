package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The page-wide checks, on every page of the site, from one visit per page instead of one per
 * check: each page is opened once, with networking off, and then, in this order, axe runs in the
 * light and the dark theme ({@link Axe}), the page is laid out on a phone ({@link Phone}), Tab
 * walks the page and each widget control is pressed ({@link Keyboard}; not on the print edition,
 * whose lessons are walked on their own pages), and last the requests
 * the page made and the console messages of the whole visit are read ({@link OfflineIT#network}).
 * axe comes before the keys so that it sees the page as it opens; what Chromium says of axe's own
 * canvas is not the page's ({@link Axe#OWN_CANVAS}). It prints a line per page, so the longest
 * class of the suite is never silent. The tests that prove each check can fail are beside the
 * check's other tests: {@link AccessibilityIT}, {@link KeyboardIT}, {@link OfflineIT}.
 *
 * <p>The crawl is about half the browser tests' time, so it is one class, which Failsafe hands to
 * one test JVM while the other runs the rest (the site's {@code pom.xml}); its name sorts it
 * among the first classes, so that it starts at once.
 */
@ExtendWith(SharedChromium.class)
class AllPagesIT {
    /** What one visit found on one page; each list is empty on a good page. */
    record Visit(String page, List<String> axe, List<String> phone, List<String> tabbing, List<String> keys,
            int driven, List<String> network, List<String> console) {
    }

    private static final String PRINT = "print.html";

    private static List<Visit> visits;

    @BeforeAll
    static void crawl() {
        visits = crawl(SiteFiles.pages());
    }

    @Test
    void everyPageIsVisited() {
        assertThat(visits).extracting(Visit::page).containsExactlyElementsOf(SiteFiles.pages())
                .contains("index.html", "step/0/1.html", PRINT);
    }

    @Test
    void noPageHasAnyAccessibilityViolationInEitherTheme() {
        assertThat(problems(Visit::axe)).isEmpty();
    }

    @Test
    void noPageSticksOutOfAPhonesScreen() {
        assertThat(problems(Visit::phone)).isEmpty();
    }

    @Test
    void tabbingReachesEveryWidgetControlWithAVisibleFocusAndNoTrap() {
        assertThat(problems(Visit::tabbing)).isEmpty();
    }

    @Test
    void everyWidgetControlAnswersTheKeyboard() {
        assertThat(problems(Visit::keys)).isEmpty();
        assertThat(visits.stream().mapToInt(Visit::driven).sum()).as("widget controls driven").isPositive();
    }

    @Test
    void everyPageLoadsOfflineWithoutAFailedRequestOrAConsoleMessage() {
        assertThat(problems(Visit::network)).as("requests that left the site, and failed requests").isEmpty();
        assertThat(problems(Visit::console)).as("console messages").isEmpty();
    }

    /** One kind of problem, page by page, for the pages that have any. */
    private static Map<String, List<String>> problems(Function<Visit, List<String>> kind) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (Visit visit : visits) {
            List<String> problems = kind.apply(visit);
            if (!problems.isEmpty()) {
                found.put(visit.page(), problems);
            }
        }
        return found;
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
                Stopwatch watch = new Stopwatch();
                // The print edition is every lesson again on one page (its dark pass alone is 15 s of axe in a
                // busy build): its own markup is checked in the light theme; its lessons' colours
                // are each lesson page's, checked in both themes there.
                List<String> axe = page.equals(PRINT) ? Axe.run(browser, page + " (light)", Axe.ALL)
                        : Axe.bothThemes(browser, page);
                String axeTime = watch.lap();
                browser.problems().stream().filter(m -> !m.contains(Axe.OWN_CANVAS)).forEach(console::add);
                List<String> phone = Phone.overflow(browser, page);
                String phoneTime = watch.lap();
                List<String> tabbing = new ArrayList<>();
                List<List<Object>> stops = List.of();
                if (!page.equals(PRINT)) {
                    // the print edition's 440 stops are the lessons' links again, each walked on its own
                    // page (a third of the crawl's Tab time); its figures are static, with no control
                    stops = Keyboard.tabThrough(browser, tabbing);
                    Keyboard.tabbing(browser, stops, tabbing);
                }
                String tabTime = watch.lap();
                List<String> keys = new ArrayList<>();
                int driven = Keyboard.drive(browser, stops, keys);
                String keysTime = watch.lap();
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
                System.out.printf("crawl: %d/%d %s: axe %s · phone %s · Tab %s (%d stops) · keys %s (%d controls)"
                        + " · %s (%.0f s in all)%n", done.size(), pages.size(), page, axeTime, phoneTime, tabTime,
                        stops.size(), keysTime, driven,
                        problems.isEmpty() ? "no problem" : problems.size() + " problems",
                        (System.nanoTime() - start) / 1e9);
                problems.forEach(p -> System.out.println("  " + p));        // seen as it happens, not minutes later
            }
        }
        return List.copyOf(done);
    }

    /** Seconds since the last lap, for the progress line: where a slow crawl spends its time. */
    private static final class Stopwatch {
        private long last = System.nanoTime();

        String lap() {
            long now = System.nanoTime();
            String seconds = String.format(java.util.Locale.ROOT, "%.1f s", (now - last) / 1e9);
            last = now;
            return seconds;
        }
    }
}
