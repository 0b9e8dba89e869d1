/**
 * The six rungs of the ladder, one class per step of the guide: {@code Step0Counting} through
 * {@code Step5Adam}. Each changes one idea of the one before and keeps everything else. Lessons
 * quote these classes by region ({@code // region name} … {@code // endregion}), so they are
 * written to be read: one idea per line, names as in the lessons, loops rather than streams.
 * Steps 2–5 share {@code Layers} (linear, softmax, RMSNorm over autograd values); every trained
 * rung answers the exporter through {@code Rung}.
 */
package dev.microgpt.ladder;
