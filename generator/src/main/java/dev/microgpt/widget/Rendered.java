package dev.microgpt.widget;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * What a widget renders at build time.
 *
 * @param fallback the static HTML shown without JavaScript, in print and to screen readers
 * @param data the slice of run data the script needs, embedded beside the figure; null for a
 *     widget that is static only (it is marked ready without a script)
 * @param shared larger slices several figures of a page may need (a rung's weights), by key; each
 *     is embedded once per page, and the script reads it with {@code MG.shared(key)}
 */
public record Rendered(String fallback, JsonNode data, Map<String, JsonNode> shared) {
    /** Written in a fallback where the figure's id belongs, e.g. to make its SVG ids unique. */
    public static final String FIGURE_ID = "__FIGURE_ID__";
    /** Written in a fallback where the relative path to the site root belongs ("" or "../../"). */
    public static final String ROOT = "__ROOT__";

    public Rendered {
        shared = Map.copyOf(shared);
    }

    /** A figure that shares nothing with the others on its page. */
    public Rendered(String fallback, JsonNode data) {
        this(fallback, data, Map.of());
    }
}
