package dev.microgpt.rundata;

import dev.microgpt.dataset.Tokenizer;
import dev.microgpt.inference.MlpForward;
import dev.microgpt.inference.MlpTrace;
import dev.microgpt.ladder.Step1GradientDescent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;

/** Runs Step 1 as the reference does and keeps what its lessons show. */
final class Step1Export {
    static final String TITLE = "Gradient descent";
    /** The numerical gradient's nudge, as in rung1.py. */
    static final double EPS = 1e-5;
    /** The slice spans value ± SLICE_HALF_WIDTH · SLICE_SCALE in SLICE_POINTS points. */
    static final double SLICE_HALF_WIDTH = 2.0;
    static final double SLICE_SCALE = 1.0;
    static final int SLICE_POINTS = 81;
    /** The steps of the secants that close in on the gradient. */
    static final double[] SECANT_EPS = {1, 0.5, 0.2, 0.1, 0.01, 1e-3, 1e-4, 1e-5};
    /** Names whose activations are kept. */
    static final List<String> ACTIVATION_NAMES = List.of("emma", "ava");

    private Step1Export() {
    }

    static Step1Data run(List<String> names, Consumer<TrainedRung> trained) {
        Step1GradientDescent untrained = RungRun.untrained(names, Step1GradientDescent::new);
        RungRun<Step1GradientDescent> run = RungRun.of(names, Step1GradientDescent::new);
        trained.accept(run.trained());
        int[] first = run.tokenizer.encode(run.docs.get(0));
        Step1Data.GradientCheck check = gradientCheck(untrained, run, first);
        Step1Data.LossSlice slice = lossSlice(untrained, run.shapes, first, check.analytic());

        List<Step1Data.MlpTrace> activations = new ArrayList<>();
        for (String name : ACTIVATION_NAMES) {
            activations.add(activations(run.model, run.tokenizer, name));
        }
        return new Step1Data(1, TITLE, run.parameters(), run.model.hyperparameters(),
                run.model.architecture(), run.shapes, run.training(), run.samples,
                run.untrainedSamples, run.finalWeights(), run.snapshots, run.examples, check, slice,
                activations, backprop(untrained, run.tokenizer, run.docs.get(0), first));
    }

    /** The first pair of the first name, forward and back through the untrained network. */
    static Step1Data.Backprop backprop(Step1GradientDescent untrained, Tokenizer tokenizer,
            String name, int[] tokens) {
        MlpForward forward = MlpForward.of(untrained.architecture(), untrained.weights());
        MlpTrace.Position p = forward.next(tokens[0]);
        MlpTrace.Backward back = forward.backward(p, tokens[1], tokens.length - 1);
        int on = 0;
        for (double sum : p.hPre()) {
            on += sum > 0 ? 1 : 0;
        }
        return new Step1Data.Backprop(name, tokenizer.label(tokens[0]), tokenizer.label(tokens[1]),
                back.pairs(), p.x(), p.hPre(), p.h(), p.logits(), p.probs(), back.dLogits(), back.dh(),
                back.dhPre(), back.dx(), back.dLogits()[tokens[1]], on);
    }

    static Step1Data.GradientCheck gradientCheck(Step1GradientDescent untrained,
            RungRun<Step1GradientDescent> run, int[] tokens) {
        Step1GradientDescent.GradientCheck check = untrained.gradientCheck(tokens);
        int worst = check.worstIndex();
        double maxDiff = Math.abs(check.numerical()[worst] - check.analytic()[worst]);
        return new Step1Data.GradientCheck(run.docs.get(0), EPS, check.lossNumerical(),
                check.lossAnalytic(), check.numerical(), check.analytic(), maxDiff, worst,
                Shape.paramName(run.shapes, worst));
    }

    /** The loss along the weight with the largest |gradient|, all other weights fixed. */
    static Step1Data.LossSlice lossSlice(Step1GradientDescent model, List<Shape> shapes,
            int[] tokens, double[] gradient) {
        int steepest = 0;
        for (int i = 0; i < gradient.length; i++) {
            if (Math.abs(gradient[i]) > Math.abs(gradient[steepest])) {
                steepest = i;
            }
        }
        double value = flat(model.weights())[steepest];
        List<Step1Data.SlicePoint> points = new ArrayList<>();
        int half = SLICE_POINTS / 2;
        for (int i = 0; i < SLICE_POINTS; i++) {
            double delta = (i - half) * SLICE_HALF_WIDTH * SLICE_SCALE / half;
            double loss = lossAt(model, tokens, steepest, value + delta);
            points.add(new Step1Data.SlicePoint(delta, loss));
        }
        double loss = lossAt(model, tokens, steepest, value);
        List<Step1Data.Secant> secants = new ArrayList<>();
        for (double eps : SECANT_EPS) {
            double lossPlus = lossAt(model, tokens, steepest, value + eps);
            secants.add(new Step1Data.Secant(eps, (lossPlus - loss) / eps));
        }
        model.setWeight(steepest, value);
        return new Step1Data.LossSlice(Shape.paramName(shapes, steepest), value, gradient[steepest],
                points, secants);
    }

    /** Every weight in flat parameter order: matrix by matrix, row by row. */
    static double[] flat(Map<String, double[][]> weights) {
        List<Double> flat = new ArrayList<>();
        for (double[][] matrix : weights.values()) {
            for (double[] row : matrix) {
                for (double w : row) {
                    flat.add(w);
                }
            }
        }
        double[] out = new double[flat.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = flat.get(i);
        }
        return out;
    }

    private static double lossAt(Step1GradientDescent model, int[] tokens, int index, double w) {
        model.setWeight(index, w);
        return model.forward(tokens);
    }

    /** The trained MLP's intermediate vectors for each input token of a name. */
    static Step1Data.MlpTrace activations(Step1GradientDescent model, Tokenizer tokenizer,
            String name) {
        int[] tokens = tokenizer.encode(name);
        int[] inputs = Arrays.copyOf(tokens, tokens.length - 1);  // the closing BOS is no input
        MlpTrace trace = MlpForward.of(model.architecture(), model.weights()).trace(inputs);
        List<Step1Data.MlpPosition> positions = new ArrayList<>();
        for (MlpTrace.Position p : trace.positions()) {
            if (!Arrays.equals(p.logits(), model.mlp(p.token()))) {   // cheap: one token
                throw new IllegalStateException("Step 1 activations disagree with mlp()");
            }
            int d = Rounding.ACTIVATION_DIGITS;
            positions.add(new Step1Data.MlpPosition(tokenizer.label(p.token()),
                    Rounding.round(p.x(), d), Rounding.round(p.hPre(), d),
                    Rounding.round(p.h(), d), Rounding.round(p.logits(), d),
                    Rounding.round(p.probs(), Rounding.PROB_DIGITS)));
        }
        return new Step1Data.MlpTrace(name, positions);
    }
}
