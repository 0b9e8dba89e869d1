package dev.microgpt.widget;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.microgpt.content.RunData;
import dev.microgpt.inference.BigramForward;
import dev.microgpt.rundata.Step0Data.CountSnapshot;
import java.util.ArrayList;
import java.util.List;

/** Step 0's count-table snapshots as the run data holds them. */
final class Step0Tables {
    private Step0Tables() {
    }

    /** The steps after which the run kept the table. */
    static List<Integer> steps(RunData run) {
        List<Integer> steps = new ArrayList<>();
        for (CountSnapshot snapshot : run.counting().snapshots()) {
            steps.add(snapshot.step());
        }
        return steps;
    }

    /** The table after {@code step} steps; fails on the argument's line if the run kept none. */
    static CountSnapshot snapshot(RunData run, int step, Args args, String key) {
        for (CountSnapshot snapshot : run.counting().snapshots()) {
            if (snapshot.step() == step) {
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

    /** A table's counts as the scripts read them, a JSON array of rows. */
    static ArrayNode json(int[][] counts) {
        ArrayNode rows = Json.array();
        for (int[] row : counts) {
            rows.add(Json.ints(row));
        }
        return rows;
    }

    /** A count table as the model's own bigram (add-one smoothed), to read distributions from. */
    static BigramForward model(RunData run, int[][] counts) {
        return BigramForward.of(run.counting().architecture(), counts);
    }
}
