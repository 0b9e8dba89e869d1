package dev.microgpt.rundata;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.microgpt.dataset.Tokenizer;
import dev.microgpt.inference.Forward;
import dev.microgpt.ladder.Check;
import dev.microgpt.ladder.Ladder;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The trained model's loss on names it never trained on: the same per-name loss as training
 * (the mean of −ln p over a name's pairs), measured without learning, on the {@link #NAMES}
 * names that follow the training names in the shuffle, skipping any name the training names
 * include (names.txt repeats some names). Every rung shuffles with the same seed, so every
 * rung is measured on the same names, in the same order.
 *
 * @param first the shuffle position the held-out names start from: the first name no
 *     training step reads
 * @param names how many names were measured
 * @param skipped names passed over on the way because a training step reads the same name
 * @param mean the mean of the names' losses, full precision
 * @param standardError the standard error of that mean: the names' sample standard deviation
 *     (n − 1) divided by √names, full precision
 */
@JsonPropertyOrder({"first", "names", "skipped", "mean", "standardError"})
public record HeldOutLoss(int first, int names, int skipped, double mean,
        double standardError) {
    /**
     * How many names are measured. 2,000 names put the standard error near 0.008, a tenth of
     * the gap between the last training names and the held-out names; on plain doubles they
     * cost Step 4 about 0.2–0.3 s on the busy two cores, where its training took 8 s.
     */
    public static final int NAMES = 2000;

    public HeldOutLoss {
        Check.finite("mean", mean);
        Check.finite("standardError", standardError);
        Check.that(names > 1, "names must be more than one, was %d", names);
    }

    /**
     * A name's loss from a forward pass on plain doubles ({@code dev.microgpt.inference}, whose
     * probabilities are the rung's own bit for bit): the mean of −ln p over its pairs. The same
     * loss as {@code Rung.evaluate} up to the rounding of the sum, without building a graph of
     * {@code Value}s for every name, which would cost about a third of the ladder's training.
     */
    static ToDoubleFunction<int[]> lossOf(Forward forward) {
        return tokens -> {
            double[][] probs = forward.nextTokenProbs(tokens);
            double sum = 0;
            for (int pos = 0; pos < probs.length; pos++) {
                sum += -Math.log(probs[pos][tokens[pos + 1]]);
            }
            return sum / probs.length;
        };
    }

    /** Measures {@code loss} (a name's tokens, wrapped in BOS) on the held-out names of a shuffle. */
    static HeldOutLoss of(List<String> docs, Tokenizer tokenizer, ToDoubleFunction<int[]> loss) {
        return of(docs, tokenizer, loss, NAMES);
    }

    static HeldOutLoss of(List<String> docs, Tokenizer tokenizer, ToDoubleFunction<int[]> loss,
            int count) {
        int first = Ladder.NUM_STEPS;
        Set<String> trained = new HashSet<>();
        for (int step = 0; step < Ladder.NUM_STEPS; step++) {
            trained.add(Ladder.doc(docs, step));
        }
        double[] losses = new double[count];
        int measured = 0;
        int skipped = 0;
        for (int i = first; measured < count; i++) {
            Check.that(i < docs.size(), "only %d held-out names, %d wanted", measured, count);
            String name = docs.get(i);
            if (trained.contains(name)) {
                skipped++;
                continue;
            }
            losses[measured++] = loss.applyAsDouble(tokenizer.encode(name));
        }
        double sum = 0;
        for (double x : losses) {
            sum += x;
        }
        double mean = sum / count;
        double squares = 0;
        for (double x : losses) {
            squares += (x - mean) * (x - mean);
        }
        double standardError = Math.sqrt(squares / (count - 1)) / Math.sqrt(count);
        return new HeldOutLoss(first, count, skipped, mean, standardError);
    }
}
