package dev.microgpt.widget;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import dev.microgpt.page.Numbers;
import java.util.List;
import java.util.Set;

/**
 * {@code embedding}: what a transformer rung reads at each position of a name: the token's row of
 * {@code wte} plus the position's row of {@code wpe}, and that sum after RMSNorm, the vector the
 * layer starts from. Click a letter of the name (or step) to see its position. Computed by the
 * build from the trained weights; the script only shows one position at a time.
 * <pre>
 * rung: 3
 * name: emma
 * </pre>
 */
final class EmbeddingWidget implements Widget {
    @Override
    public String name() {
        return "embedding";
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
        double maxX = 0;
        for (Inference.Position p : trace) {
            max = Math.max(max, Heat.maxAbs(p.tokEmb, p.posEmb, sum(p)));
            maxX = Math.max(maxX, Heat.maxAbs(p.x));
        }
        double[] edges = Heat.signedEdges(max);             // the embeddings and their sum
        double[] edgesX = Heat.signedEdges(maxX);           // x, about ten times larger after RMSNorm
        ObjectNode data = Frames.data("Step through the name", "position", false);
        var say = data.putArray("readouts");
        StringBuilder html = new StringBuilder("<p class=\"tok-row\">");
        for (int k = 0; k < trace.size(); k++) {
            int token = trace.get(k).token;
            html.append("<button type=\"button\" class=\"tok").append(token == vocab.bos() ? " bos" : "")
                    .append("\" data-go=\"").append(k).append("\" aria-label=\"position ").append(k).append("\" hidden>")
                    .append(Html.escape(vocab.label(token))).append("<sub>").append(token).append("</sub></button> ");
        }
        html.append("</p><div class=\"panels\">");
        for (int k = 0; k < trace.size(); k++) {
            Inference.Position p = trace.get(k);
            String token = vocab.label(p.token);
            say.add("Position " + k + ", " + token + ": the token’s row wte[" + token + "] plus the position’s row wpe["
                    + k + "] gives the sum; RMSNorm rescales it so its root mean square is 1: x, what attention reads.");
            html.append("<div class=\"panel\" data-f=\"").append(k).append("\" data-t=\"").append(k).append("\">")
                    .append("<table class=\"hm show-values emb\"><caption>Position ").append(k).append(": ")
                    .append(vocab.chip(p.token)).append("</caption><thead><tr><th scope=\"col\">dim</th>")
                    .append("<th scope=\"col\">wte[").append(Html.escape(token)).append("]</th><th scope=\"col\">+ wpe[")
                    .append(k).append("]</th><th scope=\"col\">= sum</th><th scope=\"col\"><abbr title=\"RMSNorm of the sum\">→ x</abbr></th>")
                    .append("</tr></thead><tbody>");
            double[] sum = sum(p);
            for (int i = 0; i < p.x.length; i++) {
                html.append("<tr><th scope=\"row\">").append(i).append("</th>");
                double[] row = {p.tokEmb[i], p.posEmb[i], sum[i], p.x[i]};
                for (int c = 0; c < row.length; c++) {
                    html.append("<td class=\"").append(Heat.signedClass(row[c], c < 3 ? edges : edgesX)).append("\">")
                            .append(Numbers.fixed(row[c], 4)).append("</td>");
                }
                html.append("</tr>");
            }
            html.append("</tbody></table></div>");
        }
        html.insert(html.indexOf("<div class=\"panels\">"), "<div class=\"scroll\">");
        html.append("</div></div><div class=\"legends\"><div><p class=\"chart-note\">wte, wpe and their sum</p>")
                .append(Heat.signedLegend(edges)).append("</div><div><p class=\"chart-note\">x</p>")
                .append(Heat.signedLegend(edgesX)).append("</div></div>");
        return new Rendered(html.toString(), data);
    }

    private static double[] sum(Inference.Position p) {
        double[] sum = new double[p.tokEmb.length];
        for (int i = 0; i < sum.length; i++) {
            sum[i] = p.tokEmb[i] + p.posEmb[i];
        }
        return sum;
    }
}
