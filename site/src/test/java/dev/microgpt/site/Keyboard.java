package dev.microgpt.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The keyboard checks of {@link KeyboardIT}, on the page open in a {@link Browser}: Tab from the
 * top through every stop (visible focus, no trap, every widget control reached), then each widget
 * control, focused, pressed with the keys a reader would try.
 */
final class Keyboard {
    /**
     * Several times the longest page walked, the glossary (about 80 stops); more stops than this
     * is a trap or a page nobody could tab through.
     */
    private static final int MAX_STOPS = 300;
    /** Tab presses sent in one go; the focus listener below records where each one lands. */
    private static final int BATCH = 50;
    /**
     * Records every element that receives focus, as {@code [id, widget, label, ring]}: a focus
     * listener instead of a question after each key, so that a batch of Tab presses costs one
     * round trip to the browser instead of two per press.
     */
    private static final String RECORD = """
            window.kbStops = [];
            if (!window.kbRecording) {
              window.kbRecording = true;
              document.addEventListener('focusin', function () {
                var e = document.activeElement;
                if (!e || e === document.body || e === document.documentElement) return;
                if (!e.dataset.kb) e.dataset.kb = String(window.kbCount = (window.kbCount || 0) + 1);
                var fig = e.closest('figure.widget'), cs = getComputedStyle(e);
                var ring = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 1)
                    || cs.boxShadow !== 'none';
                var label = e.tagName.toLowerCase() + (e.type ? '[' + e.type + ']' : '')
                    + (e.getAttribute('role') ? '[role=' + e.getAttribute('role') + ']' : '') + ' "'
                    + (e.getAttribute('aria-label') || e.textContent || e.value || '').trim()
                        .replace(/\\s+/g, ' ').slice(0, 40) + '"';
                window.kbStops.push([e.dataset.kb, fig ? fig.id + ' (' + fig.dataset.widget + ')' : '',
                    label, ring]);
              }, true);
            }
            """;
    /**
     * What a widget shows: its markup and its controls' values, without our bookkeeping, as its
     * length and a 32-bit FNV-1a hash. A figure's markup runs to hundreds of kilobytes (a heatmap
     * is a cell per number); sent to Java twice per key, it was most of the crawl's key time.
     */
    private static final String STATE = """
            var fig = document.querySelector('[data-kb="' + arguments[0] + '"]').closest('figure.widget');
            var shown = fig.innerHTML.replace(/ data-kb="\\d+"/g, '') + '|'
                + [].map.call(fig.querySelectorAll('input, select, textarea'),
                    function (i) { return i.value + ':' + i.checked; }).join(',')
                + '|' + (document.activeElement.dataset.kb || '');
            var hash = 2166136261;
            for (var i = 0; i < shown.length; i++) {
              hash = Math.imul(hash ^ shown.charCodeAt(i), 16777619);
            }
            return shown.length + ':' + (hash >>> 0);
            """;
    /**
     * Controls inside widgets that Tab must reach (a grid's roving cells count through their one
     * tab stop), among those a reader can see.
     */
    private static final String CONTROLS = """
            return [].filter.call(document.querySelectorAll('figure.widget button:not([disabled]), figure.widget '
                + 'input:not([disabled]):not([type=hidden]), figure.widget select, figure.widget textarea, '
                + 'figure.widget a[href], figure.widget [tabindex="0"]'), function (e) {
                  // shown: laid out, and not hidden (a stage a stepper has not reached yet)
                  return (e.offsetParent !== null || e.getClientRects().length > 0)
                    && getComputedStyle(e).visibility !== 'hidden'; })
              .map(function (e) { return (e.closest('figure.widget').id) + ' ' + e.tagName.toLowerCase()
                + (e.dataset.kb ? '' : ' "' + (e.getAttribute('aria-label') || e.textContent || '').trim()
                .slice(0, 40) + '"'); }).filter(function (d) { return / "/.test(d); });
            """;

    private Keyboard() {
    }

    /** Problems with Tab on the open page: stops without a visible focus, a trap, controls never reached. */
    @SuppressWarnings("unchecked")
    static List<String> tabbing(Browser browser, List<List<Object>> stops, List<String> found) {
        for (List<Object> stop : stops) {
            if (!Boolean.TRUE.equals(stop.get(3))) {
                found.add("no visible focus on " + stop.get(2) + (stop.get(1).equals("") ? "" : " in " + stop.get(1)));
            }
        }
        ((List<String>) browser.script(CONTROLS)).forEach(control -> found.add("Tab never reaches " + control));
        return found;
    }

