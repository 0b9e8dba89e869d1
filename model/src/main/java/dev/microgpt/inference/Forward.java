package dev.microgpt.inference;

import dev.microgpt.random.PyRandom;
import java.util.Map;

/**
 * What every forward pass can do, whatever its kind: predict the next tokens of a name and make
 * up a name. For the traces, use the kind's own class.
 */
public sealed interface Forward permits BigramForward, MlpForward, TransformerForward {
    /** The architecture this model was built for. */
    Architecture architecture();

    /**
     * As {@code Rung.nextTokenProbs}, for a name wrapped in BOS: probs[pos][j], the probability
     * that token j follows position pos at temperature 1, for each token but the last (a
     * transformer reads at most blockSize of them).
     */
    double[][] nextTokenProbs(int[] tokens);

    /** Makes up a name as the rung samples it, drawing from {@code random}; the letters' ids. */
    int[] sample(PyRandom random, int bos);

    /** The MLP or transformer of {@code architecture} with the given weights, by run-data name. */
    static Forward of(Architecture architecture, Map<String, double[][]> weights) {
        return switch (architecture.kind()) {
            case MLP -> MlpForward.of(architecture, weights);
            case TRANSFORMER -> TransformerForward.of(architecture, weights);
            case COUNTS -> throw new IllegalArgumentException(
                    "a count table has no weight matrices: use BigramForward.of(counts)");
        };
    }
}
