package dev.microgpt.rundata;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.microgpt.inference.Architecture;
import dev.microgpt.ladder.Check;
import java.util.List;
import java.util.Map;

/**
 * Step 2, the same MLP with its gradient found by the scalar autograd.
 *
 * @param rung 2
 * @param title the rung's name
 * @param parameters number of weights: 3,184
 * @param hyperparameters the rung's named constants (learning rate, widths, temperature …)
 * @param architecture the rung described as data: what runs it forward from its weights
 * @param shapes the weight matrices in creation order
 * @param training the loss of every training step, full precision
 * @param samples the 20 names the trained model made up in the reference run
 * @param untrainedSamples 20 names made up by the initial weights (a second generator)
 * @param finalWeights every weight after training, full precision
 * @param snapshots the weights after chosen numbers of steps, rounded
 * @param examples names read pair by pair after chosen numbers of steps
 * @param diffFromStep1 how far this run's losses are from Step 1's, step by step
 * @param sameSamplesAsStep1 whether the 20 samples equal Step 1's
 * @param nodesPerStep mean number of computed values in one training step's graph
 * @param graph a small graph built and differentiated by the real Value class
 */
@JsonPropertyOrder({"rung", "title", "parameters", "hyperparameters", "architecture", "shapes",
        "training", "samples", "untrainedSamples", "finalWeights", "snapshots", "examples",
        "diffFromStep1", "sameSamplesAsStep1", "nodesPerStep", "graph"})
public record Step2Data(int rung, String title, int parameters,
        Map<String, Number> hyperparameters, Architecture architecture, List<Shape> shapes,
        LossCurve training, List<String> samples, List<String> untrainedSamples,
        Map<String, double[][]> finalWeights, List<WeightSnapshot> snapshots,
        List<NameTrace> examples, LossDiff diffFromStep1, boolean sameSamplesAsStep1,
        double nodesPerStep, Graph graph) implements RungData {

    public Step2Data {
        hyperparameters = Map.copyOf(hyperparameters);
        Check.that(architecture != null, "architecture must be given");
        Check.that(rung == 2, "rung must be 2, was %d", rung);
        shapes = List.copyOf(shapes);
        samples = List.copyOf(samples);
        untrainedSamples = List.copyOf(untrainedSamples);
        finalWeights = WeightSnapshot.finite("finalWeights", finalWeights);
        snapshots = List.copyOf(snapshots);
        examples = List.copyOf(examples);
        Check.finite("nodesPerStep", nodesPerStep);
    }

    /**
     * The difference between two runs' loss curves, |this − other| at each step.
     *
     * @param maxAbs the largest difference
     * @param maxAbsStep the training step (1-based) where it occurs, the first if tied
     * @param meanAbs the mean difference over all steps
     * @param identicalSteps how many steps have bit-identical losses
     */
    @JsonPropertyOrder({"maxAbs", "maxAbsStep", "meanAbs", "identicalSteps"})
    public record LossDiff(double maxAbs, int maxAbsStep, double meanAbs, int identicalSteps) {
        public LossDiff {
            Check.finite("maxAbs", maxAbs);
            Check.finite("meanAbs", meanAbs);
        }

        static LossDiff between(double[] losses, double[] other) {
            double maxAbs = 0;
            int maxAbsStep = 1;
            double sum = 0;
            int identical = 0;
            for (int s = 0; s < losses.length; s++) {
                double diff = Math.abs(losses[s] - other[s]);
                if (diff > maxAbs) {
                    maxAbs = diff;
                    maxAbsStep = s + 1;
                }
                sum += diff;
                if (Double.doubleToLongBits(losses[s]) == Double.doubleToLongBits(other[s])) {
                    identical++;
                }
            }
            return new LossDiff(maxAbs, maxAbsStep, sum / losses.length, identical);
        }
    }

    /**
     * A small autograd graph for lesson 2.5, after a real backward().
     *
     * @param expression what the graph computes
     * @param nodes every value, in the order backward() applies the chain rule: the loss first
     */
    @JsonPropertyOrder({"expression", "nodes"})
    public record Graph(String expression, List<GraphNode> nodes) {
        public Graph {
            nodes = List.copyOf(nodes);
        }
    }

    /**
     * One value of the graph.
     *
     * @param id its position in {@code nodes}
     * @param label a readable name, e.g. "e₀" or "w·x"
     * @param op how it was computed: leaf, add, mul, pow, exp or log (a constant operand is folded
     *     into the local gradient and is not a node)
     * @param data its value
     * @param grad d(loss)/d(this) after backward()
     * @param children the ids of the values it was computed from, in order (x·x lists x twice)
     * @param localGrads d(this)/d(child) for each child, known at forward time
     */
    @JsonPropertyOrder({"id", "label", "op", "data", "grad", "children", "localGrads"})
    public record GraphNode(int id, String label, String op, double data, double grad,
            int[] children, double[] localGrads) {
        public GraphNode {
            Check.finite("data", data);
            Check.finite("grad", grad);
            children = children.clone();
            localGrads = Check.finite("localGrads", localGrads).clone();
        }
    }
}
