package dev.microgpt.ladder;

import dev.microgpt.dataset.Tokenizer;
import dev.microgpt.inference.Architecture;
import dev.microgpt.random.PyRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Step 1: a small neural network, an MLP, trained by gradient descent with a gradient worked out
 * by hand. Everything is a plain {@code double}; Step 2 replaces the hand-written gradient with
 * an autograd.
 *
 * <p>A token's embedding (16 numbers) goes through a hidden layer of 64 ReLU units to 27 logits,
 * one per possible next token; softmax turns them into probabilities.
 */
public final class Step1GradientDescent implements Rung {
    // region hyperparameters
    static final int N_EMBD = 16;                 // numbers per token embedding
    static final int N_HIDDEN = 4 * N_EMBD;       // hidden units of the MLP
    static final double INIT_STD = 0.08;          // weights start as gauss(0, 0.08)
    static final double LEARNING_RATE = 1.0;      // decays linearly to 0 over training
    static final double EPS = 1e-5;               // step of the numerical gradient
    static final double TEMPERATURE = 0.5;        // < 1: sampling favours likely tokens
    static final int MAX_TOKENS = 16;             // a sampled name stops after this many tokens
    // endregion

    private final Tokenizer tokenizer;            // characters ↔ token ids
    private final int vocabSize;                  // 27: 26 letters and BOS
    // region parameters
    final double[][] wte;                         // 27×16: one embedding row per token
    final double[][] mlpFc1;                      // 64×16: one row of weights per hidden unit
    final double[][] mlpFc2;                      // 27×64: one row of weights per next token
    // endregion

    // region init
    /** A fresh model: weights drawn from {@code random}, matrix by matrix, row by row. */
    public Step1GradientDescent(Tokenizer tokenizer, PyRandom random) {
        this.tokenizer = tokenizer;
        this.vocabSize = tokenizer.vocabSize();
        this.wte = matrix(random, vocabSize, N_EMBD);
        this.mlpFc1 = matrix(random, N_HIDDEN, N_EMBD);
        this.mlpFc2 = matrix(random, vocabSize, N_HIDDEN);
    }

