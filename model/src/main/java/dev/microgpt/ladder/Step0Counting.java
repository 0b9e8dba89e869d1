package dev.microgpt.ladder;

import dev.microgpt.dataset.Tokenizer;
import dev.microgpt.inference.Architecture;
import dev.microgpt.random.PyRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Step 0: a bigram model trained by counting. Its only parameters are a table of how often each
 * token followed each other token; a row of counts, smoothed, is the model's prediction.
 */
public final class Step0Counting {
    // region hyperparameters
    static final int MAX_TOKENS = 16;   // a sampled name stops after this many tokens
    // endregion

    private final Tokenizer tokenizer;  // characters ↔ token ids
    private final int vocabSize;        // 27: 26 letters and BOS
    // region parameters
    private final int[][] counts;       // vocabSize×vocabSize: counts[i][j] = times j followed i
    // endregion

    /** A model that has seen nothing yet: every count is zero. */
    public Step0Counting(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
        this.vocabSize = tokenizer.vocabSize();
        this.counts = new int[vocabSize][vocabSize];
    }

    // region bigram
    /** The model: given a token, the probability of each token coming next. */
    public double[] bigram(int tokenId) {
        int[] row = counts[tokenId];
        int total = vocabSize;                              // add-one smoothing: one extra per cell
        for (int count : row) {
            total += count;
        }
        double[] probs = new double[vocabSize];
        for (int j = 0; j < vocabSize; j++) {
            probs[j] = (row[j] + 1) / (double) total;       // never zero, however rare the pair
        }
        return probs;
    }
    // endregion

    // region loss
    /** The mean surprise, −log p, of each next token of a name wrapped in BOS. */
    public double loss(int[] tokens) {
        int n = tokens.length - 1;                          // a name of length L has L + 1 pairs
        double sum = 0;
        for (int pos = 0; pos < n; pos++) {
            double[] probs = bigram(tokens[pos]);
            sum += -Math.log(probs[tokens[pos + 1]]);       // sure and right: 0; unsure: large
        }
        return (1.0 / n) * sum;
    }
    // endregion

    // region update
    /** Learning, for this model: add the name's pairs to the table. */
    void count(int[] tokens) {
        for (int pos = 0; pos < tokens.length - 1; pos++) {
            counts[tokens[pos]][tokens[pos + 1]] += 1;
        }
    }
    // endregion

    // region training
    /** Training step {@code step} (from 0): measure the loss on its name first, then count it. */
    public double trainStep(List<String> docs, int step) {
        int[] tokens = tokenizer.encode(Ladder.doc(docs, step));
        double loss = loss(tokens);                         // how surprised were we?
        count(tokens);                                      // now we have seen it
        return loss;
    }
    // endregion

    /** Every training step in turn; the recorder (the site's exporter) hears each loss. */
    public void train(List<String> docs, Recorder recorder) {
        for (int step = 0; step < Ladder.NUM_STEPS; step++) {
            recorder.step(step + 1, trainStep(docs, step));
        }
    }

    // region sampling
    /** Makes up a name: start at BOS, draw each next token from the model, stop at BOS. */
    public String sample(PyRandom random) {
        StringBuilder name = new StringBuilder();
        int tokenId = tokenizer.bos();
        for (int i = 0; i < MAX_TOKENS; i++) {
            tokenId = random.choices(bigram(tokenId));
            if (tokenId == tokenizer.bos()) {
                break;                                      // the model chose to end the name
            }
            name.append(tokenizer.character(tokenId));
        }
        return name.toString();
    }
    // endregion

    /** The named constants, for the lessons to quote. */
    public static Map<String, Number> hyperparameters() {
        Map<String, Number> hyper = new LinkedHashMap<>();
        hyper.put("maxTokens", MAX_TOKENS);
        return hyper;
    }

    /** A count table of the vocabulary, sampling at most MAX_TOKENS tokens. */
    public Architecture architecture() {
        return Architecture.counts(vocabSize, MAX_TOKENS);
    }

    /** A copy of the count table as it stands. */
    public int[][] counts() {
        int[][] copy = new int[vocabSize][];
        for (int i = 0; i < vocabSize; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }

    /** A model with a given table, e.g. a snapshot, to replay its predictions. */
    public static Step0Counting withCounts(Tokenizer tokenizer, int[][] counts) {
        Step0Counting model = new Step0Counting(tokenizer);
        for (int i = 0; i < counts.length; i++) {
            System.arraycopy(counts[i], 0, model.counts[i], 0, counts[i].length);
        }
        return model;
    }
}
