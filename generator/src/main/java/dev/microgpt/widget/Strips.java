package dev.microgpt.widget;

import dev.microgpt.page.Numbers;

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
     * A vector as a strip.
     *
     * @param edges signed edges for values (diverging colours), or null for probabilities
     * @param rowLabels a label per row, or null for index ranges such as "16–31"
     */
    static String table(String label, double[] v, double[] edges, String[] rowLabels) {
        StringBuilder html = new StringBuilder("<table class=\"hm strip\" style=\"--n: " + (WIDTH + 2)
                + "\" aria-label=\"" + Html.escape(label) + "\"><tbody>");
        for (int r = 0; r * WIDTH < v.length; r++) {
            int end = Math.min(v.length, (r + 1) * WIDTH);
            html.append("<tr><th scope=\"row\">").append(rowLabels != null ? rowLabels[r] : (r * WIDTH) + "–" + (end - 1))
                    .append("</th>");
            for (int j = r * WIDTH; j < end; j++) {
                html.append("<td class=\"").append(edges != null ? Heat.signedClass(v[j], edges) : "q" + Heat.probBin(v[j]))
                        .append("\">").append(Numbers.fixed(v[j], 4)).append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table>").toString();
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
