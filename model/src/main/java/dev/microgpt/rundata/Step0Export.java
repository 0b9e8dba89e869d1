package dev.microgpt.rundata;

import dev.microgpt.dataset.Tokenizer;
import dev.microgpt.ladder.Ladder;
import dev.microgpt.ladder.Step0Counting;
import dev.microgpt.random.PyRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Runs Step 0 as the reference does and keeps what its lessons show. */
final class Step0Export {
    /** After how many steps the count table is kept (0 = before any counting). */
    static final int[] SNAPSHOT_STEPS = {0, 1, 2, 3, 5, 10, 20, 50, 100, 200, 500, 1000};
    /** Worked examples: a name and after how many steps it is read. */
    static final List<Map.Entry<String, Integer>> EXAMPLES = List.of(Map.entry("ava", 100),
            Map.entry("ava", 0), Map.entry("ava", 1000), Map.entry("emma", 100));

    private Step0Export() {
    }

    static Step0Data run(List<String> names) {
        PyRandom random = new PyRandom(Ladder.SEED);
        List<String> docs = Ladder.shuffled(names, random);
        Tokenizer tokenizer = Tokenizer.fromDocs(docs);
        Step0Counting model = new Step0Counting(tokenizer);

        double[] losses = new double[Ladder.NUM_STEPS];
        Map<Integer, int[][]> tables = new TreeMap<>();
        tables.put(0, model.counts());
        model.train(docs, (step, loss) -> {
            losses[step - 1] = loss;
            if (contains(SNAPSHOT_STEPS, step)) {
                tables.put(step, model.counts());
            }
        });
        List<String> samples = new ArrayList<>();
        for (int i = 0; i < Ladder.NUM_SAMPLES; i++) {
            samples.add(model.sample(random));
        }

        List<Step0Data.CountSnapshot> snapshots = new ArrayList<>();
        tables.forEach((step, counts) -> snapshots.add(Step0Data.CountSnapshot.of(step, counts)));
        List<Step0Data.PairTrace> examples = new ArrayList<>();
        for (Map.Entry<String, Integer> example : EXAMPLES) {
            int step = example.getValue();
            examples.add(trace(tokenizer, example.getKey(), step, tables.get(step)));
        }
        int v = tokenizer.vocabSize();
        return new Step0Data(0, "Counting", v * v, Step0Counting.hyperparameters(),
                model.architecture(), LossCurve.of(losses, HeldOutLoss.of(docs, tokenizer, model::loss)), snapshots, examples,
                samples);
    }

    /** Reads a name pair by pair under a snapshot of the table, keeping each pair's fraction. */
    static Step0Data.PairTrace trace(Tokenizer tokenizer, String name, int step, int[][] counts) {
        Step0Counting model = Step0Counting.withCounts(tokenizer, counts);
        int[] tokens = tokenizer.encode(name);
        List<Step0Data.CountedPair> pairs = new ArrayList<>();
        for (int pos = 0; pos < tokens.length - 1; pos++) {
            int from = tokens[pos];
            int to = tokens[pos + 1];
            int rowTotal = 0;
            for (int c : counts[from]) {
                rowTotal += c;
            }
            double prob = model.bigram(from)[to];
            pairs.add(new Step0Data.CountedPair(from, to, counts[from][to], rowTotal,
                    rowTotal + tokenizer.vocabSize(),
                    prob, -Math.log(prob)));
        }
        return new Step0Data.PairTrace(name, step, pairs, model.loss(tokens));
    }

    private static boolean contains(int[] steps, int step) {
        for (int s : steps) {
            if (s == step) {
                return true;
            }
        }
        return false;
    }
}
