package dev.microgpt.ladder;

import dev.microgpt.autograd.Value;
import dev.microgpt.dataset.Tokenizer;
import dev.microgpt.inference.Architecture;
import dev.microgpt.random.PyRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Step 3: the model can look back. Each position gets a position embedding, and one head of
 * causal self-attention lets it gather information from every position before it, through a
 * cache of keys and values. RMSNorm keeps the numbers in range; residual connections add each
 * block's output to its input instead of replacing it.
 */
public final class Step3Attention implements Rung {
    // region hyperparameters
    static final int N_EMBD = 16;                 // width of the residual stream
    static final int BLOCK_SIZE = 16;             // longest context: positions 0..15
    static final int N_HIDDEN = 4 * N_EMBD;       // hidden units of the MLP block
    static final double LEARNING_RATE = 0.1;      // decays linearly to 0 over training
    static final double TEMPERATURE = 0.5;        // < 1: sampling favours likely tokens
    // endregion

    private final Tokenizer tokenizer;            // characters ↔ token ids
    private final int vocabSize;                  // 27: 26 letters and BOS
    // region parameters
    final Value[][] wte;                          // 27×16: one embedding row per token
    final Value[][] wpe;                          // 16×16: one embedding row per position
    final Value[][] attnWq;                       // 16×16: x → query, what a position looks for
    final Value[][] attnWk;                       // 16×16: x → key, what a position offers
    final Value[][] attnWv;                       // 16×16: x → value, what it hands over
    final Value[][] attnWo;                       // 16×16: attention output → residual stream
    final Value[][] mlpFc1;                       // 64×16: one row per hidden unit
    final Value[][] mlpFc2;                       // 16×64: back to the stream's width
    final Value[][] lmHead;                       // 27×16: stream → one logit per next token
    final Value[] params;                         // all 4,192, matrix by matrix, row by row
    // endregion

    /** A fresh model: weights drawn from {@code random} in the reference's order. */
    public Step3Attention(Tokenizer tokenizer, PyRandom random) {
        this.tokenizer = tokenizer;
        this.vocabSize = tokenizer.vocabSize();
        this.wte = Layers.matrix(random, vocabSize, N_EMBD);
        this.wpe = Layers.matrix(random, BLOCK_SIZE, N_EMBD);
        this.attnWq = Layers.matrix(random, N_EMBD, N_EMBD);
        this.attnWk = Layers.matrix(random, N_EMBD, N_EMBD);
        this.attnWv = Layers.matrix(random, N_EMBD, N_EMBD);
        this.attnWo = Layers.matrix(random, N_EMBD, N_EMBD);
        this.mlpFc1 = Layers.matrix(random, N_HIDDEN, N_EMBD);
        this.mlpFc2 = Layers.matrix(random, N_EMBD, N_HIDDEN);
        this.lmHead = Layers.matrix(random, vocabSize, N_EMBD);
        this.params = Step2Autograd.flatten(wte, wpe, attnWq, attnWk, attnWv, attnWo, mlpFc1,
                mlpFc2, lmHead);
    }

    // region embeddings
    /** What a token at a position starts as: its token embedding plus its position embedding. */
    Value[] embed(int tokenId, int posId) {
        Value[] tokEmb = wte[tokenId];                // which letter
        Value[] posEmb = wpe[posId];                  // where in the name
        Value[] x = new Value[N_EMBD];
        for (int i = 0; i < N_EMBD; i++) {
            x[i] = tokEmb[i].add(posEmb[i]);
        }
        return Layers.rmsnorm(x);
    }
    // endregion

    /** The attention block: a position gathers what it needs from itself and the ones before. */
    Value[] attention(Value[] x, List<Value[]> keys, List<Value[]> values) {
        Value[] xResidual = x;
        x = Layers.rmsnorm(x);
        // region qkv
        Value[] q = Layers.linear(x, attnWq);         // the query: what this position looks for
        Value[] k = Layers.linear(x, attnWk);         // the key: what this position offers
        Value[] v = Layers.linear(x, attnWv);         // the value: what it hands over if chosen
        // endregion
        // region kv-cache
        keys.add(k);                                  // the cache grows by one position;
        values.add(v);                                // earlier keys and values are reused
        // endregion
        // region attention
        Value[] attnLogits = new Value[keys.size()];  // one score per position 0..pos
        for (int t = 0; t < keys.size(); t++) {
            Value[] products = new Value[N_EMBD];
            for (int j = 0; j < N_EMBD; j++) {
                products[j] = q[j].mul(keys.get(t)[j]);
            }
            // q·k / √16, computed as the reference does: q·k · (16^0.5)^(−1)
            attnLogits[t] = Value.sum(products).div(Math.pow(N_EMBD, 0.5));
        }
        Value[] attnWeights = Layers.softmax(attnLogits);
        Value[] xAttn = new Value[N_EMBD];            // the weighted mix of the values
        for (int j = 0; j < N_EMBD; j++) {
            Value[] weighted = new Value[values.size()];
            for (int t = 0; t < values.size(); t++) {
                weighted[t] = attnWeights[t].mul(values.get(t)[j]);
            }
            xAttn[j] = Value.sum(weighted);
        }
        // endregion
        // region residual
        x = Layers.linear(xAttn, attnWo);
        for (int i = 0; i < N_EMBD; i++) {
            x[i] = x[i].add(xResidual[i]);            // add to the stream, don't replace it
        }
        // endregion
        return x;
    }

