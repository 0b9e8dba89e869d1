package dev.microgpt.rundata;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.microgpt.autograd.Value;
import dev.microgpt.dataset.Tokenizer;
import dev.microgpt.ladder.Check;
import dev.microgpt.ladder.Layers;
import dev.microgpt.ladder.Rung;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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
     * Reads a name with a trained model's weights, recomputing its forward pass step by step
     * with the same {@link Layers} and {@link Value} operations, so every intermediate can be
     * kept; the probabilities must equal the model's own, bit for bit.
     *
     * @param prefix the layer's matrix prefix: "" for Step 3, "layer0." for Steps 4–5
     * @param nHead 1 for Step 3, 4 for Steps 4–5
     */
    static AttentionTrace of(Rung model, Tokenizer tokenizer, String name, String prefix,
            int nHead) {
        Map<String, double[][]> weights = model.weights();
        Value[][] wte = values(weights.get("wte"));
        Value[][] wpe = values(weights.get("wpe"));
        Value[][] wq = values(weights.get(prefix + "attn_wq"));
        Value[][] wk = values(weights.get(prefix + "attn_wk"));
        Value[][] wv = values(weights.get(prefix + "attn_wv"));
        Value[][] wo = values(weights.get(prefix + "attn_wo"));
        Value[][] fc1 = values(weights.get(prefix + "mlp_fc1"));
        Value[][] fc2 = values(weights.get(prefix + "mlp_fc2"));
        Value[][] lmHead = values(weights.get("lm_head"));
        int nEmbd = wte[0].length;
        int headDim = nEmbd / nHead;

        int[] tokens = tokenizer.encode(name);
        double[][] expected = model.nextTokenProbs(tokens);
        List<Value[]> keys = new ArrayList<>();
        List<Value[]> values = new ArrayList<>();
        List<Position> positions = new ArrayList<>();
        for (int pos = 0; pos < expected.length; pos++) {
            Value[] tokEmb = wte[tokens[pos]];
            Value[] posEmb = wpe[pos];
            Value[] x = new Value[nEmbd];
            for (int i = 0; i < nEmbd; i++) {
                x[i] = tokEmb[i].add(posEmb[i]);
            }
            x = Layers.rmsnorm(x);
            Value[] xResidual = x;
            Value[] xNorm = Layers.rmsnorm(x);
            Value[] q = Layers.linear(xNorm, wq);
            Value[] k = Layers.linear(xNorm, wk);
            Value[] v = Layers.linear(xNorm, wv);
            keys.add(k);
            values.add(v);
            List<Head> heads = new ArrayList<>();
            Value[] xAttn = new Value[nEmbd];
            for (int h = 0; h < nHead; h++) {
                int hs = h * headDim;
                Value[] attnLogits = new Value[keys.size()];
                for (int t = 0; t < keys.size(); t++) {
                    Value[] products = new Value[headDim];
                    for (int j = 0; j < headDim; j++) {
                        products[j] = q[hs + j].mul(keys.get(t)[hs + j]);
                    }
                    attnLogits[t] = Value.sum(products).div(Math.pow(headDim, 0.5));
                }
                Value[] attnWeights = Layers.softmax(attnLogits);
                for (int j = 0; j < headDim; j++) {
                    Value[] weighted = new Value[values.size()];
                    for (int t = 0; t < values.size(); t++) {
                        weighted[t] = attnWeights[t].mul(values.get(t)[hs + j]);
                    }
                    xAttn[hs + j] = Value.sum(weighted);
                }
                heads.add(new Head(rounded(attnLogits), rounded(attnWeights)));
            }
            Value[] out = Layers.linear(xAttn, wo);
            for (int i = 0; i < nEmbd; i++) {
                out[i] = out[i].add(xResidual[i]);
            }
            xResidual = out;
            Value[] hidden = Layers.linear(Layers.rmsnorm(out), fc1);
            for (int i = 0; i < hidden.length; i++) {
                hidden[i] = hidden[i].relu();
            }
            Value[] mlpOut = Layers.linear(hidden, fc2);
            for (int i = 0; i < nEmbd; i++) {
                mlpOut[i] = mlpOut[i].add(xResidual[i]);
            }
            double[] probs = Layers.data(Layers.softmax(Layers.linear(mlpOut, lmHead)));
            if (!Arrays.equals(probs, expected[pos])) {
                throw new IllegalStateException("attention trace of \"" + name + "\" disagrees"
                        + " with the model at position " + pos);
            }
            positions.add(new Position(tokenizer.label(tokens[pos]), rounded(tokEmb),
                    rounded(posEmb), rounded(x), rounded(q), rounded(k), rounded(v), heads,
                    Rounding.round(probs, Rounding.PROB_DIGITS)));
        }
        return new AttentionTrace(name, positions);
    }

    private static Value[][] values(double[][] data) {
        Value[][] m = new Value[data.length][];
        for (int i = 0; i < data.length; i++) {
            m[i] = new Value[data[i].length];
            for (int j = 0; j < data[i].length; j++) {
                m[i][j] = new Value(data[i][j]);
            }
        }
        return m;
    }

    private static double[] rounded(Value[] values) {
        return Rounding.round(Layers.data(values), Rounding.ACTIVATION_DIGITS);
    }
}
