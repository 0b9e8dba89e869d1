package dev.microgpt.ladder;

import dev.microgpt.autograd.Value;
import dev.microgpt.random.PyRandom;

/**
 * The building blocks Steps 2–5 share, over {@link Value}s so that backward() can reach through
 * them: a linear layer, softmax and RMSNorm. Each computes exactly what microgpt.py computes, in
 * the same order, so the run's last bits match the reference.
 */
public final class Layers {
    static final double INIT_STD = 0.08;      // weights start as gauss(0, 0.08)
    static final double RMS_EPS = 1e-5;       // keeps RMSNorm finite for an all-zero vector

    private Layers() {
    }

    // region matrix
    /** A rows×cols matrix of fresh parameters, gauss(0, 0.08), drawn row by row. */
    static Value[][] matrix(PyRandom random, int rows, int cols) {
        Value[][] m = new Value[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m[i][j] = new Value(random.gauss(0, INIT_STD));
            }
        }
        return m;
    }
    // endregion

    // region linear
    /** out[i] = w[i] · x: one weighted sum per row of w. */
    public static Value[] linear(Value[] x, Value[][] w) {
        Value[] out = new Value[w.length];
        for (int i = 0; i < w.length; i++) {
            Value[] products = new Value[x.length];
            for (int j = 0; j < x.length; j++) {
                products[j] = w[i][j].mul(x[j]);
            }
            out[i] = Value.sum(products);             // left to right, like Python's sum()
        }
        return out;
    }
    // endregion

    // region softmax
    /** Turns scores into probabilities: positive, summing to one, order kept. */
    public static Value[] softmax(Value[] logits) {
        double max = logits[0].data;
        for (Value logit : logits) {
            max = Math.max(max, logit.data);          // a plain number: no gradient flows here
        }
        Value[] exps = new Value[logits.length];
        for (int i = 0; i < logits.length; i++) {
            exps[i] = logits[i].sub(max).exp();
        }
        Value total = Value.sum(exps);
        Value[] probs = new Value[logits.length];
        for (int i = 0; i < logits.length; i++) {
            probs[i] = exps[i].div(total);            // e · total^(−1), as the reference does
        }
        return probs;
    }
    // endregion

    // region rmsnorm
    /** Rescales x to a root-mean-square of about 1: x / sqrt(mean(x²) + ε). */
    public static Value[] rmsnorm(Value[] x) {
        Value[] squares = new Value[x.length];
        for (int i = 0; i < x.length; i++) {
            squares[i] = x[i].mul(x[i]);
        }
        Value ms = Value.sum(squares).div(x.length);  // the mean square: sum · len^(−1)
        Value scale = ms.add(RMS_EPS).pow(-0.5);      // 1 / sqrt(ms + ε)
        Value[] out = new Value[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i].mul(scale);
        }
        return out;
    }
    // endregion

    /** The data of each value. */
    public static double[] data(Value[] values) {
        double[] data = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            data[i] = values[i].data;
        }
        return data;
    }

    /** The data of a matrix of values, copied. */
    public static double[][] data(Value[][] values) {
        double[][] data = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            data[i] = data(values[i]);
        }
        return data;
    }
}
