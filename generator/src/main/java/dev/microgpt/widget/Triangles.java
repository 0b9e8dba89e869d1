package dev.microgpt.widget;

import dev.microgpt.page.Html;
import dev.microgpt.page.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * Attention weights as triangles, one per head: a row per query position, a column per key
 * position, only keys at or before the query (the model cannot look ahead). Cells hold the weight
 * (two decimals, printed when the name is short enough for them to fit). {@code MG.attn} draws the
 * same tables in the page. The {@code attn} macros of {@code templates/widgets/attention.ftlh}
 * draw them from the records here.
 */
final class Triangles {
    static final int PRINTED = 8;   // positions up to which the cells print their weights

    private Triangles() {
    }

    /**
     * The triangles of a trace, for {@code <@attn.triangles/>}.
     *
     * @param tokens the token at each position: the columns' and rows' headers
     * @param heads one triangle per head
     * @param values whether the cells print their weights (short names only)
     * @param legend the colour legend of the weights
     */
    public record Figure(List<Token> tokens, List<Head> heads, boolean values, Html legend) {
    }

    /**
     * One head's triangle.
     *
     * @param rows a row per query position, a cell per key position up to it
     */
    public record Head(List<List<Cell>> rows) {
    }

    /**
     * One weight.
     *
     * @param bin its colour bin ({@code q0} … {@code q7})
     * @param weight the weight, two decimals
     */
    public record Cell(int bin, String weight) {
    }

    static Figure of(Vocab vocab, List<Inference.Position> trace, int heads) {
        List<Token> tokens = new ArrayList<>();
        for (Inference.Position p : trace) {
            tokens.add(vocab.token(p.token));
        }
        List<Head> triangles = new ArrayList<>();
        for (int h = 0; h < heads; h++) {
            List<List<Cell>> rows = new ArrayList<>();
            for (int i = 0; i < trace.size(); i++) {
                List<Cell> cells = new ArrayList<>();
                for (int j = 0; j <= i; j++) {
                    double w = trace.get(i).weights[h][j];
                    cells.add(new Cell(Heat.attentionBin(w), Numbers.fixed(w, 2)));
                }
                rows.add(cells);
            }
            triangles.add(new Head(rows));
        }
        return new Figure(tokens, triangles, trace.size() <= PRINTED, new Html(Heat.attentionLegend()));
    }

    /**
     * The arithmetic behind one cell, for {@code <@attn.arithmetic/>}, as the script's readout words it.
     *
     * @param head the head, from 1, or 0 when the model has a single one (the sentence then names none)
     * @param query the query's token
     * @param i the query's position
     * @param key the key's token
     * @param j the key's position
     * @param terms the products of q·k, one per number of the head's slice
     * @param dot q·k, four decimals
     * @param headDim d, the numbers each head reads
     * @param logit q·k / √d, four decimals
     * @param weight softmax over the row, four decimals
     */
    public record Arithmetic(int head, String query, int i, String key, int j, List<Term> terms, String dot,
            int headDim, String logit, String weight) {
    }

    /** One product q[c]×k[c] of the dot product, each factor two decimals. */
    public record Term(String q, String k) {
    }

    static Arithmetic arithmetic(Vocab vocab, List<Inference.Position> trace, int heads, int h, int i, int j) {
        int hd = 16 / heads;
        Inference.Position q = trace.get(i);
        Inference.Position k = trace.get(j);
        List<Term> terms = new ArrayList<>();
        double dot = 0;
        for (int c = h * hd; c < h * hd + hd; c++) {
            terms.add(new Term(Numbers.fixed(q.q[c], 2), Numbers.fixed(k.k[c], 2)));
            dot += q.q[c] * k.k[c];
        }
        return new Arithmetic(heads > 1 ? h + 1 : 0, vocab.label(q.token), i, vocab.label(k.token), j, terms,
                Numbers.fixed(dot, 4), hd, Numbers.fixed(q.logits[h][j], 4), Numbers.fixed(q.weights[h][j], 4));
    }
}