    /**
     * Presses keys on each widget control among the stops; adds to {@code found} each control that
     * never changed what its widget shows. Returns how many controls it drove.
     */
    static int drive(Browser browser, List<List<Object>> stops, List<String> found) {
        int driven = 0;
        List<List<Object>> controls = new ArrayList<>();
        for (List<Object> stop : stops) {
            if (!stop.get(1).equals("") && !String.valueOf(stop.get(2)).startsWith("a ")) {
                controls.add(stop);                                  // in a widget, and not a link out of it
            }
        }
        // A control may rightly do nothing in the state the page opens in ("First" on the first
        // pair): whatever did not answer is tried again after each control that did, in turn.
        Map<List<Object>, CharSequence> answered = new LinkedHashMap<>();
        List<List<Object>> silent = new ArrayList<>();
        for (List<Object> control : controls) {
            if (focus(browser, (String) control.get(0))) {
                driven++;
                CharSequence key = answer(browser, (String) control.get(0), keysFor(String.valueOf(control.get(2))));
                if (key != null) {
                    answered.put(control, key);
                } else {
                    silent.add(control);
                }
            }
        }
        for (List<Object> control : silent) {
            boolean ok = false;
            for (Map.Entry<List<Object>, CharSequence> other : answered.entrySet()) {
                if (!ok && other.getKey().get(1).equals(control.get(1)) && focus(browser, (String) other.getKey().get(0))) {
                    new Actions(browser.driver()).sendKeys(other.getValue()).perform();
                    ok = focus(browser, (String) control.get(0))
                            && answer(browser, (String) control.get(0), keysFor(String.valueOf(control.get(2)))) != null;
                }
            }
            if (!ok) {
                found.add(control.get(2) + " in " + control.get(1) + " did not respond to "
                        + keysFor(String.valueOf(control.get(2))).stream().map(Keyboard::name).toList());
            }
        }
        return driven;
    }

    /**
     * Presses Tab from the top of the open page until focus comes back round to the first stop
     * (leaving the page for the browser's own controls on the way); returns each stop.
     */
    @SuppressWarnings("unchecked")
    static List<List<Object>> tabThrough(Browser browser, List<String> problems) {
        browser.script(RECORD + "document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)");
        CharSequence[] batch = new CharSequence[BATCH];
        java.util.Arrays.fill(batch, Keys.TAB);
        List<List<Object>> stops = new ArrayList<>();
        List<Object> seen = new ArrayList<>();
        for (int pressed = 0; pressed <= MAX_STOPS; pressed += BATCH) {
            new Actions(browser.driver()).sendKeys(batch).perform();
            List<List<Object>> landed = (List<List<Object>>) browser.script(
                    "var s = window.kbStops; window.kbStops = []; return s;");
            for (List<Object> stop : landed) {
                if (seen.contains(stop.get(0))) {
                    if (!stop.get(0).equals(seen.get(0))) {
                        problems.add("Tab goes back to " + stop.get(2) + " instead of onwards: a keyboard trap");
                    }
                    return stops;                                    // round to the first stop: no trap
                }
                if (stops.size() == MAX_STOPS) {
                    problems.add("more than " + MAX_STOPS + " Tab stops: a trap, or a page no one can tab through");
                    return stops;
                }
                seen.add(stop.get(0));
                stops.add(stop);
            }
            if (landed.isEmpty()) {
                // focus left the page for the browser's controls and stayed there; unless an
                // element kept it through all those presses: a trap that swallows Tab
                Object held = browser.script("var e = document.activeElement; return e && e !== document.body"
                        + " && e !== document.documentElement ? e.outerHTML.slice(0, 80) : null;");
                if (held != null) {
                    problems.add("Tab stays on " + held + ": a keyboard trap");
                } else if (stops.isEmpty()) {
                    problems.add("Tab never moves focus into the page");
                }
                return stops;
            }
        }
        problems.add("more than " + MAX_STOPS + " Tab stops: a trap, or a page no one can tab through");
        return stops;
    }

    /** Focuses a control found by tabbing; false if it has gone or the widget has since disabled it. */
    private static boolean focus(Browser browser, String kb) {
        return Boolean.TRUE.equals(browser.script("var e = document.querySelector('[data-kb=\"' + arguments[0]"
                + " + '\"]'); if (!e || e.disabled) return false; e.focus();"
                + " return document.activeElement === e;", kb));
    }

    /** The keys a reader would try on a control, in order. */
    static List<CharSequence> keysFor(String label) {
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
    private static CharSequence answer(Browser browser, String kb, List<CharSequence> keys) {
        for (CharSequence key : keys) {
            Object before = browser.script(STATE, kb);
            new Actions(browser.driver()).sendKeys(key).perform();
            if (!before.equals(browser.script(STATE, kb))) {
                return key;
            }
        }
        return null;
    }

    static String name(CharSequence key) {
        return key instanceof Keys k ? k.name() : "typing";
    }
}
