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
 * Step 4: the transformer. Attention splits into four heads of four dimensions, each looking for
 * something different, and the attention and MLP blocks become a layer that could be stacked
 * {@code N_LAYER} times, each layer with its own cache. The parameters are Step 3's, rearranged.
 */
public final class Step4Transformer implements Rung {
    // region hyperparameters
    static final int N_EMBD = 16;                 // width of the residual stream
    static final int N_HEAD = 4;                  // attention heads per layer
    static final int N_LAYER = 1;                 // transformer layers
    static final int BLOCK_SIZE = 16;             // longest context: positions 0..15
    static final int HEAD_DIM = N_EMBD / N_HEAD;  // 4 dimensions per head
    static final int N_HIDDEN = 4 * N_EMBD;       // hidden units of each MLP block
    static final double LEARNING_RATE = 0.1;      // decays linearly to 0 over training
    static final double TEMPERATURE = 0.5;        // < 1: sampling favours likely tokens
    // endregion

    private final Tokenizer tokenizer;            // characters ↔ token ids
    private final int vocabSize;                  // 27: 26 letters and BOS
    // region parameters
    final Value[][] wte;                          // 27×16: one embedding row per token
    final Value[][] wpe;                          // 16×16: one embedding row per position
    final Value[][] lmHead;                       // 27×16: stream → one logit per next token
    final Layer[] layers;                         // N_LAYER layers, each with its own weights
    final Value[] params;                         // all 4,192, in creation order

    /** The weights of one transformer layer, created in this order. */
    static final class Layer {
        final Value[][] attnWq;                   // 16×16: x → queries of all four heads
        final Value[][] attnWk;                   // 16×16: x → keys
        final Value[][] attnWv;                   // 16×16: x → values
        final Value[][] attnWo;                   // 16×16: the heads' outputs → stream
        final Value[][] mlpFc1;                   // 64×16: one row per hidden unit
        final Value[][] mlpFc2;                   // 16×64: back to the stream's width

        Layer(PyRandom random) {
            attnWq = Layers.matrix(random, N_EMBD, N_EMBD);
            attnWk = Layers.matrix(random, N_EMBD, N_EMBD);
            attnWv = Layers.matrix(random, N_EMBD, N_EMBD);
            attnWo = Layers.matrix(random, N_EMBD, N_EMBD);
            mlpFc1 = Layers.matrix(random, N_HIDDEN, N_EMBD);
            mlpFc2 = Layers.matrix(random, N_EMBD, N_HIDDEN);
        }
    }
    // endregion

    /** A fresh model: wte, wpe, lm_head, then each layer's matrices, in the reference's order. */
    public Step4Transformer(Tokenizer tokenizer, PyRandom random) {
        this.tokenizer = tokenizer;
        this.vocabSize = tokenizer.vocabSize();
        this.wte = Layers.matrix(random, vocabSize, N_EMBD);
        this.wpe = Layers.matrix(random, BLOCK_SIZE, N_EMBD);
        this.lmHead = Layers.matrix(random, vocabSize, N_EMBD);
        this.layers = new Layer[N_LAYER];
        List<Value[][]> matrices = new ArrayList<>(List.of(wte, wpe, lmHead));
        for (int li = 0; li < N_LAYER; li++) {
            Layer layer = new Layer(random);
            layers[li] = layer;
            matrices.addAll(List.of(layer.attnWq, layer.attnWk, layer.attnWv, layer.attnWo,
                    layer.mlpFc1, layer.mlpFc2));
        }
        this.params = Step2Autograd.flatten(matrices.toArray(new Value[0][][]));
    }

    // region heads
    /** Multi-head attention: each head attends with its own 4-dimensional slice of q, k, v. */
    static Value[] heads(Value[] q, List<Value[]> keys, List<Value[]> values) {
        Value[] xAttn = new Value[N_EMBD];
        for (int h = 0; h < N_HEAD; h++) {
            int hs = h * HEAD_DIM;                    // where this head's slice starts
            Value[] attnLogits = new Value[keys.size()];
            for (int t = 0; t < keys.size(); t++) {
                Value[] products = new Value[HEAD_DIM];
                for (int j = 0; j < HEAD_DIM; j++) {
                    products[j] = q[hs + j].mul(keys.get(t)[hs + j]);
                }
                // q·k / √4, computed as the reference does: q·k · (4^0.5)^(−1)
                attnLogits[t] = Value.sum(products).div(Math.pow(HEAD_DIM, 0.5));
            }
            Value[] attnWeights = Layers.softmax(attnLogits);
            for (int j = 0; j < HEAD_DIM; j++) {
                Value[] weighted = new Value[values.size()];
                for (int t = 0; t < values.size(); t++) {
                    weighted[t] = attnWeights[t].mul(values.get(t)[hs + j]);
                }
                xAttn[hs + j] = Value.sum(weighted);  // the heads' outputs side by side
            }
        }
        return xAttn;
    }
    // endregion

