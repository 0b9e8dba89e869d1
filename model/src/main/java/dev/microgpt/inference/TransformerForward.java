package dev.microgpt.inference;

import dev.microgpt.inference.Architecture.Division;
import dev.microgpt.inference.Architecture.Kind;
import dev.microgpt.random.PyRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The transformer of Steps 3–5 run forward: {@code gpt()} of Step 3 (one head) and Step 4 (any
 * number of heads and layers) over doubles, keeping every intermediate. Each position is read
 * once, after the ones before it, its keys and values added to each layer's cache.
 */
public final class TransformerForward implements Forward {
    private final Architecture architecture;
    private final Division division;              // Value's: a · b^(−1)
    private final double[][] wte;                 // vocabSize×nEmbd: one row per token
    private final double[][] wpe;                 // blockSize×nEmbd: one row per position
    private final double[][] lmHead;              // vocabSize×nEmbd: stream → next-token logits
    private final LayerWeights[] layers;          // nLayer layers, each with its own weights

    /** One layer's matrices. */
    private record LayerWeights(double[][] attnWq, double[][] attnWk, double[][] attnWv,
            double[][] attnWo, double[][] mlpFc1, double[][] mlpFc2) {
    }

    private TransformerForward(Architecture architecture, Map<String, double[][]> weights) {
        this.architecture = architecture;
        this.division = architecture.division();
        int v = architecture.vocabSize();
        int d = architecture.nEmbd();
        int hidden = architecture.nHidden();
        this.wte = Weights.matrix(weights, "wte", v, d);
        this.wpe = Weights.matrix(weights, "wpe", architecture.blockSize(), d);
        this.lmHead = Weights.matrix(weights, "lm_head", v, d);
        this.layers = new LayerWeights[architecture.nLayer()];
        for (int li = 0; li < layers.length; li++) {
            String prefix = prefix(weights, li);
            layers[li] = new LayerWeights(
                    Weights.matrix(weights, prefix + "attn_wq", d, d),
                    Weights.matrix(weights, prefix + "attn_wk", d, d),
                    Weights.matrix(weights, prefix + "attn_wv", d, d),
                    Weights.matrix(weights, prefix + "attn_wo", d, d),
                    Weights.matrix(weights, prefix + "mlp_fc1", hidden, d),
                    Weights.matrix(weights, prefix + "mlp_fc2", d, hidden));
        }
    }

    /**
     * The model of a run's weights, by run-data name, copied. Layer li's matrices are named
     * {@code layer<li>.attn_wq} and so on, as the reference names them; a one-layer model may name
     * them without the prefix ({@code attn_wq}), as Step 3 does.
     */
    public static TransformerForward of(Architecture architecture,
            Map<String, double[][]> weights) {
        if (architecture.kind() != Kind.TRANSFORMER) {
            throw new IllegalArgumentException("not a transformer: " + architecture.kind());
        }
        return new TransformerForward(architecture, weights);
    }

    private String prefix(Map<String, double[][]> weights, int li) {
        String prefix = "layer" + li + ".";
        boolean bare = architecture.nLayer() == 1 && !weights.containsKey(prefix + "attn_wq");
        return bare ? "" : prefix;
    }

    @Override
    public Architecture architecture() {
        return architecture;
    }

    /** Reads {@code tokens} (at most blockSize), position p after positions 0..p−1. */
    public TransformerTrace trace(int[] tokens) {
        Tokens.checkLength(tokens, architecture);
        Cache cache = new Cache(layers.length);
        List<TransformerTrace.Position> positions = new ArrayList<>();
        for (int pos = 0; pos < tokens.length; pos++) {
            positions.add(position(tokens[pos], pos, cache));
        }
        return new TransformerTrace(positions);
    }

    /**
     * As {@code Rung.nextTokenProbs}, for a name wrapped in BOS: the predictions after each token
     * but the last, at most blockSize of them (longer names are cut at the block, as in training).
     */
    @Override
    public double[][] nextTokenProbs(int[] tokens) {
        int n = Math.min(architecture.blockSize(), Math.max(0, tokens.length - 1));
        return trace(Arrays.copyOf(tokens, n)).probs();
    }

    /**
     * Makes up a name as the rungs' {@code sample} does: from BOS, one position at a time with
     * the caches, logits · T^(−1), softmax, one draw; stop at BOS or after blockSize positions.
     * Returns the letters' ids.
     */
    @Override
    public int[] sample(PyRandom random, int bos) {
        Cache cache = new Cache(layers.length);
        int[] name = new int[architecture.blockSize()];
        int length = 0;
        int token = bos;
        for (int pos = 0; pos < architecture.blockSize(); pos++) {
            double[] logits = position(token, pos, cache).logits();
            double[] scaled = Vectors.divide(logits, architecture.temperature(), division);
            token = random.choices(Vectors.softmax(scaled, division));
            if (token == bos) {
                break;
            }
            name[length++] = token;
        }
        return Arrays.copyOf(name, length);
    }

