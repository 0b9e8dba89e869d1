package dev.microgpt.widget;

import dev.microgpt.page.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * Vectors drawn as heatmap strips: a {@code table.hm} of rows of {@value #WIDTH} cells, each cell
 * coloured by its bin and holding its value (visually hidden), so a strip reads without scripts,
 * on paper and to a screen reader. Scripts make the table a grid and repaint its cells.
 */
final class Strips {
    static final int WIDTH = 16;   // cells per row

    private Strips() {
    }

    /**
     * A vector as the {@code heat.strip} macro draws it.
     *
     * @param edges signed edges for values (diverging colours), or null for probabilities
     * @param rowLabels a label per row, or null for index ranges such as "16–31"
     */
    static Strip strip(double[] v, double[] edges, String[] rowLabels) {
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r * WIDTH < v.length; r++) {
            int end = Math.min(v.length, (r + 1) * WIDTH);
            List<Heat.Cell> cells = new ArrayList<>();
            for (int j = r * WIDTH; j < end; j++) {
                cells.add(new Heat.Cell(edges != null ? Heat.signedClass(v[j], edges) : "q" + Heat.probBin(v[j]),
                        Numbers.fixed(v[j], 4)));
            }
            rows.add(new Row(rowLabels != null ? rowLabels[r] : (r * WIDTH) + "–" + (end - 1), cells));
        }
        return new Strip(WIDTH + 2, rows);
    }

    /**
     * A vector as a strip table (its accessible name is the macro's other argument).
     *
     * @param columns grid columns the stylesheet lays out: the cells of a row and its header
     * @param rows the vector, {@value #WIDTH} values a row
     */
    public record Strip(int columns, List<Row> rows) {
    }

    /**
     * One row of a strip.
     *
     * @param label what the row holds, e.g. "16–31" or "a–p"
     * @param cells its values
     */
    public record Row(String label, List<Heat.Cell> cells) {
    }

    /**
     * A vector as a row of small coloured cells inside text, its values in its text alternative
     * (two decimals: the cells are for the eye, the tables beside them print exact numbers).
     */
    static String inline(String label, double[] v, double[] edges) {
        List<String> values = new ArrayList<>();
        List<String> bins = new ArrayList<>();
        for (double x : v) {
            values.add(Numbers.fixed(x, 2));
            bins.add(Heat.signedClass(x, edges));
        }
        return Figures.render("heat-inline-strip", new InlineStrip(label, values, bins));
    }

    /**
     * A vector inside text.
     *
     * @param label what it is, e.g. "key of position 2"
     * @param values each value to two decimals, for the text alternative
     * @param bins each value's diverging colour class
     */
    public record InlineStrip(String label, List<String> values, List<String> bins) {
    }

    /** Row labels for a vector indexed by token: "a–p", "q–BOS". */
    static String[] tokenRows(Vocab vocab) {
        String[] labels = new String[(vocab.size() + WIDTH - 1) / WIDTH];
        for (int r = 0; r < labels.length; r++) {
            labels[r] = vocab.label(r * WIDTH) + "–" + vocab.label(Math.min(vocab.size(), (r + 1) * WIDTH) - 1);
        }
        return labels;
    }
}
