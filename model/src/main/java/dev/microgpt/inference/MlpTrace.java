package dev.microgpt.inference;

import java.util.List;

/**
 * The MLP of Steps 1–2 reading a sequence, one token at a time: what each layer computed.
 *
 * @param positions one entry per input token, in order
 */
public record MlpTrace(List<Position> positions) {
    public MlpTrace {
        positions = List.copyOf(positions);
    }

    /**
     * The MLP on one input token.
     *
     * @param token the input token id
     * @param x its embedding, a row of wte (nEmbd)
     * @param hPre the hidden layer's weighted sums, mlp_fc1 · x (nHidden)
     * @param h relu(hPre): negative sums switched off
     * @param logits the next token's scores, mlp_fc2 · h (vocabSize)
     * @param probs softmax(logits): the next token's distribution at temperature 1
     */
    public record Position(int token, double[] x, double[] hPre, double[] h, double[] logits,
            double[] probs) {
        public Position {
            x = x.clone();
            hPre = hPre.clone();
            h = h.clone();
            logits = logits.clone();
            probs = probs.clone();
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

    /**
     * One pair's share of the gradient, from the loss back to the embedding it read: the chain
     * rule one layer at a time, as {@code Step1GradientDescent.analyticGradient} does it for
     * each pair of a name.
     *
     * @param target the token that really came next
     * @param pairs how many pairs the name has: its loss is their mean, so each pair's share is
     *     divided by it
     * @param dLogits d(loss)/d(logits) = (probs − one-hot of target) / pairs (vocabSize)
     * @param dh d(loss)/d(h) = mlp_fc2ᵀ · dLogits: what each hidden unit collects (nHidden)
     * @param dhPre dh where the unit was on (hPre &gt; 0), 0 where ReLU had switched it off
     * @param dx d(loss)/d(x) = mlp_fc1ᵀ · dhPre: the gradient of the one wte row this pair read
     */
    public record Backward(int target, int pairs, double[] dLogits, double[] dh, double[] dhPre,
            double[] dx) {
        public Backward {
            dLogits = dLogits.clone();
            dh = dh.clone();
            dhPre = dhPre.clone();
            dx = dx.clone();
        }
    }
}
