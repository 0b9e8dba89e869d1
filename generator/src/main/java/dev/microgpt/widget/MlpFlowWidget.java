package dev.microgpt.widget;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import java.util.Map;
import java.util.Set;

/**
 * {@code mlp-flow}: the trained MLP of rung 1 or 2 on one input token, layer by layer: its
 * 16-number embedding, the 64 weighted sums of {@code mlp_fc1}, ReLU, the 27 logits of
 * {@code mlp_fc2} and their softmax. Each layer is a strip of cells whose colour scale is fixed
 * across all 27 inputs, so picking another token shows what changes.
 * <pre>
 * rung: 1
 * token: a        the input (a letter or BOS)
 * </pre>
 */
final class MlpFlowWidget implements Widget {
    static final String[] TITLES = {"x = wte[%s]: the embedding, 16 numbers", "mlp_fc1 · x: 64 weighted sums",
        "ReLU: the negative sums set to 0", "mlp_fc2 · h: 27 logits, one per next token",
        "softmax: 27 probabilities"};

    @Override
    public String name() {
        return "mlp-flow";
    }

    @Override
    public Set<String> keys() {
        return Set.of("rung", "token");
    }

    @Override
    public Rendered render(Args args, RunData run) {
        Vocab vocab = Vocab.of(run);
        Inference model = Inference.of(run, Rungs.one(args, "rung", 1, run, 1, 2), args, "rung");
        int token = token(args, "token", "a", vocab);
        double[][] edges = new double[4][];
        double[] max = new double[4];
        for (int t = 0; t < vocab.size(); t++) {
            double[][] layers = layers(model, t);
            for (int k = 0; k < 4; k++) {
                max[k] = Math.max(max[k], Heat.maxAbs(layers[k]));
            }
        }
        ObjectNode data = Json.object();
        data.put("model", model.key());
        data.put("token", token);
        var e = data.putArray("edges");
        for (int k = 0; k < 4; k++) {
            edges[k] = Heat.signedEdges(max[k]);
            e.add(Json.rounded(edges[k], 6));
        }
        data.set("probEdges", Json.rounded(Heat.PROB_EDGES, 2));

        double[][] layers = layers(model, token);
        StringBuilder html = new StringBuilder("<p class=\"tok-row picker\" role=\"group\" aria-label=\"Input token\">");
        for (int t = 0; t < vocab.size(); t++) {
            html.append("<button type=\"button\" class=\"tok").append(t == vocab.bos() ? " bos" : "").append("\" data-t=\"")
                    .append(t).append("\" aria-pressed=\"").append(t == token).append("\" hidden>")
                    .append(Html.escape(vocab.label(t))).append("</button> ");
        }
        html.append("</p><div class=\"flow\">");
        for (int k = 0; k < 5; k++) {
            String title = String.format(java.util.Locale.ROOT, TITLES[k], vocab.label(token));
            html.append("<div class=\"layer\"><p class=\"chart-title\">").append(Html.escape(title)).append("</p>")
                    .append(Strips.table(title, layers[k], k < 4 ? edges[k] : null, k < 3 ? null : Strips.tokenRows(vocab)))
                    .append(k < 4 ? Heat.signedLegend(edges[k]) : Heat.probLegend()).append("</div>");
        }
        return new Rendered(html.append("</div>").toString(), data, Map.of(model.key(), model.json()));
    }

    /** x, the sums, ReLU, logits and probabilities for one input token. */
    static double[][] layers(Inference model, int token) {
        Inference.Mlp m = model.mlp(token);
        return new double[][] {m.x(), m.hPre(), m.h(), m.logits(), m.probs()};
    }

    /** A token key: one letter of the vocabulary, or BOS. */
    static int token(Args args, String key, String otherwise, Vocab vocab) {
        String text = args.text(key, otherwise);
        if (text.equals("BOS")) {
            return vocab.bos();
        }
        if (text.length() != 1 || vocab.id(text.charAt(0)) < 0) {
            throw args.error(key, key + " must be one letter of " + vocab.uchars() + " or BOS, was \"" + text + "\"");
        }
        return vocab.id(text.charAt(0));
    }
}
