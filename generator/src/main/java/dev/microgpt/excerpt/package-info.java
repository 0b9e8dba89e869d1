/**
 * Code excerpts: the regions of the model's own sources that lessons quote
 * ({@code // region name} … {@code // endregion}), pulled in at build time and highlighted, so
 * the code a reader sees is always the code that made the numbers.
 */
package dev.microgpt.excerpt;
