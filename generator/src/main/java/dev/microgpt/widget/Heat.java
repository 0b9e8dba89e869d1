package dev.microgpt.widget;

/**
 * Colour bins for heatmaps. Zero is its own bin (the page colour); positive counts fall into
 * {@value #BINS} log-spaced bins, so a table holding both 1 and 5,000 shows its rare pairs as
 * well as its common ones. The stylesheet colours {@code q1} … {@code q7}; scripts reuse the
 * edges the build computed rather than computing their own.
 */
public final class Heat {
    /** Bins above zero. */
    public static final int BINS = 7;

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
}
