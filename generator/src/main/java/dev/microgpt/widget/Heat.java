package dev.microgpt.widget;

import dev.microgpt.page.Numbers;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Colour bins for heatmaps; the stylesheet colours the classes, scripts reuse the edges the build
 * computed rather than computing their own.
 * <ul>
 * <li>Counts and probabilities, sequential: zero is its own bin {@code q0} (the page colour);
 * positive values fall into {@value #BINS} log-spaced bins {@code q1} … {@code q7}, so a table
 * holding both 1 and 5,000 shows its rare pairs as well as its common ones.
 * <li>Signed values (weights, activations), diverging: {@code d-n4} … {@code d-0} …
 * {@code d-p4}, four bins a side, symmetric about zero.
 * </ul>
 */
public final class Heat {
    /** Bins above zero. */
    public static final int BINS = 7;
    /** Bin edges for probabilities, log-spaced from 0.01 to 1: {@code q1} starts at 0.01. */
    static final double[] PROB_EDGES = {0.01, 0.02, 0.04, 0.07, 0.14, 0.27, 0.52};
    /**
     * Bin edges for attention weights, linear in eighths over 0 … 1: a head's weights spread over
     * the whole range, and on the log-spaced probability bins 0.17 and 0.56 looked nearly alike.
     */
    static final double[] ATTENTION_EDGES = {0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875};

    private Heat() {
    }

    /**
     * The smallest count of each bin 1…7 when the largest count is {@code max}: bin k starts at
     * {@code max^((k−1)/7)}, rounded up to a whole count (so small tables repeat an edge and
     * leave a bin empty rather than split a count).
     */
    public static int[] countEdges(int max) {
        int[] edges = new int[BINS];
        for (int k = 0; k < BINS; k++) {
            edges[k] = (int) Math.ceil(Math.pow(Math.max(max, 1), (double) k / BINS) - 1e-9);
        }
        return edges;
    }

    /** The bin of a count: 0 for zero, else the last bin whose edge it reaches. */
    public static int bin(int count, int[] edges) {
        int bin = 0;
        for (int k = 0; k < edges.length; k++) {
            if (count >= edges[k]) {
                bin = k + 1;
            }
        }
        return bin;
    }

    /** The sequential bin of a probability, 0 below {@code PROB_EDGES[0]}. */
    static int probBin(double p) {
        return sequentialBin(p, PROB_EDGES);
    }

    /** The sequential bin of an attention weight, 0 below {@code ATTENTION_EDGES[0]}. */
    static int attentionBin(double w) {
        return sequentialBin(w, ATTENTION_EDGES);
    }

    private static int sequentialBin(double p, double[] edges) {
        int bin = 0;
        for (int k = 0; k < edges.length; k++) {
            if (p >= edges[k]) {
                bin = k + 1;
            }
        }
        return bin;
    }

    /**
     * The four positive edges of a diverging scale whose largest magnitude is {@code maxAbs}: an
     * eighth, a quarter, a half and three quarters of it, each to two significant digits. The
     * negative edges mirror them.
     */
    static double[] signedEdges(double maxAbs) {
        double m = maxAbs > 0 ? maxAbs : 1;
        double[] edges = new double[4];
        double[] shares = {0.125, 0.25, 0.5, 0.75};
        for (int k = 0; k < 4; k++) {
            edges[k] = new BigDecimal(m * shares[k]).round(new MathContext(2, RoundingMode.HALF_EVEN)).doubleValue();
        }
        return edges;
    }

    /** The largest magnitude among some matrices. */
    static double maxAbs(double[]... rows) {
        double max = 0;
        for (double[] row : rows) {
            for (double v : row) {
                max = Math.max(max, Math.abs(v));
            }
        }
        return max;
    }

    /** The diverging class of a value: {@code d-0} inside ±edges[0], then one step per edge passed. */
    static String signedClass(double v, double[] edges) {
        int k = 0;
        while (k < edges.length && Math.abs(v) >= edges[k]) {
            k++;
        }
        return k == 0 ? "d-0" : (v < 0 ? "d-n" : "d-p") + k;
    }

    /** A stepped legend of a diverging scale, printing each edge. */
    static String signedLegend(double[] edges) {
        return Figures.render("heat-signed-legend", signed(edges));
    }

    /** The legend of a diverging scale as the {@code heat.signedLegend} macro prints it. */
    static SignedLegend signed(double[] edges) {
        int digits = digits(edges);
        List<String> printed = new ArrayList<>();
        for (double e : edges) {
            printed.add(Numbers.fixed(e, digits));
        }
        return new SignedLegend(Numbers.fixed(-edges[edges.length - 1], digits), printed);
    }

    /**
     * A diverging legend, printed.
     *
     * @param lowest the most negative edge, e.g. "−0.75", beside the darkest red swatch
     * @param edges the positive edges, smallest first, e.g. "0.12"; one swatch a side for each
     */
    public record SignedLegend(String lowest, List<String> edges) {
    }

    /** Decimals that print every edge of a scale exactly. */
    static int digits(double[] edges) {
        int digits = 0;
        for (double e : edges) {
            digits = Math.max(digits, new BigDecimal(Double.toString(e)).stripTrailingZeros().scale());
        }
        return Math.max(0, digits);
    }

    /** A stepped legend of the probability bins. */
    static String probLegend() {
        return Figures.render("heat-prob-legend", prob());
    }

    /** The probability legend as the {@code heat.probLegend} macro prints it. */
    static ProbLegend prob() {
        List<String> printed = new ArrayList<>();
        for (double e : PROB_EDGES) {
            printed.add(Numbers.fixed(e, 2));
        }
        return new ProbLegend(printed);
    }

    /** A stepped legend of the attention-weight bins, each edge printed exactly. */
    static String attentionLegend() {
        List<String> printed = new ArrayList<>();
        for (double e : ATTENTION_EDGES) {
            printed.add(Numbers.fixed(e, digits(new double[] {e})));
        }
        return Figures.render("heat-prob-legend", new ProbLegend(printed));
    }

    /**
     * The probability legend, printed.
     *
     * @param edges where each bin q1 … q7 starts, e.g. "0.01"; below the first is q0
     */
    public record ProbLegend(List<String> edges) {
    }

    /**
     * One heatmap cell.
     *
     * @param bin its colour class, e.g. "d-p2" or "q3"
     * @param value its value, printed (visually hidden; screen readers and hover read it)
     */
    public record Cell(String bin, String value) {
    }
}
