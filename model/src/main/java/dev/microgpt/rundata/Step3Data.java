package dev.microgpt.rundata;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.microgpt.inference.Architecture;
import dev.microgpt.ladder.Check;
import java.util.List;
import java.util.Map;

/**
 * Step 3, one head of causal self-attention over a KV cache, trained by gradient descent.
 *
 * @param rung 3
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
 * @param attention the trained model reading a few names, one head per position
 */
@JsonPropertyOrder({"rung", "title", "parameters", "hyperparameters", "architecture", "shapes",
        "training", "samples", "untrainedSamples", "finalWeights", "snapshots", "examples",
        "nodesPerStep", "attention"})
public record Step3Data(int rung, String title, int parameters,
        Map<String, Number> hyperparameters, Architecture architecture, List<Shape> shapes,
        LossCurve training, List<String> samples, List<String> untrainedSamples,
        Map<String, double[][]> finalWeights, List<WeightSnapshot> snapshots,
        List<NameTrace> examples, double nodesPerStep, List<AttentionTrace> attention)
        implements TransformerData {

    public Step3Data {
        hyperparameters = Map.copyOf(hyperparameters);
        Check.that(architecture != null, "architecture must be given");
        Check.that(rung == 3, "rung must be 3, was %d", rung);
        shapes = List.copyOf(shapes);
        samples = List.copyOf(samples);
        untrainedSamples = List.copyOf(untrainedSamples);
        finalWeights = WeightSnapshot.finite("finalWeights", finalWeights);
        snapshots = List.copyOf(snapshots);
        examples = List.copyOf(examples);
        Check.finite("nodesPerStep", nodesPerStep);
        attention = List.copyOf(attention);
    }
}
