package dev.microgpt.ladder;

import dev.microgpt.dataset.Tokenizer;
import dev.microgpt.random.PyRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/** What every rung shares: the seed, the number of steps, and the one shuffle of the names. */
public final class Ladder {
    // region shared
    public static final int SEED = 42;          // random.seed(42): the same run, every time
    public static final int NUM_STEPS = 1000;   // one name per training step
    public static final int NUM_SAMPLES = 20;   // names each trained model makes up

    /** The names in a random order, shuffled once with the rung's own generator. */
    public static List<String> shuffled(List<String> names, PyRandom random) {
        List<String> docs = new ArrayList<>(names);
        random.shuffle(docs);
        return docs;
    }

    /** The name a training step learns from: the names in turn, round and round. */
    public static String doc(List<String> docs, int step) {
        return docs.get(step % docs.size());
    }
    // endregion

    private Ladder() {
    }

    /**
     * The mean, over the training steps' names, of the number of computed values in a step's
     * graph. The graph's shape depends only on the name's length, so each length is built once.
     */
    static double meanGraphSize(Tokenizer tokenizer, List<String> docs, ToIntFunction<int[]> size) {
        Map<Integer, Integer> sizeByLength = new HashMap<>();
        long total = 0;
        for (int step = 0; step < NUM_STEPS; step++) {
            int[] tokens = tokenizer.encode(doc(docs, step));
            total += sizeByLength.computeIfAbsent(tokens.length, length -> size.applyAsInt(tokens));
        }
        return (double) total / NUM_STEPS;
    }
}