    // region layer-loop
    /** One position through every layer; keys.get(li) is layer li's cache. */
    Value[] gpt(int tokenId, int posId, List<List<Value[]>> keys, List<List<Value[]>> values) {
        Value[] x = new Value[N_EMBD];
        for (int i = 0; i < N_EMBD; i++) {
            x[i] = wte[tokenId][i].add(wpe[posId][i]);  // token + position
        }
        x = Layers.rmsnorm(x);
        for (int li = 0; li < N_LAYER; li++) {
            x = attention(layers[li], x, keys.get(li), values.get(li));  // its own cache
            x = mlp(layers[li], x);
        }
        return Layers.linear(x, lmHead);
    }
    // endregion

    // region attention
    /** One layer's attention block: Step 3's, with the heads doing the attending. */
    static Value[] attention(Layer layer, Value[] x, List<Value[]> keys, List<Value[]> values) {
        Value[] xResidual = x;
        x = Layers.rmsnorm(x);
        Value[] q = Layers.linear(x, layer.attnWq);
        Value[] k = Layers.linear(x, layer.attnWk);
        Value[] v = Layers.linear(x, layer.attnWv);
        keys.add(k);                                  // this layer's cache grows
        values.add(v);
        Value[] xAttn = heads(q, keys, values);
        x = Layers.linear(xAttn, layer.attnWo);
        for (int i = 0; i < N_EMBD; i++) {
            x[i] = x[i].add(xResidual[i]);
        }
        return x;
    }
    // endregion

    // region mlp
    /** One layer's MLP block, as in Step 3. */
    static Value[] mlp(Layer layer, Value[] x) {
        Value[] xResidual = x;
        x = Layers.rmsnorm(x);
        x = Layers.linear(x, layer.mlpFc1);
        for (int i = 0; i < x.length; i++) {
            x[i] = x[i].relu();
        }
        x = Layers.linear(x, layer.mlpFc2);
        for (int i = 0; i < N_EMBD; i++) {
            x[i] = x[i].add(xResidual[i]);
        }
        return x;
    }
    // endregion

    // region kv-cache
    /** An empty cache: for each layer, a list of the keys (or values) of the positions so far. */
    static List<List<Value[]>> emptyCache() {
        List<List<Value[]>> cache = new ArrayList<>();
        for (int li = 0; li < N_LAYER; li++) {
            cache.add(new ArrayList<>());             // each layer attends to its own history
        }
        return cache;
    }
    // endregion

    // region loss
    /** The loss on one name, read left to right with fresh caches. */
    public Value loss(int[] tokens) {
        int n = Math.min(BLOCK_SIZE, tokens.length - 1);
        List<List<Value[]>> keys = emptyCache();
        List<List<Value[]>> values = emptyCache();
        Value[] losses = new Value[n];
        for (int pos = 0; pos < n; pos++) {
            Value[] probs = Layers.softmax(gpt(tokens[pos], pos, keys, values));
            losses[pos] = probs[tokens[pos + 1]].log().neg();
        }
        return Value.sum(losses).mul(1.0 / n);
    }
    // endregion

    // region training
    /** Gradient descent, as in Step 3: step {@code step}, from 0. */
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
    /** Makes up a name, one position at a time, each layer's cache remembering the past. */
    @Override
    public String sample(PyRandom random) {
        List<List<Value[]>> keys = emptyCache();
        List<List<Value[]>> values = emptyCache();
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

    /** Every parameter, in creation order: the list an optimizer walks. */
    public Value[] parameters() {
        return params.clone();
    }

    @Override
    public double evaluate(int[] tokens) {
        return loss(tokens).data;
    }

    @Override
    public double[][] nextTokenProbs(int[] tokens) {
        List<List<Value[]>> keys = emptyCache();
        List<List<Value[]>> values = emptyCache();
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
        hyper.put("nHead", N_HEAD);
        hyper.put("nLayer", N_LAYER);
        hyper.put("headDim", HEAD_DIM);
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
        weights.put("lm_head", Layers.data(lmHead));
        for (int li = 0; li < N_LAYER; li++) {
            String prefix = "layer" + li + ".";
            weights.put(prefix + "attn_wq", Layers.data(layers[li].attnWq));
            weights.put(prefix + "attn_wk", Layers.data(layers[li].attnWk));
            weights.put(prefix + "attn_wv", Layers.data(layers[li].attnWv));
            weights.put(prefix + "attn_wo", Layers.data(layers[li].attnWo));
            weights.put(prefix + "mlp_fc1", Layers.data(layers[li].mlpFc1));
            weights.put(prefix + "mlp_fc2", Layers.data(layers[li].mlpFc2));
        }
        return weights;
    }

    @Override
    public Architecture architecture() {
        return Architecture.transformer(vocabSize, N_EMBD, N_HEAD, N_LAYER, N_HIDDEN, BLOCK_SIZE,
                Layers.RMS_EPS, Architecture.Optimizer.SGD, TEMPERATURE);
    }

    /** The mean number of computed values in one training step's graph, over the run's names. */
    public double nodesPerStep(List<String> docs) {
        return Ladder.meanGraphSize(tokenizer, docs, tokens -> loss(tokens).graphSize());
    }
}
