package dev.microgpt.rundata;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.microgpt.inference.Architecture;
import dev.microgpt.ladder.Check;
import java.util.List;
import java.util.Map;

/**
 * Step 5, Step 4's transformer trained with Adam: the complete microgpt.
 *
 * @param rung 5
 * @param title the rung's name
 * @param parameters number of weights: 4,192
 * @param hyperparameters the rung's named constants (learning rate, widths, temperature …)
 * @param architecture the rung described as data: what runs it forward from its weights
 * @param shapes the weight matrices in creation order
 * @param training the loss of every training step, full precision
 * @param samples the 20 names the trained model made up in the reference run
 * @param untrainedSamples 20 names made up by the initial weights (a second generator)
 * @param finalWeights every weight after training, full precision
 * @param snapshots the weights after chosen numbers of steps, rounded
 * @param examples names read pair by pair after chosen numbers of steps
 * @param nodesPerStep mean number of computed values in one training step's graph
 * @param attention the trained model reading a few names, four heads per position
 * @param adam one parameter's gradient and Adam state at every step
 * @param inferenceCheck full-precision probabilities of the final model, for a browser test
 */
@JsonPropertyOrder({"rung", "title", "parameters", "hyperparameters", "architecture", "shapes",
        "training", "samples", "untrainedSamples", "finalWeights", "snapshots", "examples",
        "nodesPerStep", "attention", "adam", "inferenceCheck"})
public record Step5Data(int rung, String title, int parameters,
        Map<String, Number> hyperparameters, Architecture architecture, List<Shape> shapes,
        LossCurve training, List<String> samples, List<String> untrainedSamples,
        Map<String, double[][]> finalWeights, List<WeightSnapshot> snapshots,
        List<NameTrace> examples, double nodesPerStep, List<AttentionTrace> attention,
        AdamTrace adam, InferenceCheck inferenceCheck) implements TransformerData {

    public Step5Data {
        hyperparameters = Map.copyOf(hyperparameters);
        Check.that(architecture != null, "architecture must be given");
        Check.that(rung == 5, "rung must be 5, was %d", rung);
        shapes = List.copyOf(shapes);
        samples = List.copyOf(samples);
        untrainedSamples = List.copyOf(untrainedSamples);
        finalWeights = WeightSnapshot.finite("finalWeights", finalWeights);
        snapshots = List.copyOf(snapshots);
        examples = List.copyOf(examples);
        Check.finite("nodesPerStep", nodesPerStep);
        attention = List.copyOf(attention);
    }

    /**
     * One parameter through training: index s belongs to training step s + 1, full precision.
     *
     * @param param the parameter, as matrix[row][col]
     * @param grad its gradient, from backward()
     * @param m Adam's running mean of the gradient, after the step's update
     * @param v Adam's running mean of the squared gradient, after the update
     * @param update how much the step moved the parameter: its value before minus after
     */
    @JsonPropertyOrder({"param", "grad", "m", "v", "update"})
    public record AdamTrace(String param, double[] grad, double[] m, double[] v, double[] update) {
        public AdamTrace {
            grad = Check.finite("grad", grad).clone();
            m = Check.finite("m", m).clone();
            v = Check.finite("v", v).clone();
            update = Check.finite("update", update).clone();
        }
    }

    /**
     * The final model's predictions for one name, full precision: a re-implementation of the
     * forward pass from {@code finalWeights} must reproduce them (to 1e-9).
     *
     * @param name the name
     * @param tokens its tokens, BOS on both sides
     * @param probs probs[pos][j]: the probability of token j after position pos, temperature 1
     */
    @JsonPropertyOrder({"name", "tokens", "probs"})
    public record InferenceCheck(String name, int[] tokens, double[][] probs) {
        public InferenceCheck {
            tokens = tokens.clone();
            probs = Check.finite("probs", probs).clone();
        }
    }
}
