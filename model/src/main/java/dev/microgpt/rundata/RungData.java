package dev.microgpt.rundata;

import dev.microgpt.inference.Architecture;
import java.util.List;
import java.util.Map;

/**
 * What the run data of every trained rung of Steps 1–5 holds, whatever its step adds: the
 * generator reads these through this interface instead of by field name.
 */
public interface RungData {
    /** 1 … 5. */
    int rung();

    /** The rung's name, e.g. "Gradient descent". */
    String title();

    /** The number of weights. */
    int parameters();

    /** What the model is: its kind, sizes, optimizer and how it divides. */
    Architecture architecture();

    /** The rung's named constants (learning rate, widths, temperature …). */
    Map<String, Number> hyperparameters();

    /** The weight matrices in creation order. */
    List<Shape> shapes();

    /** The loss of every training step, full precision. */
    LossCurve training();

    /** The 20 names the trained model made up in the reference run. */
    List<String> samples();

    /** 20 names made up by the initial weights (a second generator). */
    List<String> untrainedSamples();

    /** Every weight after training, full precision, by run-data matrix name. */
    Map<String, double[][]> finalWeights();

    /** The weights after chosen numbers of steps, rounded. */
    List<WeightSnapshot> snapshots();

    /** Names read pair by pair after chosen numbers of steps. */
    List<NameTrace> examples();
}
