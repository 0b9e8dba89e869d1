package dev.microgpt.widget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import dev.microgpt.inference.BigramForward;
import dev.microgpt.page.Numbers;
import dev.microgpt.rundata.NameTrace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code pair-stepper}: walks through a name one (token, next token) pair at a time under a rung
 * after some training steps: each pair's probability, its surprise −ln p, and the running mean,
 * which at the last pair is the name's loss. Under rung 0 each probability is worked out from the
 * count table (any typed name, any step the run kept); under rungs 1–5 the pairs are the run's
 * worked examples (ava, emma, yuheng after 0, 100 and 1,000 steps), and after 1,000 steps any
 * typed name runs through the trained model in the page.
 * <pre>
 * rung: 0
 * name: ava
 * step: 100
 * steps: 0,10,100,1000   (default: all the run kept)
 * </pre>
 */
final class PairStepperWidget implements Widget {
    @Override
    public String name() {
        return "pair-stepper";
    }

    @Override
    public Set<String> keys() {
        return Set.of("rung", "name", "step", "steps");
    }

    @Override
    public Rendered render(Args args, RunData run) {
        Vocab vocab = Vocab.of(run);
        int rung = Rungs.one(args, "rung", 0, run, 0, 5);
        String name = args.text("name", "ava");
        for (char ch : name.toCharArray()) {
            if (vocab.id(ch) < 0) {
                throw args.error("name", "'" + ch + "' is not in the vocabulary " + vocab.uchars());
            }
        }
        return rung == 0 ? counting(args, run, vocab, name) : trained(args, run, vocab, rung, name);
    }

    private static Rendered counting(Args args, RunData run, Vocab vocab, String name) {
        int step = args.integer("step", 100);
        List<Integer> offered = Step0Tables.offered(run, args, step);
        ObjectNode data = Json.object();
        data.put("rung", 0);
        data.put("uchars", vocab.uchars());
        data.put("name", name);
        data.put("step", step);
        ArrayNode snapshots = data.putArray("snapshots");
        for (int s : offered) {
            ObjectNode out = snapshots.addObject();
            out.put("step", s);
            out.set("counts", Step0Tables.json(Step0Tables.snapshot(run, s, args, "steps").counts()));
        }
        int[][] counts = Step0Tables.snapshot(run, step, args, "step").counts();
        return new Rendered(table(run, vocab, name, step, counts), data);
    }

    private static Rendered trained(Args args, RunData run, Vocab vocab, int rung, String name) {
        List<NameTrace> examples = run.rung(rung).examples();
        List<Integer> kept = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (NameTrace e : examples) {
            if (!kept.contains(e.step())) {
                kept.add(e.step());
            }
            if (!names.contains(e.name())) {
                names.add(e.name());
            }
        }
        int step = args.integer("step", 100);
        List<Integer> offered = args.integers("steps", kept);
        for (int s : offered) {
            if (!kept.contains(s)) {
                throw args.error("steps", "the run read its examples after " + kept + " steps, not " + s);
            }
        }
        if (!offered.contains(step)) {
            throw args.error("step", "step " + step + " is not among the offered steps " + offered);
        }
        int finalStep = run.dataset().steps();   // the final weights, the only ones in the page
        if (step != finalStep && !names.contains(name)) {
            throw args.error("name", "after " + step + " steps the run read only " + names
                    + "; any name works after " + finalStep + " steps");
        }

        ObjectNode data = Json.object();
        data.put("rung", rung);
        data.put("uchars", vocab.uchars());
        data.put("name", name);
        data.put("step", step);
        data.put("transformer", run.rung(rung).architecture().attention());   // reads the whole prefix
        data.put("blockSize", run.rung(rung).architecture().blockSize());     // …up to this many positions
        data.put("finalStep", finalStep);
        ArrayNode traces = data.putArray("examples");
        double[] shown = null;
        for (NameTrace e : examples) {
            if (!offered.contains(e.step())) {
                continue;
            }
            ObjectNode out = traces.addObject();
            out.put("name", e.name());
            out.put("step", e.step());
            ArrayNode probs = out.putArray("probs");
            double[] p = new double[e.pairs().size()];
            for (int i = 0; i < p.length; i++) {
                p[i] = e.pairs().get(i).prob();
                probs.add(p[i]);
            }
            if (e.step() == step && e.name().equals(name)) {
                shown = p;
            }
        }
        Map<String, JsonNode> shared = Map.of();
        if (offered.contains(finalStep)) {
            Inference model = Inference.of(run, rung, args, "rung");
            data.put("model", model.key());
            shared = Map.of(model.key(), model.json());
            if (shown == null) {
                int[] tokens = vocab.encode(name);
                double[][] dist = model.probs(tokens);
                shown = new double[Math.min(dist.length, tokens.length - 1)];
                for (int i = 0; i < shown.length; i++) {
                    shown[i] = dist[i][tokens[i + 1]];
                }
            }
        }
        return new Rendered(modelTable(vocab, name, step, Rungs.title(run, rung), shown), data, shared);
    }

