package dev.microgpt.rundata;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.microgpt.dataset.Tokenizer;
import dev.microgpt.inference.TransformerForward;
import dev.microgpt.inference.TransformerTrace;
import dev.microgpt.ladder.Check;
import dev.microgpt.ladder.Rung;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A trained transformer (Steps 3–5) reading one name: what each position sees and how its
 * attention is spread over the positions so far.
 *
 * @param name the name
 * @param positions one entry per input position: BOS, then each letter (at most 16)
 */
@JsonPropertyOrder({"name", "positions"})
public record AttentionTrace(String name, List<Position> positions) {
    public AttentionTrace {
        positions = List.copyOf(positions);
    }

    /**
     * One position of the first (only) layer; vectors rounded to
     * {@link Rounding#ACTIVATION_DIGITS} decimals, probabilities to {@link Rounding#PROB_DIGITS}.
     *
     * @param token the input token: a letter or "BOS"
     * @param tokEmb its token embedding, a row of wte, 16
     * @param posEmb the position's embedding, a row of wpe, 16
     * @param x rmsnorm(tokEmb + posEmb): the input of the layer, 16
     * @param q the query, 16 (head h owns elements 4h..4h+3 in Steps 4–5)
     * @param k the key, 16
     * @param v the value, 16
     * @param heads per head, its scores and weights over positions 0..this one
     * @param probs the next token's distribution at temperature 1, 27, by token id
     */
    @JsonPropertyOrder({"token", "tokEmb", "posEmb", "x", "q", "k", "v", "heads", "probs"})
    public record Position(String token, double[] tokEmb, double[] posEmb, double[] x, double[] q,
            double[] k, double[] v, List<Head> heads, double[] probs) {
        public Position {
            tokEmb = Check.finite("tokEmb", tokEmb).clone();
            posEmb = Check.finite("posEmb", posEmb).clone();
            x = Check.finite("x", x).clone();
            q = Check.finite("q", q).clone();
            k = Check.finite("k", k).clone();
            v = Check.finite("v", v).clone();
            heads = List.copyOf(heads);
            probs = Check.finite("probs", probs).clone();
        }
    }

    /**
     * One head's attention at one position.
     *
     * @param logits q·k / √headDim for each position 0..t
     * @param weights softmax of the logits: how much of each position's value is taken
     */
    @JsonPropertyOrder({"logits", "weights"})
    public record Head(double[] logits, double[] weights) {
        public Head {
            logits = Check.finite("logits", logits).clone();
            weights = Check.finite("weights", weights).clone();
        }
    }

    /**
     * Reads a name with a trained model (Steps 3–5): the first layer of the double forward pass
     * of its architecture and weights, rounded. Its probabilities must equal the model's own,
     * bit for bit; checking costs one forward pass over a short name.
     */
    static AttentionTrace of(Rung model, Tokenizer tokenizer, String name) {
        int[] tokens = tokenizer.encode(name);
        double[][] expected = model.nextTokenProbs(tokens);
        TransformerTrace trace = TransformerForward.of(model.architecture(), model.weights())
                .trace(Arrays.copyOf(tokens, expected.length));   // the inputs, at most a block
        List<Position> positions = new ArrayList<>();
        for (int pos = 0; pos < expected.length; pos++) {
            TransformerTrace.Position p = trace.positions().get(pos);
            if (!Arrays.equals(p.probs(), expected[pos])) {
                throw new IllegalStateException("attention trace of \"" + name + "\" disagrees"
                        + " with the model at position " + pos);
            }
            TransformerTrace.Layer layer = p.layers().get(0);
            List<Head> heads = new ArrayList<>();
            for (TransformerTrace.Head head : layer.heads()) {
                heads.add(new Head(rounded(head.logits()), rounded(head.weights())));
            }
            positions.add(new Position(tokenizer.label(p.token()), rounded(p.tokEmb()),
                    rounded(p.posEmb()), rounded(p.x()), rounded(layer.q()), rounded(layer.k()),
                    rounded(layer.v()), heads, Rounding.round(p.probs(), Rounding.PROB_DIGITS)));
        }
        return new AttentionTrace(name, positions);
    }

    private static double[] rounded(double[] values) {
        return Rounding.round(values, Rounding.ACTIVATION_DIGITS);
    }
}
