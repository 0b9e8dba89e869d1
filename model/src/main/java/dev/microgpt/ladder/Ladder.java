package dev.microgpt.ladder;

import dev.microgpt.random.PyRandom;
import java.util.ArrayList;
import java.util.List;

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
}
