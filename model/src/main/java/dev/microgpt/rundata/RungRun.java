package dev.microgpt.rundata;

import dev.microgpt.dataset.Tokenizer;
import dev.microgpt.inference.Forward;
import dev.microgpt.ladder.Ladder;
import dev.microgpt.ladder.Recorder;
import dev.microgpt.ladder.Rung;
import dev.microgpt.random.PyRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * One rung of Steps 1–5 trained exactly as the reference trains it, keeping what every rung's
 * file shows: the loss curve, weight snapshots, worked examples and samples before and after.
 *
 * <p>The reference's generator shuffles the names, draws the initial weights and, after
 * training, samples the 20 names. The untrained samples come from a second generator seeded
 * the same way, so they leave the reference stream untouched.
 */
final class RungRun<R extends Rung> {
    /** After how many training steps the weights are kept. */
    static final int[] SNAPSHOT_STEPS = {0, 10, 100, 250, 500, 1000};
    /** After how many training steps the example names are read. */
    static final int[] EXAMPLE_STEPS = {0, 100, 1000};
    /** How many names each weight snapshot makes up, for the training scrubber. */
    static final int SNAPSHOT_SAMPLES = 10;
    /** The example names; the first name of the shuffle is added to these. */
    static final List<String> EXAMPLE_NAMES = List.of("ava", "emma");

    /** How a rung is trained; Step 5's exporter drives its own loop to watch one parameter. */
    @FunctionalInterface
    interface Training<R extends Rung> {
        void run(R model, List<String> docs, Recorder recorder);
    }

    final List<String> docs;                       // the names in training order
    final Tokenizer tokenizer;                     // characters ↔ token ids
    final R model;                                 // trained, by the time of() returns
    final List<Shape> shapes;                      // matrices in creation order
    final Map<String, double[][]> initialWeights;  // a copy, before the first step
    final double[] losses = new double[Ladder.NUM_STEPS];  // losses[s]: step s + 1
    final List<WeightSnapshot> snapshots = new ArrayList<>();
    final List<NameTrace> examples = new ArrayList<>();
    final List<String> untrainedSamples;           // from the initial weights
    final List<String> samples;                    // the reference's samples
    final HeldOutLoss heldOut;                     // measured once training is done

    private RungRun(List<String> names, BiFunction<Tokenizer, PyRandom, R> create,
            Training<R> training) {
        PyRandom random = new PyRandom(Ladder.SEED);
        docs = Ladder.shuffled(names, random);
        tokenizer = Tokenizer.fromDocs(docs);
        model = create.apply(tokenizer, random);
        shapes = Shape.of(model.weights());
        initialWeights = copy(model.weights());
        keep(0);
        untrainedSamples = sample(model, new PyRandom(Ladder.SEED));
        training.run(model, docs, (step, loss) -> {
            losses[step - 1] = loss;
            keep(step);
        });
        samples = sample(model, random);
        heldOut = HeldOutLoss.of(docs, tokenizer, HeldOutLoss.lossOf(
                Forward.of(model.architecture(), model.weights())));     // draws nothing
    }

    /** Trains a fresh rung with its own training loop. */
    static <R extends Rung> RungRun<R> of(List<String> names,
            BiFunction<Tokenizer, PyRandom, R> create) {
        return new RungRun<>(names, create, Rung::train);
    }

    /** Trains a fresh rung with the given training loop. */
    static <R extends Rung> RungRun<R> of(List<String> names,
            BiFunction<Tokenizer, PyRandom, R> create, Training<R> training) {
        return new RungRun<>(names, create, training);
    }

    /** A fresh, untrained model with the reference's initial weights. */
    static <R extends Rung> R untrained(List<String> names,
            BiFunction<Tokenizer, PyRandom, R> create) {
        PyRandom random = new PyRandom(Ladder.SEED);
        List<String> docs = Ladder.shuffled(names, random);
        return create.apply(Tokenizer.fromDocs(docs), random);
    }

    /** The snapshots and examples due after {@code step} training steps. */
    private void keep(int step) {
        if (contains(SNAPSHOT_STEPS, step)) {
            snapshots.add(WeightSnapshot.rounded(step, model.weights(),
                    sample(model, new PyRandom(Ladder.SEED), SNAPSHOT_SAMPLES)));
        }
        if (contains(EXAMPLE_STEPS, step)) {
            for (String name : exampleNames()) {
                examples.add(NameTrace.of(model, tokenizer, name, step));
            }
        }
    }

    /** "ava", "emma" and the first name the model trains on. */
    List<String> exampleNames() {
        List<String> names = new ArrayList<>(EXAMPLE_NAMES);
        names.add(docs.get(0));
        return names;
    }

    static List<String> sample(Rung model, PyRandom random) {
        return sample(model, random, Ladder.NUM_SAMPLES);
    }

    static List<String> sample(Rung model, PyRandom random, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(model.sample(random));
        }
        return names;
    }

    int parameters() {
        return Shape.count(shapes);
    }

    LossCurve training() {
        return LossCurve.of(losses, heldOut);
    }

    Map<String, double[][]> finalWeights() {
        return model.weights();
    }

    /** What the model tests compare with the reference run. */
    TrainedRung trained() {
        return new TrainedRung(model, docs, tokenizer, initialWeights, losses.clone(),
                untrainedSamples, samples);
    }

    private static Map<String, double[][]> copy(Map<String, double[][]> weights) {
        Map<String, double[][]> copy = new LinkedHashMap<>();
        weights.forEach((name, matrix) -> {
            double[][] rows = new double[matrix.length][];
            for (int r = 0; r < matrix.length; r++) {
                rows[r] = matrix[r].clone();
            }
            copy.put(name, rows);
        });
        return copy;
    }

    static boolean contains(int[] steps, int step) {
        for (int s : steps) {
            if (s == step) {
                return true;
            }
        }
        return false;
    }
}
