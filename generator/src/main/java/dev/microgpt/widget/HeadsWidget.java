package dev.microgpt.widget;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import dev.microgpt.page.Numbers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * {@code heads}: multi-head attention at one position of a name, head by head. Each of the four
 * heads takes its own 4 of the 16 numbers of the query, the cached keys and the cached values,
 * scores the keys, weighs the values and returns 4 numbers; side by side the four outputs are
 * the 16 numbers {@code attn_wo} reads.
 * <pre>
 * rung: 4
 * name: emma
 * position: last    (0 is BOS; default the last letter)
 * </pre>
 */
final class HeadsWidget implements Widget {
    @Override
    public String name() {
        return "heads";
    }

    @Override
    public Set<String> keys() {
        return Set.of("rung", "name", "position");
    }

    @Override
    public Rendered render(Args args, RunData run) {
        Vocab vocab = Vocab.of(run);
        Inference model = Inference.of(run, Rungs.one(args, "rung", 4, run, 4, 5), args, "rung");
        String name = Names.checked(args, "name", "emma", vocab);
        List<Inference.Position> trace = model.readName(vocab, name);
        String pos = args.text("position", "last");
        int at;
        try {
            at = pos.equals("last") ? trace.size() - 1 : Integer.parseInt(pos);
        } catch (NumberFormatException e) {
            throw args.error("position", "position must be a number or last, was \"" + pos + "\"");
        }
        if (at < 0 || at >= trace.size()) {
            throw args.error("position", "position must be 0 to " + (trace.size() - 1) + " for " + name + ", was " + at);
        }
        Inference.Position p = trace.get(at);
        int heads = model.heads;
        int hd = model.headDim();
        ObjectNode data = Frames.data("Step through the heads", "step", true);
        var say = data.putArray("readouts");
        List<Head> panels = new ArrayList<>();
        for (int h = 0; h < heads; h++) {
            double[] out = Arrays.copyOfRange(p.attn, h * hd, h * hd + hd);
            List<Row> rows = new ArrayList<>();
            for (int t = 0; t <= at; t++) {
                Inference.Position c = trace.get(t);
                double w = p.weights[h][t];
                rows.add(new Row(vocab.token(c.token), slice(c.k, h, hd), slice(c.v, h, hd),
                        Numbers.fixed(p.logits[h][t], 4), Heat.attentionBin(w), Numbers.fixed(w, 4)));
            }
            panels.add(new Head(h * hd, h * hd + hd - 1, slice(p.q, h, hd), rows, slice(p.attn, h, hd)));
            say.add("Head " + (h + 1) + " takes numbers " + (h * hd) + " to " + (h * hd + hd - 1) + " of q, of every cached k "
                    + "and of every cached v. Scores q·k / √" + hd + ": " + KvCacheWidget.list(p.logits[h], 4) + "; softmax: "
                    + "weights " + KvCacheWidget.list(p.weights[h], 4) + "; the weighted sum of the value slices is its output: "
                    + KvCacheWidget.list(out, 4) + ".");
        }
        say.add("Side by side, the " + heads + " heads’ outputs make " + p.attn.length + " numbers again: "
                + KvCacheWidget.list(p.attn, 4)
                + ". attn_wo mixes them back into the residual stream.");
        String html = Figures.render("heads", new Figure(at, vocab.token(p.token), hd, model.width(), panels));
        return new Rendered(html, data);
    }

    /**
     * The figure the build draws.
     *
     * @param position the position whose query the heads read (0 is BOS)
     * @param token its token
     * @param headDim the numbers each head reads
     * @param width n_embd, the numbers of the heads' outputs side by side
     * @param heads one per head
     */
    public record Figure(int position, Token token, int headDim, int width, List<Head> heads) {
    }

    /**
     * One head.
     *
     * @param from the first of its numbers of q, k and v
     * @param to the last of them
     * @param query its slice of the query
     * @param rows a row per cached position: its key and value slices, score and weight
     * @param output the weighted sum of the value slices, its output
     */
    public record Head(int from, int to, List<String> query, List<Row> rows, List<String> output) {
    }

    /**
     * One cached position, as a head sees it.
     *
     * @param token its token
     * @param key the head's slice of its key
     * @param value the head's slice of its value
     * @param score q·k/√d, four decimals
     * @param bin the weight's colour bin ({@code q0} … {@code q7})
     * @param weight softmax of the scores, four decimals
     */
    public record Row(Token token, List<String> key, List<String> value, String score, int bin, String weight) {
    }

    /** Head h's numbers of a vector, two decimals each. */
    static List<String> slice(double[] v, int h, int hd) {
        List<String> out = new ArrayList<>();
        for (int j = h * hd; j < h * hd + hd; j++) {
            out.add(Numbers.fixed(v[j], 2));
        }
        return out;
    }
}
