package dev.microgpt.widget;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a widget renders at build time.
 *
 * @param fallback the static HTML shown without JavaScript, in print and to screen readers
 * @param data the slice of run data the script needs, embedded beside the figure
 */
public record Rendered(String fallback, JsonNode data) {
    /** Written in a fallback where the figure's id belongs, e.g. to make its SVG ids unique. */
    public static final String FIGURE_ID = "__FIGURE_ID__";
}
