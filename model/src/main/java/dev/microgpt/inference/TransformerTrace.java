package dev.microgpt.inference;

import java.util.List;

/**
 * A transformer of Steps 3–5 reading a sequence with its KV caches: every intermediate vector
 * of every position, full precision.
 *
 * @param positions one entry per input token: position p read token p, after positions 0..p−1
 */
public record TransformerTrace(List<Position> positions) {
    public TransformerTrace {
        positions = List.copyOf(positions);
    }

    /**
     * One position: its token's way from embedding to the next token's distribution.
     *
     * @param token the input token id
     * @param tokEmb its token embedding, a row of wte (nEmbd)
     * @param posEmb the position's embedding, a row of wpe (nEmbd)
     * @param x rmsnorm(tokEmb + posEmb): the residual stream entering the first layer
     * @param layers what each layer computed, layer 0 first
     * @param logits the next token's scores, lm_head · the last layer's output (vocabSize)
     * @param probs softmax(logits): the next token's distribution at temperature 1
     */
    public record Position(int token, double[] tokEmb, double[] posEmb, double[] x,
            List<Layer> layers, double[] logits, double[] probs) {
        public Position {
            tokEmb = tokEmb.clone();
            posEmb = posEmb.clone();
            x = x.clone();
            layers = List.copyOf(layers);
            logits = logits.clone();
            probs = probs.clone();
        }

        /** The residual stream leaving the last layer: what lm_head reads. */
        public double[] xOut() {
            return layers.get(layers.size() - 1).xOut();
        }
    }

    /**
     * One layer at one position: the attention block, then the MLP block, each with RMSNorm
     * before it and a residual connection around it. All vectors have nEmbd entries except
     * hPre and h (nHidden).
     *
     * @param xNorm rmsnorm(the layer's input): what q, k and v are computed from
     * @param q the query, attn_wq · xNorm; head h owns entries h·headDim … (h+1)·headDim − 1
     * @param k the key, attn_wk · xNorm, added to the layer's cache
     * @param v the value, attn_wv · xNorm, added to the layer's cache
     * @param heads per head, its attention over positions 0..this one
     * @param xAttn the heads' outputs side by side: what attn_wo reads
     * @param attnOut attn_wo · xAttn
     * @param xAfterAttn attnOut + the layer's input: the stream after the attention block
     * @param mlpNorm rmsnorm(xAfterAttn): the MLP block's input
     * @param hPre mlp_fc1 · mlpNorm, before ReLU
     * @param h relu(hPre)
     * @param mlpOut mlp_fc2 · h
     * @param xOut mlpOut + xAfterAttn: the stream leaving the layer
     */
    public record Layer(double[] xNorm, double[] q, double[] k, double[] v, List<Head> heads,
            double[] xAttn, double[] attnOut, double[] xAfterAttn, double[] mlpNorm,
            double[] hPre, double[] h, double[] mlpOut, double[] xOut) {
        public Layer {
            xNorm = xNorm.clone();
            q = q.clone();
            k = k.clone();
            v = v.clone();
            heads = List.copyOf(heads);
            xAttn = xAttn.clone();
            attnOut = attnOut.clone();
            xAfterAttn = xAfterAttn.clone();
            mlpNorm = mlpNorm.clone();
            hPre = hPre.clone();
            h = h.clone();
            mlpOut = mlpOut.clone();
            xOut = xOut.clone();
        }
    }

    /**
     * One head's attention at one position, over the cached positions 0..t.
     *
     * @param logits q·k / √headDim for each cached position
     * @param weights softmax(logits): how much of each position's value the head takes
     */
    public record Head(double[] logits, double[] weights) {
        public Head {
            logits = logits.clone();
            weights = weights.clone();
        }
    }

    /** probs[pos][j]: the probability that token j follows position pos. */
    public double[][] probs() {
        double[][] probs = new double[positions.size()][];
        for (int pos = 0; pos < probs.length; pos++) {
            probs[pos] = positions.get(pos).probs().clone();
        }
        return probs;
    }
}
