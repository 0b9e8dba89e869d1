package dev.microgpt.rundata;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.microgpt.inference.Architecture;
import dev.microgpt.ladder.Check;
import java.util.List;
import java.util.Map;

/**
 * Step 0, the bigram counts: everything its lessons and widgets show.
 *
 * @param rung 0
 * @param title the rung's name
 * @param parameters number of counts in the table
 * @param hyperparameters the rung's named constants (learning rate, widths, temperature …)
 * @param architecture the rung described as data: what runs it forward from its weights
 * @param training the loss of every training step
 * @param snapshots the count table after chosen numbers of steps
 * @param examples worked examples: a name's pairs under the table after a number of steps
 * @param samples names made up by the trained table
 */
@JsonPropertyOrder({"rung", "title", "parameters", "hyperparameters", "architecture", "training",
        "snapshots", "examples", "samples"})
public record Step0Data(int rung, String title, int parameters,
        Map<String, Number> hyperparameters, Architecture architecture, LossCurve training,
        List<CountSnapshot> snapshots, List<PairTrace> examples, List<String> samples) {

    public Step0Data {
        hyperparameters = Map.copyOf(hyperparameters);
        Check.that(architecture != null, "architecture must be given");
        Check.that(rung == 0, "rung must be 0, was %d", rung);
        snapshots = List.copyOf(snapshots);
        examples = List.copyOf(examples);
        samples = List.copyOf(samples);
    }

    /**
     * The count table after a number of training steps.
     *
     * @param step training steps done (0: nothing counted yet)
     * @param counts counts[i][j] = times token j followed token i
     * @param rowTotals rowTotals[i] = the sum of row i, without smoothing
     * @param total the sum of the whole table: the number of pairs counted
     */
    @JsonPropertyOrder({"step", "counts", "rowTotals", "total"})
    public record CountSnapshot(int step, int[][] counts, int[] rowTotals, long total) {
        static CountSnapshot of(int step, int[][] counts) {
            int[] rowTotals = new int[counts.length];
            long total = 0;
            for (int i = 0; i < counts.length; i++) {
                for (int c : counts[i]) {
                    rowTotals[i] += c;
                }
                total += rowTotals[i];
            }
            return new CountSnapshot(step, counts, rowTotals, total);
        }
    }

    /**
     * One name read pair by pair under the table as it stood after {@code step} training steps.
     *
     * @param name the name
     * @param step training steps done before reading it
     * @param pairs one entry per (token, next token) pair, BOS included
     * @param loss the mean of the pairs' nll: the loss of this name
     */
    @JsonPropertyOrder({"name", "step", "pairs", "loss"})
    public record PairTrace(String name, int step, List<CountedPair> pairs, double loss) {
        public PairTrace {
            Check.finite("loss", loss);
            pairs = List.copyOf(pairs);
        }
    }

    /**
     * One pair of a worked example, with the exact fraction behind its probability.
     *
     * @param from the current token id
     * @param to the next token id
     * @param count how often {@code to} followed {@code from} so far
     * @param rowTotal how many pairs start with {@code from} so far
     * @param denominator rowTotal + vocabulary size: the smoothed total
     * @param prob (count + 1) / denominator
     * @param nll −ln prob
     */
    @JsonPropertyOrder({"from", "to", "count", "rowTotal", "denominator", "prob", "nll"})
    public record CountedPair(int from, int to, int count, int rowTotal, int denominator,
            double prob, double nll) {
        public CountedPair {
            Check.finite("prob", prob);
            Check.finite("nll", nll);
        }
    }
}
