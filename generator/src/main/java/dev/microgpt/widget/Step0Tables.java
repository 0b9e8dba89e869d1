package dev.microgpt.widget;

import com.fasterxml.jackson.databind.JsonNode;
import dev.microgpt.content.RunData;
import java.util.ArrayList;
import java.util.List;

/** Step 0's count-table snapshots as the run data holds them. */
final class Step0Tables {
    private Step0Tables() {
    }

    /** The steps after which the run kept the table. */
    static List<Integer> steps(RunData run) {
        List<Integer> steps = new ArrayList<>();
        for (JsonNode snapshot : run.get("step0").path("snapshots")) {
            steps.add(snapshot.path("step").asInt());
        }
        return steps;
    }

    /** The table after {@code step} steps; fails on the argument's line if the run kept none. */
    static JsonNode snapshot(RunData run, int step, Args args, String key) {
        for (JsonNode snapshot : run.get("step0").path("snapshots")) {
            if (snapshot.path("step").asInt() == step) {
                return snapshot;
            }
        }
        throw args.error(key, "the run kept no count table after " + step + " steps; kept: " + steps(run));
    }

    /** The offered steps, each checked; {@code initial} must be among them. */
    static List<Integer> offered(RunData run, Args args, int initial) {
        snapshot(run, initial, args, "step");
        List<Integer> offered = args.integers("steps", steps(run));
        for (int step : offered) {
            snapshot(run, step, args, "steps");
        }
        if (!offered.contains(initial)) {
            throw args.error("step", "step " + initial + " is not among the offered steps " + offered);
        }
        return offered;
    }

    /** p(j | i) with add-one smoothing, as Step 0's model computes it. */
    static double prob(int[][] counts, int i, int j) {
        int total = counts.length;
        for (int c : counts[i]) {
            total += c;
        }
        return (counts[i][j] + 1) / (double) total;
    }
}
