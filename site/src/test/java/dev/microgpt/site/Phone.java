package dev.microgpt.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The page on a 360-px phone: what sticks out past the right edge of the screen, where a reader
 * would have to scroll the whole page sideways to see it. An element inside a box that scrolls
 * sideways on its own (a wide table or listing in its scroll frame) does not count: the box
 * scrolls, the page does not.
 */
final class Phone {
    /** The narrowest phone the guide is laid out for. */
    static final int WIDTH = 360;

    private static final String OVERFLOW = """
            const width = document.documentElement.clientWidth;
            const clips = new Map();                        // per ancestor: thousands of cells share a few
            const clipsSideways = e => {
              if (!clips.has(e)) {
                const x = getComputedStyle(e).overflowX;
                clips.set(e, x === 'auto' || x === 'scroll' || x === 'hidden' || x === 'clip'
                  || (e.parentElement !== document.body && clipsSideways(e.parentElement)));
              }
              return clips.get(e);
            };
            const scrollsItself = element => element.parentElement !== document.body
              && clipsSideways(element.parentElement);
            const wide = [];
            for (const element of document.body.querySelectorAll('*')) {
              const box = element.getBoundingClientRect();
              if (box.width === 0 || box.right <= width + 1 || scrollsItself(element)) continue;
              if (element.closest('.sr-only, noscript, [hidden]')) continue;
              const name = element.tagName.toLowerCase()
                + (element.id ? '#' + element.id : '')
                + (element.classList.length ? '.' + [...element.classList].join('.') : '');
              wide.push(name + ' reaches ' + Math.round(box.right) + ' px');
              if (wide.length === 5) break;
            }
            return wide;""";

    private Phone() {
    }

    /** What sticks out of the page at {@link #WIDTH} px, as "element reaches N px"; empty when nothing does. */
    @SuppressWarnings("unchecked")
    static List<String> overflow(Browser browser, String page) {
        browser.cdp("Emulation.setDeviceMetricsOverride", Map.of("width", WIDTH, "height", 800,
                "deviceScaleFactor", 1, "mobile", true));
        try {
            List<String> found = new ArrayList<>();
            for (Object wide : (List<Object>) browser.script(OVERFLOW)) {
                found.add(page + " at " + WIDTH + " px: " + wide);
            }
            return found;
        } finally {
            browser.cdp("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
