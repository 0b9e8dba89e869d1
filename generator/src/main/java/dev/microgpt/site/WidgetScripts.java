package dev.microgpt.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which scripts a page loads, read from the manifest {@code assets/js/scripts.list}: one line per
 * script, {@code FILE.js} or {@code FILE.js: NEEDED.js …}, in the order a page loads them.
 * {@code core.js} comes first and every other script needs it; a shared library comes before the
 * widgets that need it; a widget {@code NAME} is the file {@code NAME.js}, which registers it. A
 * widget without a line is static: it loads nothing. A page loads {@code core.js}, the libraries
 * its widgets need and one file per widget it uses, and nothing else: in the manifest's order, so
 * the list is the same every build.
 */
public final class WidgetScripts {
    /** The manifest, under the resources' {@code assets/}. */
    public static final String MANIFEST = "assets/js/scripts.list";
    /** Where the scripts are, in the resources and in the site. */
    public static final String FOLDER = "assets/js/";
    /** The script every page with a widget script loads first. */
    public static final String CORE = "core.js";

    private static final Pattern WIDGET = Pattern.compile("data-widget=\"([a-z0-9-]+)\"");

    private final Map<String, List<String>> needs;   // file → the files it needs, in manifest order

    private WidgetScripts(Map<String, List<String>> needs) {
        this.needs = needs;
    }

    /** The manifest of the classpath's assets. */
    public static WidgetScripts standard() {
        return parse(Assets.text(MANIFEST));
    }

    /**
     * Reads a manifest. Blank lines and lines starting with {@code #} are comments.
     *
     * @throws IllegalStateException if a line needs a file no earlier line lists, or lists a file twice
     */
    static WidgetScripts parse(String manifest) {
        Map<String, List<String>> needs = new LinkedHashMap<>();
        for (String line : manifest.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String file = (colon < 0 ? line : line.substring(0, colon)).strip();
            List<String> needed = colon < 0 ? List.of()
                    : List.of(line.substring(colon + 1).strip().split("\\s+")).stream()
                            .filter(s -> !s.isEmpty()).toList();
            for (String need : needed) {
                // an earlier line only: the manifest's order is the load order
                if (!needs.containsKey(need)) {
                    throw new IllegalStateException(MANIFEST + ": " + file + " needs " + need
                            + ", which no earlier line lists");
                }
            }
            if (needs.put(file, needed) != null) {
                throw new IllegalStateException(MANIFEST + ": " + file + " is listed twice");
            }
        }
        if (!needs.isEmpty() && !needs.keySet().iterator().next().equals(CORE)) {
            throw new IllegalStateException(MANIFEST + ": the first line must be " + CORE);
        }
        return new WidgetScripts(needs);
    }

    /** Every script of the manifest, in load order. */
    public List<String> files() {
        return List.copyOf(needs.keySet());
    }

    /** Whether the widget has a script ({@code NAME.js} is in the manifest). */
    public boolean scripted(String widget) {
        return needs.containsKey(widget + ".js");
    }

    /**
     * The scripts a page with these widgets loads, as paths from the site root (e.g.
     * {@code assets/js/core.js}), in load order; empty when none of them has a script.
     */
    public List<String> forWidgets(Set<String> widgets) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String widget : widgets) {
            if (scripted(widget)) {
                wanted.add(CORE);
                addWithNeeds(widget + ".js", wanted);
            }
        }
        List<String> paths = new ArrayList<>();
        for (String file : needs.keySet()) {
            if (wanted.contains(file)) {
                paths.add(FOLDER + file);
            }
        }
        return paths;
    }

    /** The scripts a page body loads, from its figures' {@code data-widget} names. */
    public List<String> forBody(String body) {
        Set<String> widgets = new LinkedHashSet<>();
        Matcher figure = WIDGET.matcher(body);
        while (figure.find()) {
            widgets.add(figure.group(1));
        }
        return forWidgets(widgets);
    }

    private void addWithNeeds(String file, Set<String> into) {
        if (into.add(file)) {
            for (String need : needs.get(file)) {
                addWithNeeds(need, into);
            }
        }
    }
}
