/**
 * Inference: each kind of model of the ladder run forward once, in plain doubles, keeping every
 * intermediate value a figure shows. A rung describes itself by an {@link
 * dev.microgpt.inference.Architecture}; {@link dev.microgpt.inference.BigramForward}, {@link
 * dev.microgpt.inference.MlpForward} and {@link dev.microgpt.inference.TransformerForward} read
 * a name with the weights of a run and return a trace, position by position. They do the
 * training code's arithmetic in the training code's order (a sum starts at 0 and adds left to
 * right; from Step 2 on, a division is a multiplication by a power, as in {@code Value}), so
 * their probabilities equal the rungs' own bit for bit: the run data's traces and the site's
 * static figures are computed here, once, instead of in a copy per figure. Nothing here trains.
 */
package dev.microgpt.inference;
