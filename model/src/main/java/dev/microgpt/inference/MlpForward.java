package dev.microgpt.inference;

import dev.microgpt.inference.Architecture.Kind;
import dev.microgpt.random.PyRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The MLP of Steps 1–2 run forward: a token's embedding, a hidden layer of ReLU units, one logit
 * per next token, softmax. Step 1's {@code mlp} over doubles, and Step 2's over {@code Value},
 * compute the same sums; they differ only in how softmax divides ({@link
 * Architecture#division()}).
 */
public final class MlpForward implements Forward {
    private final Architecture architecture;
    private final double[][] wte;                 // vocabSize×nEmbd: one row per token
    private final double[][] mlpFc1;              // nHidden×nEmbd: one row per hidden unit
    private final double[][] mlpFc2;              // vocabSize×nHidden: one row per next token

    private MlpForward(Architecture architecture, Map<String, double[][]> weights) {
        this.architecture = architecture;
        int v = architecture.vocabSize();
        this.wte = Weights.matrix(weights, "wte", v, architecture.nEmbd());
        this.mlpFc1 = Weights.matrix(weights, "mlp_fc1", architecture.nHidden(),
                architecture.nEmbd());
        this.mlpFc2 = Weights.matrix(weights, "mlp_fc2", v, architecture.nHidden());
    }

    /** The model of a run's weights, by run-data name ({@code wte}, {@code mlp_fc1}), copied. */
    public static MlpForward of(Architecture architecture, Map<String, double[][]> weights) {
        if (architecture.kind() != Kind.MLP) {
            throw new IllegalArgumentException("not an MLP: " + architecture.kind());
        }
        return new MlpForward(architecture, weights);
    }

    @Override
    public Architecture architecture() {
        return architecture;
    }

    /** One input token through the network. */
    public MlpTrace.Position next(int token) {
        double[] x = wte[Tokens.check(token, architecture)];  // the token's embedding
        double[] hPre = Vectors.linear(x, mlpFc1);            // nHidden weighted sums
        double[] h = Vectors.relu(hPre);                      // negative sums switched off
        double[] logits = Vectors.linear(h, mlpFc2);          // one score per next token
        double[] probs = Vectors.softmax(logits, architecture.division());
        return new MlpTrace.Position(token, x, hPre, h, logits, probs);
    }

    /**
     * One pair's share of the gradient: {@code position}'s forward pass, then back to its
     * embedding, with every sum in the order {@code Step1GradientDescent.analyticGradient}
     * takes (its tests hold the two to the same bits).
     */
    public MlpTrace.Backward backward(MlpTrace.Position position, int target, int pairs) {
        int vocab = architecture.vocabSize();
        double[] dLogits = new double[vocab];                 // (probs − one-hot) / pairs
        for (int i = 0; i < vocab; i++) {
            dLogits[i] = position.probs()[i] / pairs;
        }
        dLogits[Tokens.check(target, architecture)] -= 1.0 / pairs;
        double[] dh = new double[architecture.nHidden()];    // mlp_fc2ᵀ · dLogits
        for (int i = 0; i < vocab; i++) {
            for (int j = 0; j < dh.length; j++) {
                dh[j] += mlpFc2[i][j] * dLogits[i];
            }
        }
        double[] dhPre = new double[dh.length];               // ReLU passes or stops
        for (int j = 0; j < dh.length; j++) {
            dhPre[j] = dh[j] * (position.hPre()[j] > 0 ? 1.0 : 0.0);
        }
        double[] dx = new double[architecture.nEmbd()];      // mlp_fc1ᵀ · dhPre
        for (int i = 0; i < dhPre.length; i++) {
            for (int j = 0; j < dx.length; j++) {
                dx[j] += mlpFc1[i][j] * dhPre[i];
            }
        }
        return new MlpTrace.Backward(target, pairs, dLogits, dh, dhPre, dx);
    }

    /** Reads every token of {@code tokens}, each on its own: the MLP has no context. */
    public MlpTrace trace(int[] tokens) {
        List<MlpTrace.Position> positions = new ArrayList<>();
        for (int token : tokens) {
            positions.add(next(token));
        }
        return new MlpTrace(positions);
    }

    /** As {@code Rung.nextTokenProbs}: the predictions after each token but the last. */
    @Override
    public double[][] nextTokenProbs(int[] tokens) {
        return trace(Arrays.copyOf(tokens, Math.max(0, tokens.length - 1))).probs();
    }

    /**
     * Makes up a name as the rungs' {@code sample} does: from BOS, logits divided by the
     * temperature, softmax, one draw; stop at BOS or after blockSize tokens. Returns the
     * letters' ids.
     */
    @Override
    public int[] sample(PyRandom random, int bos) {
        int[] name = new int[architecture.blockSize()];
        int length = 0;
        int token = bos;
        for (int i = 0; i < architecture.blockSize(); i++) {
            double[] logits = Vectors.divide(next(token).logits(), architecture.temperature(),
                    architecture.division());
            token = random.choices(Vectors.softmax(logits, architecture.division()));
            if (token == bos) {
                break;
            }
            name[length++] = token;
        }
        return Arrays.copyOf(name, length);
    }
}
