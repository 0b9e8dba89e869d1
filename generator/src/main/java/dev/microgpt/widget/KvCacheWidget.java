package dev.microgpt.widget;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import dev.microgpt.page.Numbers;
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
        StringBuilder html = new StringBuilder("<div class=\"panels\">");
        for (int k = 0; k < trace.size(); k++) {
            Inference.Position p = trace.get(k);
            String token = vocab.label(p.token);
            html.append("<div class=\"panel\" data-f=\"").append(k).append("\" data-t=\"").append(k).append("\">")
                    .append("<div class=\"scroll\"><table class=\"cache\"><caption>Position ").append(k).append(", ")
                    .append(vocab.chip(p.token)).append(": the cache holds ").append(k + 1).append(k == 0 ? " row" : " rows")
                    .append("</caption><thead><tr><th scope=\"col\">pos</th><th scope=\"col\">key k, value v</th>");
            if (heads == 1) {
                html.append("<th scope=\"col\">q·k / √").append(model.headDim()).append("</th><th scope=\"col\">weight</th>");
            } else {
                for (int h = 0; h < heads; h++) {
                    html.append("<th scope=\"col\"><abbr title=\"head ").append(h + 1).append("\">h").append(h + 1).append("</abbr></th>");
                }
            }
            html.append("</tr></thead><tbody><tr class=\"query\"><th scope=\"row\">").append(vocab.chip(p.token))
                    .append("</th><td>").append(Strips.inline("query q of position " + k, p.q, edges))
                    .append(" <span class=\"muted\">query q</span></td><td colspan=\"").append(heads == 1 ? 2 : heads)
                    .append("\"></td></tr>");
            for (int t = 0; t <= k; t++) {
                Inference.Position c = trace.get(t);
                html.append(t == k ? "<tr class=\"new\">" : "<tr>").append("<th scope=\"row\">").append(t).append(' ')
                        .append(vocab.chip(c.token)).append("</th><td>").append(Strips.inline("key of position " + t, c.k,
                        edges)).append("<br>").append(Strips.inline("value of position " + t, c.v, edges)).append("</td>");
                if (heads == 1) {
                    html.append("<td>").append(Numbers.fixed(p.logits[0][t], 4)).append("</td>");
                }
                for (int h = 0; h < heads; h++) {
                    html.append("<td class=\"q").append(Heat.probBin(p.weights[h][t])).append("\">")
                            .append(Numbers.fixed(p.weights[h][t], heads == 1 ? 4 : 2)).append("</td>");
                }
                html.append("</tr>");
            }
            html.append("</tbody></table></div></div>");
            say.add(sentence(k, token, p, heads));
        }
        html.append("</div><p class=\"chart-note\">Cells: each of the " + model.width() + " numbers of a query, key or value, "
                + "coloured by sign and size (red negative, blue positive). Weights: the share of each cached value this "
                + "position takes" + (heads > 1 ? ", per head (each head compares its own " + model.headDim() + " of the "
                + model.width() + " numbers)" : "") + ".</p>");
        return new Rendered(html.toString(), data);
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
