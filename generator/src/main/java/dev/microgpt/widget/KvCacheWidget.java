package dev.microgpt.widget;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import dev.microgpt.page.Html;
import dev.microgpt.page.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code kv-cache}: a transformer rung reading a name position by position. Each position adds
 * its key and value to the cache, one row more each time; its query is compared with every
 * cached key (q·k/√d), and softmax turns the scores into the weights with which the cached
 * values are mixed. With four heads each head scores its own slice, so each has its weights.
 * <pre>
 * rung: 3
 * name: emma
 * </pre>
 */
final class KvCacheWidget implements Widget {
    @Override
    public String name() {
        return "kv-cache";
    }

    @Override
    public Set<String> keys() {
        return Set.of("rung", "name");
    }

    @Override
    public Rendered render(Args args, RunData run) {
        Vocab vocab = Vocab.of(run);
        Inference model = Inference.of(run, Rungs.one(args, "rung", 3, run, 3, 5), args, "rung");
        String name = Names.checked(args, "name", "emma", vocab);
        List<Inference.Position> trace = model.readName(vocab, name);
        double max = 0;
        for (Inference.Position p : trace) {
            max = Math.max(max, Heat.maxAbs(p.q, p.k, p.v));
        }
        double[] edges = Heat.signedEdges(max);
        int heads = model.heads;
        ObjectNode data = Frames.data("Step through the name", "position", true);
        var say = data.putArray("readouts");
        List<Panel> panels = new ArrayList<>();
        for (int k = 0; k < trace.size(); k++) {
            Inference.Position p = trace.get(k);
            List<Row> rows = new ArrayList<>();
            for (int t = 0; t <= k; t++) {
                Inference.Position c = trace.get(t);
                List<Weight> weights = new ArrayList<>();
                for (int h = 0; h < heads; h++) {
                    double w = p.weights[h][t];
                    weights.add(new Weight(Heat.attentionBin(w), Numbers.fixed(w, heads == 1 ? 4 : 2)));
                }
                rows.add(new Row(vocab.token(c.token), new Html(Strips.inline("key of position " + t, c.k, edges)),
                        new Html(Strips.inline("value of position " + t, c.v, edges)), Numbers.fixed(p.logits[0][t], 4),
                        weights));
            }
            panels.add(new Panel(vocab.token(p.token), new Html(Strips.inline("query q of position " + k, p.q, edges)),
                    rows));
            say.add(sentence(k, vocab.label(p.token), p, heads));
        }
        String html = Figures.render("kv-cache", new Figure(heads, model.headDim(), model.width(), panels));
        return new Rendered(html, data);
    }

    /**
     * The figure the build draws.
     *
     * @param heads how many heads score the keys: one shows each score and weight, four a weight per head
     * @param headDim the numbers each head compares
     * @param width the numbers of a query, key or value
     * @param panels one per position
     */
    public record Figure(int heads, int headDim, int width, List<Panel> panels) {
    }

    /**
     * One position: its query against the cache as it stands then.
     *
     * @param token the token read there
     * @param query its query, as a strip
     * @param rows the cache, a row per position so far, this one last
     */
    public record Panel(Token token, Html query, List<Row> rows) {
    }

    /**
     * One cached position.
     *
     * @param token its token
     * @param key its key, as a strip
     * @param value its value, as a strip
     * @param score the query's q·k/√d with its key, four decimals (printed with a single head)
     * @param weights the share of its value each head takes
     */
    public record Row(Token token, Html key, Html value, String score, List<Weight> weights) {
    }

    /**
     * One weight.
     *
     * @param bin its colour bin ({@code q0} … {@code q7})
     * @param weight the weight, four decimals with one head, two with four
     */
    public record Weight(int bin, String weight) {
    }

    private static String sentence(int k, String token, Inference.Position p, int heads) {
        StringBuilder out = new StringBuilder("Position " + k + ", " + token + ": its key and value join the cache, now "
                + (k + 1) + (k == 0 ? " row" : " rows") + ". Its query is compared with every cached key");
        if (heads == 1) {
            out.append(": scores ").append(list(p.logits[0], 4)).append("; softmax makes them the weights ")
                    .append(list(p.weights[0], 4)).append('.');
        } else {
            out.append(", head by head; weights");
            for (int h = 0; h < heads; h++) {
                out.append(h > 0 ? ";" : "").append(" head ").append(h + 1).append(": ").append(list(p.weights[h], 2));
            }
            out.append('.');
        }
        return out.toString();
    }

    static String list(double[] v, int digits) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            out.append(i > 0 ? ", " : "").append(Numbers.fixed(v[i], digits));
        }
        return out.toString();
    }
}
