package dev.microgpt.widget;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import dev.microgpt.page.Numbers;
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
        StringBuilder html = new StringBuilder("<p class=\"slices\"><span class=\"muted\">query q of position " + at + ", ")
                .append(vocab.chip(p.token)).append(":</span> ");
        for (int h = 0; h < heads; h++) {
            html.append("<span class=\"grp h").append(h).append("\" data-n=\"").append(h).append("\">")
                    .append(slice(p.q, h, hd)).append("</span> ");
        }
        html.append("</p><div class=\"panels\">");
        for (int h = 0; h < heads; h++) {
            double[] out = Arrays.copyOfRange(p.attn, h * hd, h * hd + hd);
            html.append("<div class=\"panel\" data-f=\"").append(h).append("\" data-t=\"").append(h).append("\">")
                    .append("<div class=\"scroll\"><table class=\"cache heads\"><caption>Head ").append(h + 1).append(": numbers ")
                    .append(h * hd).append("–").append(h * hd + hd - 1).append(" of q, k and v</caption><thead><tr>")
                    .append("<th scope=\"col\">pos</th><th scope=\"col\">key slice, value slice</th><th scope=\"col\">")
                    .append("q·k / √").append(hd).append("</th><th scope=\"col\">weight</th></tr></thead><tbody>");
            for (int t = 0; t <= at; t++) {
                Inference.Position c = trace.get(t);
                html.append("<tr><th scope=\"row\">").append(t).append(' ').append(vocab.chip(c.token)).append("</th><td>")
                        .append(slice(c.k, h, hd)).append("<br>").append(slice(c.v, h, hd)).append("</td><td>")
                        .append(Numbers.fixed(p.logits[h][t], 4)).append("</td><td class=\"q")
                        .append(Heat.probBin(p.weights[h][t])).append("\">").append(Numbers.fixed(p.weights[h][t], 4))
                        .append("</td></tr>");
            }
            html.append("<tr class=\"new\"><th scope=\"row\">output</th><td>").append(slice(p.attn, h, hd))
                    .append("</td><td colspan=\"2\" class=\"muted\">Σ weight × value</td></tr></tbody></table></div></div>");
            say.add("Head " + (h + 1) + " takes numbers " + (h * hd) + " to " + (h * hd + hd - 1) + " of q, of every cached k "
                    + "and of every cached v. Scores q·k / √" + hd + ": " + KvCacheWidget.list(p.logits[h], 4) + "; softmax: "
                    + "weights " + KvCacheWidget.list(p.weights[h], 4) + "; the weighted sum of the value slices is its output: "
                    + KvCacheWidget.list(out, 4) + ".");
        }
        html.append("<div class=\"panel\" data-f=\"").append(heads).append("\"><p class=\"muted\">The ").append(heads)
                .append(" outputs side by side: ").append(model.width()).append(" numbers again, what attn_wo reads.</p></div></div>")
                .append("<p class=\"slices\"><span class=\"muted\">outputs, side by side:</span> ");
        for (int h = 0; h < heads; h++) {
            html.append("<span class=\"grp h").append(h).append("\" data-f=\"").append(h).append("\">")
                    .append(slice(p.attn, h, hd)).append("</span> ");
        }
        html.append("</p>");
        say.add("Side by side, the " + heads + " heads’ outputs make " + p.attn.length + " numbers again: "
                + KvCacheWidget.list(p.attn, 4)
                + ". attn_wo mixes them back into the residual stream.");
        return new Rendered(html.toString(), data);
    }

    /** Head h's numbers of a vector, two decimals each. */
    static String slice(double[] v, int h, int hd) {
        StringBuilder out = new StringBuilder("<span class=\"nums\">");
        for (int j = h * hd; j < h * hd + hd; j++) {
            out.append(j > h * hd ? " " : "").append(Numbers.fixed(v[j], 2));
        }
        return out.append("</span>").toString();
    }
}
