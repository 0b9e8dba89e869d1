package dev.microgpt.widget;

import dev.microgpt.page.Numbers;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

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
        int bin = 0;
        for (int k = 0; k < PROB_EDGES.length; k++) {
            if (p >= PROB_EDGES[k]) {
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
        StringBuilder html = new StringBuilder("<p class=\"hm-legend\">");
        for (int k = edges.length; k >= 1; k--) {
            html.append(String.format(Locale.ROOT, "<span class=\"swatch d-n%d\"></span>", k));
            html.append(k == edges.length ? "≤ " + Numbers.fixed(-edges[k - 1], digits(edges)) + " " : "");
        }
        html.append("<span class=\"swatch d-0\"></span> 0 ");
        for (int k = 1; k <= edges.length; k++) {
            html.append(String.format(Locale.ROOT, "<span class=\"swatch d-p%d\"></span>", k));
        }
        html.append(" ≥ ").append(Numbers.fixed(edges[edges.length - 1], digits(edges)));
        html.append(" <span class=\"edges\">(steps at ±");
        for (int k = 0; k < edges.length; k++) {
            html.append(k > 0 ? ", " : "").append(Numbers.fixed(edges[k], digits(edges)));
        }
        return html.append(")</span></p>").toString();
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
        StringBuilder html = new StringBuilder("<p class=\"hm-legend\"><span class=\"swatch q0\"></span> &lt; 0.01");
        for (int k = 0; k < PROB_EDGES.length; k++) {
            html.append(String.format(Locale.ROOT, " <span class=\"swatch q%d\"></span> %s", k + 1,
                    Numbers.fixed(PROB_EDGES[k], 2) + (k == PROB_EDGES.length - 1 ? "+" : "")));
        }
        return html.append("</p>").toString();
    }
}
