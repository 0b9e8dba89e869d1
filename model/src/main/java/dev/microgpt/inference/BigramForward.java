package dev.microgpt.inference;

import dev.microgpt.inference.Architecture.Kind;
import dev.microgpt.random.PyRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Step 0's model run forward: a row of the count table, smoothed by adding one to every cell, is
 * the prediction. The arithmetic of {@code Step0Counting.bigram}, over a table of the run data.
 */
public final class BigramForward implements Forward {
    private final Architecture architecture;
    private final int[][] counts;                 // counts[i][j] = times token j followed i

    private BigramForward(Architecture architecture, int[][] counts) {
        this.architecture = architecture;
        this.counts = counts;
    }

    /** The model of a count table, e.g. the last snapshot of a run; the table is copied. */
    public static BigramForward of(Architecture architecture, int[][] counts) {
        if (architecture.kind() != Kind.COUNTS) {
            throw new IllegalArgumentException("not a count table: " + architecture.kind());
        }
        int v = architecture.vocabSize();
        int[][] copy = new int[v][];
        if (counts.length != v) {
            throw new IllegalArgumentException("the table must have " + v + " rows");
        }
        for (int i = 0; i < v; i++) {
            if (counts[i].length != v) {
                throw new IllegalArgumentException("row " + i + " must have " + v + " counts");
            }
            copy[i] = counts[i].clone();
        }
        return new BigramForward(architecture, copy);
    }

    @Override
    public Architecture architecture() {
        return architecture;
    }

    /** One position: the row of {@code token}, smoothed and normalised. */
    public BigramTrace.Position next(int token) {
        int[] row = counts[Tokens.check(token, architecture)];
        int denominator = row.length;             // add-one smoothing: one extra per cell
        for (int count : row) {
            denominator += count;
        }
        double[] probs = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            probs[j] = (row[j] + 1) / (double) denominator;   // never zero, however rare
        }
        return new BigramTrace.Position(token, row, denominator, probs);
    }

    /** Reads every token of {@code tokens}, each on its own: a bigram has no context. */
    public BigramTrace trace(int[] tokens) {
        List<BigramTrace.Position> positions = new ArrayList<>();
        for (int token : tokens) {
            positions.add(next(token));
        }
        return new BigramTrace(positions);
    }

    /** As {@code Rung.nextTokenProbs}: the predictions after each token but the last. */
    @Override
    public double[][] nextTokenProbs(int[] tokens) {
        return trace(Arrays.copyOf(tokens, Math.max(0, tokens.length - 1))).probs();
    }

    /**
     * Makes up a name as {@code Step0Counting.sample} does: from BOS, draw each next token from
     * the row (no temperature), stop at BOS or after blockSize tokens. Returns the letters' ids.
     */
    @Override
    public int[] sample(PyRandom random, int bos) {
        int[] name = new int[architecture.blockSize()];
        int length = 0;
        int token = bos;
        for (int i = 0; i < architecture.blockSize(); i++) {
            token = random.choices(next(token).probs());
            if (token == bos) {
                break;
            }
            name[length++] = token;
        }
        return Arrays.copyOf(name, length);
    }
}
