package dev.microgpt.inference;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What a rung is, as data: enough to run it forward from its weights without knowing its step
 * number. Sizes a kind of model does not have are 0 (a bigram table has no width, an MLP no
 * heads).
 *
 * @param kind the family of model: a count table, an MLP or a transformer
 * @param vocabSize tokens in the vocabulary: 27, the letters and BOS
 * @param nEmbd width of a token's embedding (the residual stream of a transformer); 0 for counts
 * @param nHidden hidden units of the MLP (of each transformer layer's MLP block); 0 for counts
 * @param nHead attention heads per layer; 0 without attention
 * @param headDim dimensions each head reads, nEmbd / nHead; 0 without attention
 * @param nLayer transformer layers; 0 without attention
 * @param blockSize the longest context a transformer reads, and for every rung the most tokens
 *     a sampled name may have
 * @param attention whether positions look back at each other
 * @param gradient how the gradient is found: none (counting), by hand, or by autograd
 * @param optimizer how the weights learn: counting, gradient descent or Adam
 * @param division how the rung divides, in normalising (softmax, the count table) and by the
 *     temperature: a true division or, as {@code Value} does, a multiplication by a power
 * @param rmsEps the ε of RMSNorm, mean(x²) + ε; 0 for rungs without RMSNorm
 * @param temperature what sampling divides the logits by (1: the model's own distribution)
 */
@JsonPropertyOrder({"kind", "vocabSize", "nEmbd", "nHidden", "nHead", "headDim", "nLayer",
        "blockSize", "attention", "gradient", "optimizer", "division", "rmsEps", "temperature"})
public record Architecture(Kind kind, int vocabSize, int nEmbd, int nHidden, int nHead,
        int headDim, int nLayer, int blockSize, boolean attention, Gradient gradient,
        Optimizer optimizer, Division division, double rmsEps, double temperature) {

    public Architecture {
        require(kind != null && gradient != null && optimizer != null && division != null,
                "kind, gradient, optimizer and division must be given");
        require(vocabSize > 0 && blockSize > 0, "vocabSize and blockSize must be positive");
        require(temperature > 0 && Double.isFinite(temperature), "temperature must be positive");
        require(rmsEps >= 0 && Double.isFinite(rmsEps), "rmsEps must be finite, ≥ 0");
        require(attention == (kind == Kind.TRANSFORMER), "only a transformer attends");
        if (kind == Kind.COUNTS) {
            require(nEmbd == 0 && nHidden == 0, "a count table has no width");
            require(gradient == Gradient.NONE && optimizer == Optimizer.COUNTING,
                    "a count table learns by counting");
        } else {
            require(nEmbd > 0 && nHidden > 0, "a network needs a width and hidden units");
            require(gradient != Gradient.NONE && optimizer != Optimizer.COUNTING,
                    "a network learns by gradient");
        }
        if (attention) {
            require(nHead > 0 && nLayer > 0 && headDim * nHead == nEmbd,
                    "heads must split the width: %d × %d ≠ %d", nHead, headDim, nEmbd);
        } else {
            require(nHead == 0 && headDim == 0 && nLayer == 0, "no attention, no heads");
        }
    }

    /** Step 0's table: counts normalised by a true division, sampled at temperature 1. */
    public static Architecture counts(int vocabSize, int maxTokens) {
        return new Architecture(Kind.COUNTS, vocabSize, 0, 0, 0, 0, 0, maxTokens, false,
                Gradient.NONE, Optimizer.COUNTING, Division.DIVIDE, 0, 1);
    }

    /** An MLP of Steps 1–2: embedding, one hidden ReLU layer, logits; plain gradient descent. */
    public static Architecture mlp(int vocabSize, int nEmbd, int nHidden, int maxTokens,
            Gradient gradient, Division division, double temperature) {
        return new Architecture(Kind.MLP, vocabSize, nEmbd, nHidden, 0, 0, 0, maxTokens, false,
                gradient, Optimizer.SGD, division, 0, temperature);
    }

    /** A transformer of Steps 3–5, over {@code Value}: autograd, and divisions by powers. */
    public static Architecture transformer(int vocabSize, int nEmbd, int nHead, int nLayer,
            int nHidden, int blockSize, double rmsEps, Optimizer optimizer, double temperature) {
        return new Architecture(Kind.TRANSFORMER, vocabSize, nEmbd, nHidden, nHead,
                nEmbd / nHead, nLayer, blockSize, true, Gradient.AUTOGRAD, optimizer,
                Division.POWER, rmsEps, temperature);
    }

    /** The family of model; each has its own forward pass. */
    public enum Kind {
        /** A bigram table of counts: {@link BigramForward}. */
        COUNTS,
        /** Embedding → hidden ReLU layer → logits, one token at a time: {@link MlpForward}. */
        MLP,
        /** Embeddings, attention over a KV cache and MLP blocks: {@link TransformerForward}. */
        TRANSFORMER;

        /** The JSON name: the constant in lower case. */
        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How the gradient is found. */
    public enum Gradient {
        /** Counting needs none. */
        NONE,
        /** Worked out by the chain rule and written down (Step 1). */
        HAND_WRITTEN,
        /** {@code loss.backward()} over {@code Value} (Steps 2–5). */
        AUTOGRAD;

        /** The JSON name: the constant in lower case, {@code hand_written}. */
        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How the weights learn. */
    public enum Optimizer {
        /** Step 0: add each pair to the table. */
        COUNTING,
        /** Steps 1–4: w −= lr · grad, the learning rate decaying linearly. */
        SGD,
        /** Step 5: Adam, with running means of the gradient and its square. */
        ADAM;

        /** The JSON name: the constant in lower case. */
        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How a rung computes a / b; the last bit of every probability depends on it. */
    public enum Division {
        /** {@code a / b}: Step 0 and Step 1, plain doubles. */
        DIVIDE,
        /** {@code a · b^(−1)}, b^(−1) from {@link Math#pow}, as {@code Value.div}: Steps 2–5. */
        POWER;

        /** a divided by b, as this rung divides. */
        public double divide(double a, double b) {
            return this == DIVIDE ? a / b : a * Math.pow(b, -1);
        }

        /** The JSON name: the constant in lower case. */
        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static void require(boolean condition, String format, Object... args) {
        if (!condition) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, format, args));
        }
    }
}
