package dev.microgpt.widget;

import dev.microgpt.page.Numbers;
import java.util.List;

/**
 * Attention weights as triangles, one per head: a row per query position, a column per key
 * position, only keys at or before the query (the model cannot look ahead). Cells hold the weight
 * (two decimals, printed when the name is short enough for them to fit). {@code MG.attn} draws the
 * same tables in the page.
 */
final class Triangles {
    static final int PRINTED = 8;   // positions up to which the cells print their weights

    private Triangles() {
    }

    static String html(Vocab vocab, List<Inference.Position> trace, int heads) {
        int n = trace.size();
        StringBuilder html = new StringBuilder("<div class=\"tris\">");
        for (int h = 0; h < heads; h++) {
            html.append("<div><p class=\"chart-title\">").append(heads > 1 ? "head " + (h + 1) : "attention")
                    .append("</p><table class=\"hm tri").append(n <= PRINTED ? " show-values" : "")
                    .append("\" style=\"--n: ").append(n + 1).append("\" aria-label=\"head ").append(h + 1).append(": attention weights, a row per query, a column per "
                    + "key\"><thead><tr><th scope=\"col\"><span class=\"sr-only\">query</span></th>");
            for (Inference.Position p : trace) {
                html.append("<th scope=\"col\">").append(label(vocab, p.token)).append("</th>");
            }
            html.append("</tr></thead><tbody>");
            for (int i = 0; i < n; i++) {
                html.append("<tr><th scope=\"row\">").append(label(vocab, trace.get(i).token)).append("</th>");
                for (int j = 0; j <= i; j++) {
                    double w = trace.get(i).weights[h][j];
                    html.append("<td class=\"q").append(Heat.probBin(w)).append("\">").append(Numbers.fixed(w, 2))
                            .append("</td>");
                }
                html.append("</tr>");
            }
            html.append("</tbody></table></div>");
        }
        return html.append("</div>").append(Heat.probLegend()).toString();
    }

    /** BOS as the short "•" the count table uses, letters as themselves. */
    static String label(Vocab vocab, int token) {
        return CountTableWidget.header(vocab, token);
    }

    /** The arithmetic behind one cell, as the script's readout words it. */
    static String arithmetic(Vocab vocab, List<Inference.Position> trace, int heads, int h, int i, int j) {
        int hd = 16 / heads;
        Inference.Position q = trace.get(i);
        Inference.Position k = trace.get(j);
        StringBuilder out = new StringBuilder((heads > 1 ? "head " + (h + 1) + " · " : "") + vocab.label(q.token) + " ("
                + i + ") looks at " + vocab.label(k.token) + " (" + j + "): q·k = ");
        double dot = 0;
        for (int c = h * hd; c < h * hd + hd; c++) {
            out.append(c > h * hd ? " + " : "").append(Numbers.fixed(q.q[c], 2)).append("×").append(Numbers.fixed(k.k[c], 2));
            dot += q.q[c] * k.k[c];
        }
        return out.append(" = ").append(Numbers.fixed(dot, 4)).append("; ÷ √").append(hd).append(" = ")
                .append(Numbers.fixed(q.logits[h][j], 4)).append("; softmax over the row: weight ")
                .append(Numbers.fixed(q.weights[h][j], 4)).toString();
    }
}
