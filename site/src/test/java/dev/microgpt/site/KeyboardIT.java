package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Every page can be used with the keyboard alone. Tabbing from the top reaches every control of
 * every widget, shows a visible focus indicator at each stop and leaves the page at the end (no
 * trap); then each widget control, focused, answers the keys a reader would press (arrows and
 * Home/End on a slider or grid, Enter or Space on a button, typing in a text box) by changing
 * what the widget shows. Works on whatever widgets the pages have, including ones added later.
 */
class KeyboardIT {
    /** Enough for a long page; more stops than this is a trap or a page nobody could tab through. */
    private static final int MAX_STOPS = 400;
    private static final String STOP = """
            var e = document.activeElement;
            if (!e || e === document.body || e === document.documentElement) return null;
            if (!e.dataset.kb) e.dataset.kb = String(window.kbCount = (window.kbCount || 0) + 1);
            var fig = e.closest('figure.widget'), cs = getComputedStyle(e);
            var ring = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 1) || cs.boxShadow !== 'none';
            var label = e.tagName.toLowerCase() + (e.type ? '[' + e.type + ']' : '') + (e.getAttribute('role') ?
                '[role=' + e.getAttribute('role') + ']' : '') + ' "' + (e.getAttribute('aria-label') ||
                e.textContent || e.value || '').trim().replace(/\\s+/g, ' ').slice(0, 40) + '"';
            return [e.dataset.kb, fig ? fig.id + ' (' + fig.dataset.widget + ')' : '', label, ring];
            """;
    /** What a widget shows: its markup and its controls' values, without our bookkeeping. */
    private static final String STATE = """
            var fig = document.querySelector('[data-kb="' + arguments[0] + '"]').closest('figure.widget');
            return fig.innerHTML.replace(/ data-kb="\\d+"/g, '') + '|'
                + [].map.call(fig.querySelectorAll('input, select, textarea'),
                    function (i) { return i.value + ':' + i.checked; }).join(',')
                + '|' + (document.activeElement.dataset.kb || '');
            """;
    /** Controls inside widgets that Tab must reach (a grid's roving cells count through their one tab stop). */
    private static final String CONTROLS = """
            return [].filter.call(document.querySelectorAll('figure.widget button:not([disabled]), figure.widget '
                + 'input:not([disabled]):not([type=hidden]), figure.widget select, figure.widget textarea, '
                + 'figure.widget a[href], figure.widget [tabindex="0"]'), function (e) {
                  return e.offsetParent !== null || e.getClientRects().length > 0; })
              .map(function (e) { return (e.closest('figure.widget').id) + ' ' + e.tagName.toLowerCase()
                + (e.dataset.kb ? '' : ' "' + (e.getAttribute('aria-label') || e.textContent || '').trim()
                .slice(0, 40) + '"'); }).filter(function (d) { return / "/.test(d); });
            """;

    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void tabbingReachesEveryWidgetControlWithAVisibleFocusAndNoTrap() {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (String page : SiteFiles.pages()) {
            List<String> found = new ArrayList<>();
            List<List<Object>> stops = tabThrough(page, found);
            for (List<Object> stop : stops) {
                if (!Boolean.TRUE.equals(stop.get(3))) {
                    found.add("no visible focus on " + stop.get(2)
                            + (stop.get(1).equals("") ? "" : " in " + stop.get(1)));
                }
            }
            @SuppressWarnings("unchecked")
            List<String> unreached = (List<String>) browser.script(CONTROLS);
            unreached.forEach(control -> found.add("Tab never reaches " + control));
            found.addAll(browser.problems());
            if (!found.isEmpty()) {
                problems.put(page, found);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyWidgetControlAnswersTheKeyboard() {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        int driven = 0;
        for (String page : SiteFiles.pages()) {
            List<String> found = new ArrayList<>();
            List<List<Object>> controls = new ArrayList<>();
            for (List<Object> stop : tabThrough(page, found)) {
                if (!stop.get(1).equals("") && !String.valueOf(stop.get(2)).startsWith("a ")) {
                    controls.add(stop);                              // in a widget, and not a link out of it
                }
            }
            // A control may rightly do nothing in the state the page opens in ("First" on the first
            // pair): whatever did not answer is tried again after each control that did, in turn.
            Map<List<Object>, CharSequence> answered = new LinkedHashMap<>();
            List<List<Object>> silent = new ArrayList<>();
            for (List<Object> control : controls) {
                if (focus((String) control.get(0))) {
                    driven++;
                    CharSequence key = answer((String) control.get(0), keysFor(String.valueOf(control.get(2))));
                    if (key != null) {
                        answered.put(control, key);
                    } else {
                        silent.add(control);
                    }
                }
            }
            controls = new ArrayList<>();
            for (List<Object> control : silent) {
                boolean ok = false;
                for (Map.Entry<List<Object>, CharSequence> other : answered.entrySet()) {
                    if (!ok && other.getKey().get(1).equals(control.get(1)) && focus((String) other.getKey().get(0))) {
                        new Actions(browser.driver()).sendKeys(other.getValue()).perform();
                        ok = focus((String) control.get(0))
                                && answer((String) control.get(0), keysFor(String.valueOf(control.get(2)))) != null;
                    }
                }
                if (!ok) {
                    controls.add(control);
                }
            }
            for (List<Object> control : controls) {
                found.add(control.get(2) + " in " + control.get(1) + " did not respond to "
                        + keysFor(String.valueOf(control.get(2))).stream().map(KeyboardIT::name).toList());
            }
            found.addAll(browser.problems());
            if (!found.isEmpty()) {
                problems.put(page, found);
            }
        }
        assertThat(problems).isEmpty();
        assertThat(driven).as("widget controls driven").isPositive();
    }

    /** Opens a page and presses Tab from the top until focus leaves it; returns each stop. */
    @SuppressWarnings("unchecked")
    private static List<List<Object>> tabThrough(String page, List<String> problems) {
        browser.open(page);
        browser.script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)");
        List<List<Object>> stops = new ArrayList<>();
        List<Object> seen = new ArrayList<>();
        for (int i = 0; i < MAX_STOPS; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            List<Object> stop = (List<Object>) browser.script(STOP);
            if (stop == null) {
                return stops;                                        // focus left the page: no trap
            }
            if (seen.contains(stop.get(0))) {
                if (stop.get(0).equals(seen.get(0))) {
                    return stops;                                    // wrapped round to the first stop
                }
                problems.add("Tab goes back to " + stop.get(2) + " instead of onwards: a keyboard trap");
                return stops;
            }
            seen.add(stop.get(0));
            stops.add(stop);
        }
        problems.add("more than " + MAX_STOPS + " Tab stops: a trap, or a page no one can tab through");
        return stops;
    }

    /** Focuses a control found by tabbing; false if it has gone or the widget has since disabled it. */
    private static boolean focus(String kb) {
        return Boolean.TRUE.equals(browser.script("var e = document.querySelector('[data-kb=\"' + arguments[0]"
                + " + '\"]'); if (!e || e.disabled) return false; e.focus();"
                + " return document.activeElement === e;", kb));
    }

    /** The keys a reader would try on a control, in order. */
    private static List<CharSequence> keysFor(String label) {
        if (label.startsWith("input[range]")) {
            return List.of(Keys.END, Keys.HOME, Keys.ARROW_RIGHT, Keys.PAGE_UP);
        } else if (label.startsWith("input[text]") || label.startsWith("input[search]")
                || label.startsWith("textarea")) {
            return List.of(Keys.chord(Keys.CONTROL, "a") + "emma", Keys.BACK_SPACE, "o");
        } else if (label.startsWith("input[checkbox]") || label.startsWith("input[radio]")) {
            return List.of(Keys.SPACE);
        } else if (label.startsWith("select")) {
            return List.of(Keys.ARROW_DOWN, Keys.ARROW_UP);
        } else if (label.startsWith("button") || label.contains("[role=button]") || label.startsWith("summary")) {
            return List.of(Keys.ENTER, Keys.SPACE);
        }
        return List.of(Keys.ARROW_RIGHT, Keys.ARROW_DOWN, Keys.ENTER, Keys.END, Keys.HOME, Keys.ARROW_LEFT);
    }

    /** The first of the keys, pressed in turn on the focused control, that changes what its widget shows, or null. */
    private static CharSequence answer(String kb, List<CharSequence> keys) {
        for (CharSequence key : keys) {
            Object before = browser.script(STATE, kb);
            new Actions(browser.driver()).sendKeys(key).perform();
            if (!before.equals(browser.script(STATE, kb))) {
                return key;
            }
        }
        return null;
    }

    private static String name(CharSequence key) {
        return key instanceof Keys k ? k.name() : "typing";
    }
}
