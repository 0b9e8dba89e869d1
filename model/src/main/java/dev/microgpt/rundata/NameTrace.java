package dev.microgpt.rundata;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.microgpt.dataset.Tokenizer;
import dev.microgpt.ladder.Check;
import dev.microgpt.ladder.Rung;
import java.util.ArrayList;
import java.util.List;

/**
 * One name read pair by pair by a rung's model as it stood after {@code step} training steps.
 *
 * @param name the name
 * @param step training steps done before reading it
 * @param pairs one entry per (token, next token) pair, BOS included; Steps 3–5 read at most 16
 * @param loss the model's loss on this name: the mean of the pairs' nll, full precision
 */
@JsonPropertyOrder({"name", "step", "pairs", "loss"})
public record NameTrace(String name, int step, List<PredictedPair> pairs, double loss) {
    public NameTrace {
        Check.finite("loss", loss);
        pairs = List.copyOf(pairs);
    }

    /**
     * One pair: what the model predicted at a position, and how surprised it was.
     *
     * @param from the token id at this position
     * @param to the token id that actually follows
     * @param prob the probability the model gave {@code to}, full precision
     * @param nll −ln prob, full precision
     * @param probs the whole next-token distribution, by token id, rounded to
     *     {@link Rounding#PROB_DIGITS} decimals
     */
    @JsonPropertyOrder({"from", "to", "prob", "nll", "probs"})
    public record PredictedPair(int from, int to, double prob, double nll, double[] probs) {
        public PredictedPair {
            Check.finite("prob", prob);
            Check.finite("nll", nll);
            probs = Check.finite("probs", probs).clone();
        }
    }

    /** Reads a name with a model as it stands now. */
    static NameTrace of(Rung model, Tokenizer tokenizer, String name, int step) {
        int[] tokens = tokenizer.encode(name);
        double[][] probs = model.nextTokenProbs(tokens);
        List<PredictedPair> pairs = new ArrayList<>();
        for (int pos = 0; pos < probs.length; pos++) {
            int to = tokens[pos + 1];
            double prob = probs[pos][to];
            pairs.add(new PredictedPair(tokens[pos], to, prob, -Math.log(prob),
                    Rounding.round(probs[pos], Rounding.PROB_DIGITS)));
        }
        return new NameTrace(name, step, pairs, model.evaluate(tokens));
    }
}
