/**
 * The interactive figures, build side: each {@link Widget} takes the {@code key: value} lines of
 * its fenced block, picks the slice of run data its script needs, and renders the static
 * fallback (a table or an SVG) that reads the same without JavaScript, in print and to a screen
 * reader. The browser side lives in {@code assets/js/}, one file per widget.
 */
package dev.microgpt.widget;
