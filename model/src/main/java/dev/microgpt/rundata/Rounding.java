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

    /** Powers of ten that are exact doubles, for {@link #round}'s fast path. */
    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
        1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

    /** x rounded to {@code digits} decimals, half to even, from its exact binary value. */
    public static double round(double x, int digits) {
        if (digits >= 0 && digits < POW10.length) {
            double scale = POW10[digits];
            double y = x * scale;                     // x·10^d, rounded to a double
            if (Math.abs(y) < 0x1p52) {               // false for NaN and ∞: BigDecimal rejects them
                // the same result as the BigDecimal below, without its arithmetic: the exact
                // product is y + err, and it rounds to the integer y rounds to, except where y
                // is exactly halfway and err says on which side of halfway the exact value is
                double err = Math.fma(x, scale, -y);
                double n = Math.rint(y);              // half to even
                double floor = Math.floor(y);
                if (y - floor == 0.5 && err != 0) {
                    n = err > 0 ? floor + 1 : floor;
                }
                // BigDecimal.doubleValue() of n·10^(−d) is this quotient, correctly rounded;
                // through long, so a negative number rounded to 0 is 0.0, as BigDecimal has no −0
                return (double) (long) n / scale;
            }
        }
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
