package dev.microgpt.widget;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import java.util.ArrayList;
import java.util.List;
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
        List<TokenButton> buttons = new ArrayList<>();
        for (int t = 0; t < vocab.size(); t++) {
            buttons.add(new TokenButton(vocab.label(t), t, t == vocab.bos(), t == token));
        }
        List<SignedLayer> signed = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            signed.add(new SignedLayer(Strips.strip(layers[k], edges[k], k < 3 ? null : Strips.tokenRows(vocab)),
                    layers[k].length, Heat.signed(edges[k])));
        }
        String html = Figures.render("mlp-flow", new Figure(buttons, vocab.label(token), signed,
                Strips.strip(layers[4], null, Strips.tokenRows(vocab)), Heat.prob()));
        return new Rendered(html, data, Map.of(model.key(), model.json()));
    }

    /**
     * The MLP on one input token.
     *
     * @param tokens the picker's buttons, one per token (hidden until the script runs)
     * @param token the input's label
     * @param layers x, the sums, ReLU and the logits, each on its own diverging scale
     * @param probs the softmax of the logits
     * @param probLegend the probability bins
     */
    public record Figure(List<TokenButton> tokens, String token, List<SignedLayer> layers, Strips.Strip probs,
            Heat.ProbLegend probLegend) {
    }

    /**
     * A button of the token picker.
     *
     * @param label the token's letter or BOS
     * @param id its id
     * @param bos whether it is BOS (drawn dashed)
     * @param pressed whether it is the input shown
     */
    public record TokenButton(String label, int id, boolean bos, boolean pressed) {
    }

    /**
     * A layer of signed values.
     *
     * @param strip its values
     * @param size how many values, which its title names
     * @param legend its colour scale, the same for every input
     */
    public record SignedLayer(Strips.Strip strip, int size, Heat.SignedLegend legend) {
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