    /** Every pair of the name under the count table, as the stepper shows them one by one. */
    static String table(RunData run, Vocab vocab, String name, int step, int[][] counts) {
        int[] tokens = vocab.encode(name);
        BigramForward model = Step0Tables.model(run, counts);
        List<Pair> pairs = new ArrayList<>();
        double sum = 0;
        for (int pos = 0; pos < tokens.length - 1; pos++) {
            int from = tokens[pos];
            int to = tokens[pos + 1];
            int rowTotal = 0;
            for (int c : counts[from]) {
                rowTotal += c;
            }
            double p = model.next(from).probs()[to];
            double nll = -Math.log(p);
            sum += nll;
            pairs.add(new Pair(vocab.token(from), vocab.token(to), Numbers.integer(counts[from][to]),
                    Numbers.integer(rowTotal), Numbers.fixed(p, 4), Numbers.fixed(nll, 4),
                    Numbers.fixed(sum / (pos + 1), 4)));
        }
        return Figures.render("pair-stepper", new Figure(name, true, "", Numbers.integer(step), step == 1, pairs));
    }

    /** Every pair of the name under a trained rung: the probability the model gave the next token. */
    static String modelTable(Vocab vocab, String name, int step, String title, double[] probs) {
        int[] tokens = vocab.encode(name);
        List<Pair> pairs = new ArrayList<>();
        double sum = 0;
        for (int pos = 0; pos < probs.length; pos++) {
            double nll = -Math.log(probs[pos]);
            sum += nll;
            pairs.add(new Pair(vocab.token(tokens[pos]), vocab.token(tokens[pos + 1]), "", "",
                    Numbers.fixed(probs[pos], 4), Numbers.fixed(nll, 4), Numbers.fixed(sum / (pos + 1), 4)));
        }
        return Figures.render("pair-stepper", new Figure(name, false, title, Numbers.integer(step), step == 1, pairs));
    }

    /**
     * The table of a name's pairs.
     *
     * @param name the name
     * @param counted whether the model is the count table (its columns count and row total are shown)
     * @param title the trained rung's title ("" under the count table)
     * @param step the training steps done, as printed
     * @param oneStep whether that is one step (the caption's singular)
     * @param pairs one per (token, next token) pair, BOS included
     */
    public record Figure(String name, boolean counted, String title, String step, boolean oneStep, List<Pair> pairs) {
    }

    /**
     * One pair, its numbers as printed.
     *
     * @param from the current token
     * @param to the next token
     * @param count how often {@code to} followed {@code from} ("" under a trained rung)
     * @param rowTotal how many pairs start with {@code from} ("" under a trained rung)
     * @param p the probability of {@code to}, four decimals
     * @param nll −ln p
     * @param mean the mean of −ln p up to this pair
     */
    public record Pair(Token from, Token to, String count, String rowTotal, String p, String nll, String mean) {
    }
}