    /** Each layer's keys and values of the positions read so far. */
    private static final class Cache {
        final List<List<double[]>> keys = new ArrayList<>();
        final List<List<double[]>> values = new ArrayList<>();

        Cache(int nLayer) {
            for (int li = 0; li < nLayer; li++) {
                keys.add(new ArrayList<>());              // each layer attends to its own past
                values.add(new ArrayList<>());
            }
        }
    }

    /** One position: its token in, the next token's distribution out, the caches one longer. */
    private TransformerTrace.Position position(int token, int pos, Cache cache) {
        double[] tokEmb = wte[Tokens.check(token, architecture)];  // which letter
        double[] posEmb = wpe[pos];                                // where in the name
        double[] x = Vectors.rmsnorm(Vectors.add(tokEmb, posEmb), architecture.rmsEps(),
                division);
        List<TransformerTrace.Layer> layerTraces = new ArrayList<>();
        double[] stream = x;
        for (int li = 0; li < layers.length; li++) {
            TransformerTrace.Layer layer = layer(layers[li], stream, cache.keys.get(li),
                    cache.values.get(li));
            layerTraces.add(layer);
            stream = layer.xOut();
        }
        double[] logits = Vectors.linear(stream, lmHead);
        double[] probs = Vectors.softmax(logits, division);
        return new TransformerTrace.Position(token, tokEmb, posEmb, x, layerTraces, logits,
                probs);
    }

    /** One layer: attention over the cache, then the MLP, each around a residual connection. */
    private TransformerTrace.Layer layer(LayerWeights w, double[] xResidual, List<double[]> keys,
            List<double[]> values) {
        double eps = architecture.rmsEps();
        double[] xNorm = Vectors.rmsnorm(xResidual, eps, division);
        double[] q = Vectors.linear(xNorm, w.attnWq());       // what this position looks for
        double[] k = Vectors.linear(xNorm, w.attnWk());       // what it offers
        double[] v = Vectors.linear(xNorm, w.attnWv());       // what it hands over if chosen
        keys.add(k);
        values.add(v);
        List<TransformerTrace.Head> heads = new ArrayList<>();
        double[] xAttn = new double[architecture.nEmbd()];
        for (int h = 0; h < architecture.nHead(); h++) {
            heads.add(head(h, q, keys, values, xAttn));
        }
        double[] attnOut = Vectors.linear(xAttn, w.attnWo());
        double[] xAfterAttn = Vectors.add(attnOut, xResidual);  // add to the stream
        double[] mlpNorm = Vectors.rmsnorm(xAfterAttn, eps, division);
        double[] hPre = Vectors.linear(mlpNorm, w.mlpFc1());
        double[] hidden = Vectors.relu(hPre);
        double[] mlpOut = Vectors.linear(hidden, w.mlpFc2());
        double[] xOut = Vectors.add(mlpOut, xAfterAttn);
        return new TransformerTrace.Layer(xNorm, q, k, v, heads, xAttn, attnOut, xAfterAttn,
                mlpNorm, hPre, hidden, mlpOut, xOut);
    }

    /** Head h: its slice of q scores every cached key; its slice of xAttn mixes the values. */
    private TransformerTrace.Head head(int h, double[] q, List<double[]> keys,
            List<double[]> values, double[] xAttn) {
        int headDim = architecture.headDim();
        int hs = h * headDim;                                  // where this head's slice starts
        double[] attnLogits = new double[keys.size()];
        for (int t = 0; t < keys.size(); t++) {
            double dot = 0;
            for (int j = 0; j < headDim; j++) {
                dot += q[hs + j] * keys.get(t)[hs + j];
            }
            // q·k / √headDim, divided as Value divides: q·k · (headDim^0.5)^(−1)
            attnLogits[t] = division.divide(dot, Math.pow(headDim, 0.5));
        }
        double[] attnWeights = Vectors.softmax(attnLogits, division);
        for (int j = 0; j < headDim; j++) {
            double sum = 0;
            for (int t = 0; t < values.size(); t++) {
                sum += attnWeights[t] * values.get(t)[hs + j];
            }
            xAttn[hs + j] = sum;                               // the heads' outputs side by side
        }
        return new TransformerTrace.Head(attnLogits, attnWeights);
    }
}
