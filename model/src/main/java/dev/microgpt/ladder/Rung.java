package dev.microgpt.ladder;

import dev.microgpt.inference.Architecture;
import dev.microgpt.random.PyRandom;
import java.util.List;
import java.util.Map;

/** What every trained rung of Steps 1–5 can do; the run-data exporter asks nothing else. */
public interface Rung {
    /** One training step, {@code step} counting from 0, on its name; returns the loss before the update. */
    double trainStep(List<String> docs, int step);

    /**
     * Trains for {@link Ladder#NUM_STEPS} steps, one name per step, telling the recorder each
     * step's loss. The loop lives here, not in the rungs, so that the code the lessons quote
     * ({@link #trainStep}) holds the idea alone and none of the site's recording.
     */
    default void train(List<String> docs, Recorder recorder) {
        for (int step = 0; step < Ladder.NUM_STEPS; step++) {
            recorder.step(step + 1, trainStep(docs, step));
        }
    }

    /** Makes up one name, drawing from {@code random}. */
    String sample(PyRandom random);

    /** The loss on one name (tokens wrapped in BOS) under the current weights, without learning. */
    double evaluate(int[] tokens);

    /** probs[pos][j]: the probability that token j follows position pos, at temperature 1. */
    double[][] nextTokenProbs(int[] tokens);

    /** The rung's named constants (learning rate, widths, temperature …), for the lessons to quote. */
    Map<String, Number> hyperparameters();

    /** A copy of every weight matrix, by run-data name, in creation order. */
    Map<String, double[][]> weights();

    /** What kind of model this is and its sizes: enough to run it forward from weights(). */
    Architecture architecture();
}
