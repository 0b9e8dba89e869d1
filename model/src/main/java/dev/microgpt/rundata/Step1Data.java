package dev.microgpt.rundata;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.microgpt.inference.Architecture;
import dev.microgpt.ladder.Check;
import java.util.List;
import java.util.Map;

/**
 * Step 1, the MLP trained by gradient descent with a hand-written gradient.
 *
 * @param rung 1
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
 * @param gradientCheck numerical against analytic gradient on the first name, before training
 * @param lossSlice the first name's loss along one weight, before training
 * @param activations what the trained MLP computes at each position of a few names
 */
@JsonPropertyOrder({"rung", "title", "parameters", "hyperparameters", "architecture", "shapes",
        "training", "samples", "untrainedSamples", "finalWeights", "snapshots", "examples",
        "gradientCheck", "lossSlice", "activations", "backprop"})
public record Step1Data(int rung, String title, int parameters,
        Map<String, Number> hyperparameters, Architecture architecture, List<Shape> shapes,
        LossCurve training, List<String> samples, List<String> untrainedSamples,
        Map<String, double[][]> finalWeights, List<WeightSnapshot> snapshots,
        List<NameTrace> examples, GradientCheck gradientCheck, LossSlice lossSlice,
        List<MlpTrace> activations, Backprop backprop) implements RungData {

    public Step1Data {
        hyperparameters = Map.copyOf(hyperparameters);
        Check.that(architecture != null, "architecture must be given");
        Check.that(rung == 1, "rung must be 1, was %d", rung);
        shapes = List.copyOf(shapes);
        samples = List.copyOf(samples);
        untrainedSamples = List.copyOf(untrainedSamples);
        finalWeights = WeightSnapshot.finite("finalWeights", finalWeights);
        snapshots = List.copyOf(snapshots);
        examples = List.copyOf(examples);
        activations = List.copyOf(activations);
        Check.that(backprop != null, "backprop must be given");
    }

    /**
     * The gradient check: every weight's gradient found two ways.
     *
     * @param name the name checked: the first of the shuffle
     * @param eps the nudge of the numerical gradient
     * @param lossNumerical the loss the numerical gradient starts from
     * @param lossAnalytic the loss the analytic gradient computed on its way
     * @param numerical (loss(w + eps) − loss(w)) / eps for each weight, in parameter order
     * @param analytic the hand-written gradient for each weight, in parameter order
     * @param maxDiff the largest |numerical − analytic|
     * @param maxDiffIndex its flat parameter index (the first, if tied)
     * @param maxDiffParam the same as matrix[row][col]
     */
    @JsonPropertyOrder({"name", "eps", "lossNumerical", "lossAnalytic", "numerical", "analytic",
            "maxDiff", "maxDiffIndex", "maxDiffParam"})
    public record GradientCheck(String name, double eps, double lossNumerical, double lossAnalytic,
            double[] numerical, double[] analytic, double maxDiff, int maxDiffIndex,
            String maxDiffParam) {
        public GradientCheck {
            Check.finite("eps", eps);
            Check.finite("lossNumerical", lossNumerical);
            Check.finite("lossAnalytic", lossAnalytic);
            numerical = Check.finite("numerical", numerical).clone();
            analytic = Check.finite("analytic", analytic).clone();
            Check.finite("maxDiff", maxDiff);
        }
    }

    /**
     * A real 1-D slice of the loss: the first name's loss as one weight moves, the rest fixed.
     *
     * @param param the weight, as matrix[row][col]: the one with the largest |gradient|
     * @param value its initial value
     * @param analyticGradient d(loss)/d(weight) there, hand-written
     * @param points the loss at value + delta, deltas evenly spaced, ascending
     * @param secants (loss(value + eps) − loss(value)) / eps for shrinking eps
     */
    @JsonPropertyOrder({"param", "value", "analyticGradient", "points", "secants"})
    public record LossSlice(String param, double value, double analyticGradient,
            List<SlicePoint> points, List<Secant> secants) {
        public LossSlice {
            Check.finite("value", value);
            Check.finite("analyticGradient", analyticGradient);
            points = List.copyOf(points);
            secants = List.copyOf(secants);
        }
    }

    /**
     * One point of the slice.
     *
     * @param delta how far the weight moved from its value
     * @param loss the loss there, full precision
     */
    @JsonPropertyOrder({"delta", "loss"})
    public record SlicePoint(double delta, double loss) {
        public SlicePoint {
            Check.finite("delta", delta);
            Check.finite("loss", loss);
        }
    }

    /**
     * A forward-difference slope.
     *
     * @param eps the step
     * @param slope (loss(value + eps) − loss(value)) / eps
     */
    @JsonPropertyOrder({"eps", "slope"})
    public record Secant(double eps, double slope) {
        public Secant {
            Check.finite("eps", eps);
            Check.finite("slope", slope);
        }
    }

    /**
     * The trained MLP at each position of one name.
     *
     * @param name the name
     * @param positions one entry per input token: BOS, then each letter
     */
    @JsonPropertyOrder({"name", "positions"})
    public record MlpTrace(String name, List<MlpPosition> positions) {
        public MlpTrace {
            positions = List.copyOf(positions);
        }
    }

    /**
     * What the MLP computes for one input token; every vector rounded to
     * {@link Rounding#ACTIVATION_DIGITS} decimals.
     *
     * @param token the input token: a letter or "BOS"
     * @param x its embedding, 16
     * @param hPre the hidden layer before ReLU, 64
     * @param h after ReLU, 64
     * @param logits the scores of the next token, 27, by token id
     * @param probs softmax of the logits, 27
     */
    @JsonPropertyOrder({"token", "x", "hPre", "h", "logits", "probs"})
    public record MlpPosition(String token, double[] x, double[] hPre, double[] h, double[] logits,
            double[] probs) {
        public MlpPosition {
            x = Check.finite("x", x).clone();
            hPre = Check.finite("hPre", hPre).clone();
            h = Check.finite("h", h).clone();
            logits = Check.finite("logits", logits).clone();
            probs = Check.finite("probs", probs).clone();
        }
    }

    /**
     * The analytic gradient of one real pair, stepped back through the untrained network: the
     * first pair of the first training name, the one the gradient check checks. Full precision:
     * {@code dx} is, bit for bit, the gradient of the wte row this pair reads.
     *
     * @param name the name, the first of the shuffle
     * @param from the input token's label (BOS)
     * @param to the label of the token that came next
     * @param pairs how many pairs the name has; each pair's share is divided by it
     * @param x the input's embedding, its row of wte
     * @param hPre mlp_fc1 · x
     * @param h relu(hPre)
     * @param logits mlp_fc2 · h
     * @param probs softmax(logits)
     * @param dLogits (probs − one-hot of {@code to}) / pairs
     * @param dh mlp_fc2ᵀ · dLogits
     * @param dhPre dh where hPre &gt; 0, else 0
     * @param dx mlp_fc1ᵀ · dhPre: the gradient of wte's row for {@code from}
     * @param targetGradient dLogits at {@code to}: (p − 1) / pairs
     * @param unitsOn how many hidden units were on (hPre &gt; 0) and pass gradient back
     */
    @JsonPropertyOrder({"name", "from", "to", "pairs", "x", "hPre", "h", "logits", "probs",
            "dLogits", "dh", "dhPre", "dx", "targetGradient", "unitsOn"})
    public record Backprop(String name, String from, String to, int pairs, double[] x,
            double[] hPre, double[] h, double[] logits, double[] probs, double[] dLogits,
            double[] dh, double[] dhPre, double[] dx, double targetGradient, int unitsOn) {
        public Backprop {
            Check.that(pairs > 0, "pairs must be positive, was %d", pairs);
            x = Check.finite("x", x).clone();
            hPre = Check.finite("hPre", hPre).clone();
            h = Check.finite("h", h).clone();
            logits = Check.finite("logits", logits).clone();
            probs = Check.finite("probs", probs).clone();
            dLogits = Check.finite("dLogits", dLogits).clone();
            dh = Check.finite("dh", dh).clone();
            dhPre = Check.finite("dhPre", dhPre).clone();
            dx = Check.finite("dx", dx).clone();
            Check.finite("targetGradient", targetGradient);
        }
    }
}
