package dev.microgpt.ladder;

import dev.microgpt.autograd.Value;
import dev.microgpt.dataset.Tokenizer;
import dev.microgpt.inference.Architecture;
import dev.microgpt.random.PyRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Step 2: the MLP of Step 1, unchanged, but every number is a {@link Value}, so the gradient comes
 * from {@code loss.backward()} instead of being written out by hand. The numbers match Step 1 up
 * to floating-point rounding.
 */
public final class Step2Autograd implements Rung {
    // region hyperparameters
    static final int N_EMBD = 16;                 // numbers per token embedding
    static final int N_HIDDEN = 4 * N_EMBD;       // hidden units of the MLP
    static final double LEARNING_RATE = 1.0;      // decays linearly to 0 over training
    static final double TEMPERATURE = 0.5;        // < 1: sampling favours likely tokens
    static final int MAX_TOKENS = 16;             // a sampled name stops after this many tokens
    // endregion

    private final Tokenizer tokenizer;            // characters ↔ token ids
    private final int vocabSize;                  // 27: 26 letters and BOS
    // region parameters
    final Value[][] wte;                          // 27×16: one embedding row per token
    final Value[][] mlpFc1;                       // 64×16: one row of weights per hidden unit
    final Value[][] mlpFc2;                       // 27×64: one row of weights per next token
    final Value[] params;                         // all 3,184 of them, matrix by matrix, row by row
    // endregion

    /** A fresh model: weights drawn from {@code random}, matrix by matrix, row by row. */
    public Step2Autograd(Tokenizer tokenizer, PyRandom random) {
        this.tokenizer = tokenizer;
        this.vocabSize = tokenizer.vocabSize();
        this.wte = Layers.matrix(random, vocabSize, N_EMBD);
        this.mlpFc1 = Layers.matrix(random, N_HIDDEN, N_EMBD);
        this.mlpFc2 = Layers.matrix(random, vocabSize, N_HIDDEN);
        this.params = flatten(wte, mlpFc1, mlpFc2);
    }

    /** Every parameter of the matrices in one list, in order. */
    static Value[] flatten(Value[][]... matrices) {
        int size = 0;
        for (Value[][] m : matrices) {
            size += m.length * m[0].length;
        }
        Value[] params = new Value[size];
        int index = 0;
        for (Value[][] m : matrices) {
            for (Value[] row : m) {
                for (Value p : row) {
                    params[index++] = p;
                }
            }
        }
        return params;
    }

    // region mlp
    /** The model: a token id in, 27 logits out, one per possible next token. */
    Value[] mlp(int tokenId) {
        Value[] x = wte[tokenId];                     // the token's embedding
        Value[] h = Layers.linear(x, mlpFc1);         // 64 weighted sums
        for (int i = 0; i < h.length; i++) {
            h[i] = h[i].relu();                       // negative sums switched off
        }
        return Layers.linear(h, mlpFc2);              // 27 scores
    }
    // endregion

    // region loss
    /** The loss on one name, as a Value that remembers how it was computed. */
    Value loss(int[] tokens) {
        int n = tokens.length - 1;                    // a name of length L has L + 1 pairs
        Value[] losses = new Value[n];
        for (int pos = 0; pos < n; pos++) {
            Value[] probs = Layers.softmax(mlp(tokens[pos]));
            losses[pos] = probs[tokens[pos + 1]].log().neg();
        }
        return Value.sum(losses).mul(1.0 / n);        // (1 / n) * sum, as the reference
    }
    // endregion

    // region training
    /** A step of gradient descent, as in Step 1, with backward() finding the gradient; step counts from 0. */
    @Override
    public double trainStep(List<String> docs, int step) {
        int[] tokens = tokenizer.encode(Ladder.doc(docs, step));
        Value loss = loss(tokens);                // forward: builds the graph
        loss.backward();                          // backward: fills in every p.grad
        double lrT = LEARNING_RATE * (1 - step / (double) Ladder.NUM_STEPS);
        for (Value p : params) {
            p.data -= lrT * p.grad;
            p.grad = 0;                           // ready for the next step
        }
        return loss.data;
    }
    // endregion

    // region sampling
    /** Makes up a name: start at BOS, draw each next token from the model, stop at BOS. */
    @Override
    public String sample(PyRandom random) {
        StringBuilder name = new StringBuilder();
        int tokenId = tokenizer.bos();
        for (int i = 0; i < MAX_TOKENS; i++) {
            Value[] logits = mlp(tokenId);
            for (int j = 0; j < logits.length; j++) {
                logits[j] = logits[j].div(TEMPERATURE);  // l · T^(−1), as the reference
            }
            tokenId = random.choices(Layers.data(Layers.softmax(logits)));
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
        return loss(tokens).data;
    }

    @Override
    public double[][] nextTokenProbs(int[] tokens) {
        double[][] probs = new double[tokens.length - 1][];
        for (int pos = 0; pos < probs.length; pos++) {
            probs[pos] = Layers.data(Layers.softmax(mlp(tokens[pos])));
        }
        return probs;
    }

    @Override
    public Map<String, Number> hyperparameters() {
        Map<String, Number> hyper = new LinkedHashMap<>();
        hyper.put("nEmbd", N_EMBD);
        hyper.put("initStd", Layers.INIT_STD);      // weights start as gauss(0, 0.08)
        hyper.put("nHidden", N_HIDDEN);
        hyper.put("learningRate", LEARNING_RATE);
        hyper.put("temperature", TEMPERATURE);
        hyper.put("maxTokens", MAX_TOKENS);
        return hyper;
    }

    @Override
    public Map<String, double[][]> weights() {
        Map<String, double[][]> weights = new LinkedHashMap<>();
        weights.put("wte", Layers.data(wte));
        weights.put("mlp_fc1", Layers.data(mlpFc1));
        weights.put("mlp_fc2", Layers.data(mlpFc2));
        return weights;
    }

    @Override
    public Architecture architecture() {
        // Value divides as the reference does: a · b^(−1)
        return Architecture.mlp(vocabSize, N_EMBD, N_HIDDEN, MAX_TOKENS,
                Architecture.Gradient.AUTOGRAD, Architecture.Division.POWER, TEMPERATURE);
    }

    /** The mean number of computed values in one training step's graph, over the run's names. */
    public double nodesPerStep(List<String> docs) {
        return Ladder.meanGraphSize(tokenizer, docs, tokens -> loss(tokens).graphSize());
    }
}
