package dev.microgpt.rundata;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one place run data is rounded. Python's {@code f"{x:.4f}"} rounds the exact binary value
 * of a double half to even; so does {@link #round}, so a figure the site prints is the figure
 * the reference printed ({@code String.format} would round 2.64965 up, Python down).
 */
public final class Rounding {
    /** Decimals kept of weights in snapshots. */
    public static final int WEIGHT_DIGITS = 4;
    /** Decimals kept of probabilities in worked examples and traces. */
    public static final int PROB_DIGITS = 4;
    /** Decimals kept of activations: embeddings, hidden units, logits, q, k, v, scores. */
    public static final int ACTIVATION_DIGITS = 4;
    /** Decimals the reference prints of a loss. */
    public static final int LOSS_DIGITS = 4;

    private Rounding() {
    }

    /** x rounded to {@code digits} decimals, half to even, from its exact binary value. */
    public static double round(double x, int digits) {
        return new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Each element rounded. */
    public static double[] round(double[] xs, int digits) {
        double[] out = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = round(xs[i], digits);
        }
        return out;
    }

    /** Each element of a matrix rounded. */
    public static double[][] round(double[][] xs, int digits) {
        double[][] out = new double[xs.length][];
        for (int i = 0; i < xs.length; i++) {
            out[i] = round(xs[i], digits);
        }
        return out;
    }

    /** The text Python's {@code f"{x:.Nf}"} prints, e.g. {@code format(2.64965, 4)} is "2.6496". */
    public static String format(double x, int digits) {
        String text = new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
        boolean negativeZero = (x < 0 || Double.doubleToRawLongBits(x) == Long.MIN_VALUE)
                && !text.startsWith("-");
        return negativeZero ? "-" + text : text;                 // Python keeps the sign: "-0.0000"
    }
}
