package dev.microgpt.rundata;

import dev.microgpt.autograd.Value;
import dev.microgpt.ladder.Step1GradientDescent;
import dev.microgpt.ladder.Step2Autograd;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;

/** Runs Step 2 as the reference does, and Step 1 beside it to measure how close they stay. */
final class Step2Export {
    static final String TITLE = "Autograd";
    /** The small graph's inputs: a weight, an input and a second logit, small real numbers. */
    static final double W = 0.8;
    static final double X = 1.5;
    static final double B = 0.3;

    private Step2Export() {
    }

    static Step2Data run(List<String> names, Consumer<TrainedRung> trained) {
        RungRun<Step2Autograd> run = RungRun.of(names, Step2Autograd::new);
        trained.accept(run.trained());
        RungRun<Step1GradientDescent> step1 = RungRun.of(names, Step1GradientDescent::new);
        return new Step2Data(2, TITLE, run.parameters(), run.model.hyperparameters(),
                run.model.architecture(), run.shapes, run.training(), run.samples,
                run.untrainedSamples, run.finalWeights(), run.snapshots, run.examples,
                Step2Data.LossDiff.between(run.losses, step1.losses),
                run.samples.equals(step1.samples), run.model.nodesPerStep(run.docs), graph());
    }

    /**
     * loss = −log(softmax([w·x, b])[0]), built step by step as Layers.softmax builds it, so
     * each node can be named; then a real backward().
     */
    static Step2Data.Graph graph() {
        Map<Value, String[]> names = new IdentityHashMap<>();   // value → {label, op}
        Value w = named(names, new Value(W), "w", "leaf");
        Value x = named(names, new Value(X), "x", "leaf");
        Value z = named(names, w.mul(x), "z = w·x", "mul");
        Value b = named(names, new Value(B), "b", "leaf");
        double max = Math.max(z.data, b.data);                  // a plain number, no node
        Value e0 = named(names, named(names, z.sub(max), "z − max", "add").exp(), "e₀", "exp");
        Value e1 = named(names, named(names, b.sub(max), "b − max", "add").exp(), "e₁", "exp");
        Value total = named(names, Value.sum(new Value[] {e0, e1}), "Σ = e₀ + e₁", "add");
        named(names, total.children().get(0), "0 + e₀", "add");  // Python's sum starts at 0
        Value inverse = named(names, total.pow(-1), "Σ⁻¹", "pow");
        Value p0 = named(names, e0.mul(inverse), "p₀ = e₀·Σ⁻¹", "mul");
        Value logP0 = named(names, p0.log(), "log p₀", "log");
        Value loss = named(names, logP0.neg(), "loss = −log p₀", "mul");
        loss.backward();

        List<Value> order = loss.topologicalOrder();
        List<Value> visits = new ArrayList<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            visits.add(order.get(i));                           // backward's order: loss first
        }
        List<Step2Data.GraphNode> nodes = new ArrayList<>();
        for (int id = 0; id < visits.size(); id++) {
            Value v = visits.get(id);
            List<Value> children = v.children();
            int[] childIds = new int[children.size()];
            for (int c = 0; c < childIds.length; c++) {
                childIds[c] = indexOf(visits, children.get(c));
            }
            String[] name = names.get(v);
            nodes.add(new Step2Data.GraphNode(id, name[0], name[1], v.data, v.grad, childIds,
                    v.localGrads()));
        }
        return new Step2Data.Graph("loss = −log(softmax([w·x, b])[0])", nodes);
    }

    private static Value named(Map<Value, String[]> names, Value v, String label, String op) {
        names.put(v, new String[] {label, op});
        return v;
    }

    private static int indexOf(List<Value> values, Value v) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == v) {
                return i;
            }
        }
        throw new IllegalStateException("child outside the graph");
    }
}