    /** A rows×cols matrix of gauss(0, 0.08) draws, row by row, as the reference draws them. */
    static double[][] matrix(PyRandom random, int rows, int cols) {
        double[][] m = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m[i][j] = random.gauss(0, INIT_STD);
            }
        }
        return m;
    }
    // endregion

    // region linear
    /** out[i] = w[i] · x: one weighted sum per row of w. */
    public static double[] linear(double[] x, double[][] w) {
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            double sum = 0;
            for (int j = 0; j < x.length; j++) {
                sum += w[i][j] * x[j];                // left to right, like Python's sum()
            }
            out[i] = sum;
        }
        return out;
    }
    // endregion

    // region softmax
    /** Turns scores into probabilities: positive, summing to one, order kept. */
    public static double[] softmax(double[] logits) {
        double max = logits[0];
        for (double logit : logits) {
            max = Math.max(max, logit);               // shift by the max: exp() stays finite
        }
        double[] probs = new double[logits.length];
        double total = 0;
        for (int i = 0; i < logits.length; i++) {
            probs[i] = Math.exp(logits[i] - max);
            total += probs[i];
        }
        for (int i = 0; i < probs.length; i++) {
            probs[i] /= total;                        // a true division: Step 1 works on floats
        }
        return probs;
    }
    // endregion

    // region relu
    /** max(0, x) for each element; Python's {@code max(0, x)} keeps 0 for −0.0 as well. */
    public static double[] relu(double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] > 0 ? x[i] : 0;
        }
        return out;
    }
    // endregion

    // region mlp
    /** The model: a token id in, 27 logits out, one per possible next token. */
    public double[] mlp(int tokenId) {
        double[] x = wte[tokenId];                    // the token's embedding
        double[] hPre = linear(x, mlpFc1);            // 64 weighted sums
        double[] h = relu(hPre);                      // negative sums switched off
        return linear(h, mlpFc2);                     // 27 scores
    }
    // endregion

    // region forward
    /** The loss on one name: the mean of −log p(next token) over its pairs. */
    public double forward(int[] tokens) {
        int n = tokens.length - 1;                    // a name of length L has L + 1 pairs
        double sum = 0;
        for (int pos = 0; pos < n; pos++) {
            double[] probs = softmax(mlp(tokens[pos]));
            sum += -Math.log(probs[tokens[pos + 1]]);
        }
        return (1.0 / n) * sum;                       // as Python writes it: (1 / n) * sum
    }
    // endregion

    // region numerical-gradient
    /** d(loss)/d(w) for every weight, by nudging it: (loss(w + ε) − loss(w)) / ε. */
    double[] numericalGradient(int[] tokens) {
        double loss = forward(tokens);
        double[] grad = new double[numParams()];
        int index = 0;
        for (double[][] matrix : List.of(wte, mlpFc1, mlpFc2)) {
            for (double[] row : matrix) {
                for (int j = 0; j < row.length; j++) {
                    double old = row[j];
                    row[j] = old + EPS;                   // nudge one weight up
                    double lossPlus = forward(tokens);    // a whole forward pass per weight
                    row[j] = old;                         // and put it back
                    grad[index++] = (lossPlus - loss) / EPS;
                }
            }
        }
        return grad;
    }
    // endregion

    /** The loss of one name and its gradient, one matrix per weight matrix. */
    record Gradient(double loss, double[][] wte, double[][] mlpFc1, double[][] mlpFc2) {
        /** All gradients in one list, in parameter order: matrix by matrix, row by row. */
        double[] flat() {
            return Step1GradientDescent.flat(List.of(wte, mlpFc1, mlpFc2));
        }
    }

    // region analytic-gradient
    /** The exact gradient by the chain rule, from the loss back to every weight. */
    Gradient analyticGradient(int[] tokens) {
        int n = tokens.length - 1;
        double[][] dWte = new double[vocabSize][N_EMBD];
        double[][] dFc1 = new double[N_HIDDEN][N_EMBD];
        double[][] dFc2 = new double[vocabSize][N_HIDDEN];
        double lossSum = 0;
        for (int pos = 0; pos < n; pos++) {
            int tokenId = tokens[pos];
            int targetId = tokens[pos + 1];
            double[] x = wte[tokenId].clone();           // forward, keeping what backward needs
            double[] hPre = linear(x, mlpFc1);
            double[] h = relu(hPre);
            double[] probs = softmax(linear(h, mlpFc2));
            lossSum += -Math.log(probs[targetId]);

            double[] dLogits = new double[vocabSize];    // d(loss)/d(logits) = (probs − onehot) / n
            for (int i = 0; i < vocabSize; i++) {
                dLogits[i] = probs[i] / n;               // p / n, as the Python divides
            }
            dLogits[targetId] -= 1.0 / n;
            double[] dh = new double[N_HIDDEN];
            for (int i = 0; i < vocabSize; i++) {
                for (int j = 0; j < N_HIDDEN; j++) {
                    dFc2[i][j] += dLogits[i] * h[j];          // logit i = Σ_j fc2[i][j]·h[j]
                    dh[j] += mlpFc2[i][j] * dLogits[i];
                }
            }
            double[] dhPre = new double[N_HIDDEN];
            for (int j = 0; j < N_HIDDEN; j++) {
                dhPre[j] = dh[j] * (hPre[j] > 0 ? 1.0 : 0.0); // ReLU passes or stops
            }
            double[] dx = new double[N_EMBD];
            for (int i = 0; i < N_HIDDEN; i++) {
                for (int j = 0; j < N_EMBD; j++) {
                    dFc1[i][j] += dhPre[i] * x[j];
                    dx[j] += mlpFc1[i][j] * dhPre[i];
                }
            }
            for (int j = 0; j < N_EMBD; j++) {
                dWte[tokenId][j] += dx[j];                    // only the row that was used
            }
        }
        return new Gradient((1.0 / n) * lossSum, dWte, dFc1, dFc2);
    }
    // endregion

    // region gradient-check
    /** The index of the weight whose two gradients differ most (the first, if tied). */
    static int worstMismatch(double[] numerical, double[] analytic) {
        int worst = 0;
        for (int i = 0; i < numerical.length; i++) {
            double diff = Math.abs(numerical[i] - analytic[i]);
            if (diff > Math.abs(numerical[worst] - analytic[worst])) {
                worst = i;
            }
        }
        return worst;
    }
    // endregion

    // region training
    /** Gradient descent, step {@code step} (from 0): one name, every weight a small step downhill. */
    @Override
    public double trainStep(List<String> docs, int step) {
        int[] tokens = tokenizer.encode(Ladder.doc(docs, step));
        Gradient grad = analyticGradient(tokens);
        double lrT = LEARNING_RATE * (1 - step / (double) Ladder.NUM_STEPS);  // linear decay
        descend(wte, grad.wte(), lrT);
        descend(mlpFc1, grad.mlpFc1(), lrT);
        descend(mlpFc2, grad.mlpFc2(), lrT);
        return grad.loss();
    }

    /** w −= lrT · dw, for every weight of one matrix. */
    private static void descend(double[][] w, double[][] dw, double lrT) {
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w[i].length; j++) {
                w[i][j] -= lrT * dw[i][j];
            }
        }
    }
    // endregion

    // region sampling
    /** Makes up a name: start at BOS, draw each next token from the model, stop at BOS. */
    @Override
    public String sample(PyRandom random) {
        StringBuilder name = new StringBuilder();
        int tokenId = tokenizer.bos();
        for (int i = 0; i < MAX_TOKENS; i++) {
            double[] logits = mlp(tokenId);
            for (int j = 0; j < logits.length; j++) {
                logits[j] /= TEMPERATURE;             // sharper (T < 1) or flatter (T > 1)
            }
            tokenId = random.choices(softmax(logits));
            if (tokenId == tokenizer.bos()) {
                break;                                // the model chose to end the name
            }
            name.append(tokenizer.character(tokenId));
        }
        return name.toString();
    }
    // endregion

    @Override
    public double evaluate(int[] tokens) {
        return forward(tokens);
    }

    @Override
    public double[][] nextTokenProbs(int[] tokens) {
        double[][] probs = new double[tokens.length - 1][];
        for (int pos = 0; pos < probs.length; pos++) {
            probs[pos] = softmax(mlp(tokens[pos]));
        }
        return probs;
    }

    @Override
    public Map<String, Number> hyperparameters() {
        Map<String, Number> hyper = new LinkedHashMap<>();
        hyper.put("nEmbd", N_EMBD);
        hyper.put("nHidden", N_HIDDEN);
        hyper.put("initStd", INIT_STD);
        hyper.put("learningRate", LEARNING_RATE);
        hyper.put("eps", EPS);
        hyper.put("temperature", TEMPERATURE);
        hyper.put("maxTokens", MAX_TOKENS);
        return hyper;
    }

    @Override
    public Map<String, double[][]> weights() {
        Map<String, double[][]> weights = new LinkedHashMap<>();
        weights.put("wte", copy(wte));
        weights.put("mlp_fc1", copy(mlpFc1));
        weights.put("mlp_fc2", copy(mlpFc2));
        return weights;
    }

    @Override
    public Architecture architecture() {
        // plain doubles: softmax and the temperature are true divisions
        return Architecture.mlp(vocabSize, N_EMBD, N_HIDDEN, MAX_TOKENS,
                Architecture.Gradient.HAND_WRITTEN, Architecture.Division.DIVIDE, TEMPERATURE);
    }

    /** The gradient check on one name: both gradients of every weight, flat, in parameter order. */
    public GradientCheck gradientCheck(int[] tokens) {
        double[] numerical = numericalGradient(tokens);
        Gradient analytic = analyticGradient(tokens);
        return new GradientCheck(forward(tokens), analytic.loss(), numerical, analytic.flat());
    }

    /** What a gradient check measured: the loss and gradient found each way. */
    public record GradientCheck(double lossNumerical, double lossAnalytic, double[] numerical,
            double[] analytic) {
        /** The flat index of the weight whose gradients differ most. */
        public int worstIndex() {
            return worstMismatch(numerical, analytic);
        }
    }

    /** Sets one weight, by flat parameter index (matrix by matrix, row by row). */
    public void setWeight(int index, double value) {
        int offset = index;
        for (double[][] matrix : List.of(wte, mlpFc1, mlpFc2)) {
            int cols = matrix[0].length;
            if (offset < matrix.length * cols) {
                matrix[offset / cols][offset % cols] = value;
                return;
            }
            offset -= matrix.length * cols;
        }
        throw new IllegalArgumentException("no parameter " + index + " of " + numParams());
    }

    // region num-params
    /** How many weights the model has: 27·16 + 64·16 + 27·64 = 3,184. */
    public int numParams() {
        return vocabSize * N_EMBD + N_HIDDEN * N_EMBD + vocabSize * N_HIDDEN;
    }
    // endregion

    static double[] flat(List<double[][]> matrices) {
        int size = 0;
        for (double[][] m : matrices) {
            size += m.length * m[0].length;
        }
        double[] flat = new double[size];
        int index = 0;
        for (double[][] m : matrices) {
            for (double[] row : m) {
                System.arraycopy(row, 0, flat, index, row.length);
                index += row.length;
            }
        }
        return flat;
    }

    static double[][] copy(double[][] m) {
        double[][] copy = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            copy[i] = m[i].clone();
        }
        return copy;
    }
}
