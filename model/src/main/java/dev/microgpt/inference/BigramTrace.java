package dev.microgpt.inference;

import java.util.List;

/**
 * A count table reading a sequence: for each input token, the row it looks up and the
 * prediction the row makes.
 *
 * @param positions one entry per input token, in order
 */
public record BigramTrace(List<Position> positions) {
    public BigramTrace {
        positions = List.copyOf(positions);
    }

    /**
     * One input token and its prediction.
     *
     * @param token the input token id
     * @param counts counts[j]: how often token j followed it, the table's row
     * @param denominator the row's total plus one per cell (add-one smoothing)
     * @param probs probs[j] = (counts[j] + 1) / denominator
     */
    public record Position(int token, int[] counts, int denominator, double[] probs) {
        public Position {
            counts = counts.clone();
            probs = probs.clone();
        }
    }

    /** probs[pos][j]: the probability that token j follows position pos. */
    public double[][] probs() {
        double[][] probs = new double[positions.size()][];
        for (int pos = 0; pos < probs.length; pos++) {
            probs[pos] = positions.get(pos).probs().clone();
        }
        return probs;
    }
}
