package dev.microgpt.inference;

import java.util.Map;

/** Reads weight matrices out of a run's map, by run-data name, checking their shapes. */
final class Weights {
    private Weights() {
    }

    /** A copy of matrix {@code name}, which must be rows×cols. */
    static double[][] matrix(Map<String, double[][]> weights, String name, int rows, int cols) {
        double[][] m = weights.get(name);
        if (m == null) {
            throw new IllegalArgumentException("no weight matrix " + name + " among "
                    + weights.keySet());
        }
        if (m.length != rows) {
            throw new IllegalArgumentException(name + " must have " + rows + " rows, has "
                    + m.length);
        }
        for (double[] row : m) {
            if (row.length != cols) {
                throw new IllegalArgumentException(name + " must have " + cols + " columns");
            }
        }
        return Vectors.copy(m);
    }
}