    // region mlp
    /** The MLP block, now between two norms and with a residual connection around it. */
    Value[] mlp(Value[] x) {
        Value[] xResidual = x;
        x = Layers.rmsnorm(x);
        x = Layers.linear(x, mlpFc1);
        for (int i = 0; i < x.length; i++) {
            x[i] = x[i].relu();
        }
        x = Layers.linear(x, mlpFc2);
        for (int i = 0; i < N_EMBD; i++) {
            x[i] = x[i].add(xResidual[i]);
        }
        return x;
    }
    // endregion

    // region forward
    /** One position: its token in, the logits of the next token out, the cache one longer. */
    Value[] gpt(int tokenId, int posId, List<Value[]> keys, List<Value[]> values) {
        Value[] x = embed(tokenId, posId);
        x = attention(x, keys, values);
        x = mlp(x);
        return Layers.linear(x, lmHead);
    }
    // endregion

    // region loss
    /** The loss on one name, read left to right with a fresh cache. */
    Value loss(int[] tokens) {
        int n = Math.min(BLOCK_SIZE, tokens.length - 1);  // longer names are cut at the block
        List<Value[]> keys = new ArrayList<>();
        List<Value[]> values = new ArrayList<>();
        Value[] losses = new Value[n];
        for (int pos = 0; pos < n; pos++) {
            Value[] probs = Layers.softmax(gpt(tokens[pos], pos, keys, values));
            losses[pos] = probs[tokens[pos + 1]].log().neg();
        }
        return Value.sum(losses).mul(1.0 / n);
    }
    // endregion

    // region training
    /** Gradient descent, as in Step 2, with a smaller learning rate: step {@code step}, from 0. */
    @Override
    public double trainStep(List<String> docs, int step) {
        int[] tokens = tokenizer.encode(Ladder.doc(docs, step));
        Value loss = loss(tokens);
        loss.backward();
        double lrT = LEARNING_RATE * (1 - step / (double) Ladder.NUM_STEPS);
        for (Value p : params) {
            p.data -= lrT * p.grad;
            p.grad = 0;
        }
        return loss.data;
    }
    // endregion

    // region sampling
    /** Makes up a name, one position at a time, the cache remembering what came before. */
    @Override
    public String sample(PyRandom random) {
        List<Value[]> keys = new ArrayList<>();
        List<Value[]> values = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        int tokenId = tokenizer.bos();
        for (int pos = 0; pos < BLOCK_SIZE; pos++) {
            Value[] logits = gpt(tokenId, pos, keys, values);
            for (int j = 0; j < logits.length; j++) {
                logits[j] = logits[j].div(TEMPERATURE);
            }
            tokenId = random.choices(Layers.data(Layers.softmax(logits)));
            if (tokenId == tokenizer.bos()) {
                break;
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
        List<Value[]> keys = new ArrayList<>();
        List<Value[]> values = new ArrayList<>();
        double[][] probs = new double[Math.min(BLOCK_SIZE, tokens.length - 1)][];
        for (int pos = 0; pos < probs.length; pos++) {
            probs[pos] = Layers.data(Layers.softmax(gpt(tokens[pos], pos, keys, values)));
        }
        return probs;
    }

    @Override
    public Map<String, Number> hyperparameters() {
        Map<String, Number> hyper = new LinkedHashMap<>();
        hyper.put("nEmbd", N_EMBD);
        hyper.put("initStd", Layers.INIT_STD);      // weights start as gauss(0, 0.08)
        hyper.put("nHead", 1);
        hyper.put("headDim", N_EMBD);
        hyper.put("blockSize", BLOCK_SIZE);
        hyper.put("nHidden", N_HIDDEN);
        hyper.put("learningRate", LEARNING_RATE);
        hyper.put("temperature", TEMPERATURE);
        return hyper;
    }

    @Override
    public Map<String, double[][]> weights() {
        Map<String, double[][]> weights = new LinkedHashMap<>();
        weights.put("wte", Layers.data(wte));
        weights.put("wpe", Layers.data(wpe));
        weights.put("attn_wq", Layers.data(attnWq));
        weights.put("attn_wk", Layers.data(attnWk));
        weights.put("attn_wv", Layers.data(attnWv));
        weights.put("attn_wo", Layers.data(attnWo));
        weights.put("mlp_fc1", Layers.data(mlpFc1));
        weights.put("mlp_fc2", Layers.data(mlpFc2));
        weights.put("lm_head", Layers.data(lmHead));
        return weights;
    }

    @Override
    public Architecture architecture() {
        return Architecture.transformer(vocabSize, N_EMBD, 1, 1, N_HIDDEN, BLOCK_SIZE,
                Layers.RMS_EPS, Architecture.Optimizer.SGD, TEMPERATURE);
    }

    /** The mean number of computed values in one training step's graph, over the run's names. */
    public double nodesPerStep(List<String> docs) {
        return Ladder.meanGraphSize(tokenizer, docs, tokens -> loss(tokens).graphSize());
    }
}
