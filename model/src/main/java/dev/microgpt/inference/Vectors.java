package dev.microgpt.inference;

import dev.microgpt.inference.Architecture.Division;

/**
 * The layers of the forward passes over plain doubles, each doing the training code's arithmetic
 * in its order: a sum starts at 0 and adds left to right (as {@code Value.sum}, whose first node
 * x₀ + 0 is the same double), and a division is the rung's {@link Division}.
 */
final class Vectors {
    private Vectors() {
    }

    /** out[i] = w[i] · x: one weighted sum per row of w. */
    static double[] linear(double[] x, double[][] w) {
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            double sum = 0;
            for (int j = 0; j < x.length; j++) {
                sum += w[i][j] * x[j];
            }
            out[i] = sum;
        }
        return out;
    }

    /** max(0, x) for each element; −0.0 becomes 0, as Python's max(0, x) and Value.relu. */
    static double[] relu(double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] > 0 ? x[i] : 0;
        }
        return out;
    }

    /** a + b, element by element: a residual connection. */
    static double[] add(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + b[i];
        }
        return out;
    }

    /** x · (mean(x²) + ε)^(−1/2), the mean divided as the rung divides. */
    static double[] rmsnorm(double[] x, double eps, Division division) {
        double sumSquares = 0;
        for (double xi : x) {
            sumSquares += xi * xi;
        }
        double ms = division.divide(sumSquares, x.length);
        double scale = Math.pow(ms + eps, -0.5);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] * scale;
        }
        return out;
    }

    /** Probabilities from scores: exp(l − max), each divided by their total. */
    static double[] softmax(double[] logits, Division division) {
        double max = logits[0];
        for (double logit : logits) {
            max = Math.max(max, logit);
        }
        double[] exps = new double[logits.length];
        double total = 0;
        for (int i = 0; i < logits.length; i++) {
            exps[i] = Math.exp(logits[i] - max);      // Value's l + (−max): the same double
            total += exps[i];
        }
        double[] probs = new double[logits.length];
        for (int i = 0; i < logits.length; i++) {
            probs[i] = division.divide(exps[i], total);
        }
        return probs;
    }

    /** The logits divided by the sampling temperature, as the rung divides them. */
    static double[] divide(double[] logits, double temperature, Division division) {
        double[] out = new double[logits.length];
        for (int i = 0; i < logits.length; i++) {
            out[i] = division.divide(logits[i], temperature);
        }
        return out;
    }

    /** Copies of the rows, so a trace never shares an array with the weights. */
    static double[][] copy(double[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
        }
        return out;
    }
}
