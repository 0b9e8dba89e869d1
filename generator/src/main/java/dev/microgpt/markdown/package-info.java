/**
 * Markdown to HTML: flexmark with our extensions for math ({@code $…$}, {@code $$…$$}), widgets
 * and code excerpts (fenced blocks), {@code lesson:} and {@code term:} links, callouts, and the
 * bindings that put run numbers into prose.
 */
package dev.microgpt.markdown;
