package dev.microgpt.widget;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import dev.microgpt.inference.Architecture;
import dev.microgpt.inference.BigramForward;
import dev.microgpt.inference.MlpForward;
import dev.microgpt.inference.MlpTrace;
import dev.microgpt.inference.TransformerForward;
import dev.microgpt.inference.TransformerTrace;
import dev.microgpt.rundata.RungData;
import dev.microgpt.rundata.Shape;
import dev.microgpt.rundata.Step0Data;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trained rung as the widgets' static figures use it: the model's own forward pass
 * ({@code dev.microgpt.inference}, the code the exporter and the tests pin to the training code
 * bit for bit), built from the run's final weights and the rung's architecture, so a static
 * fallback shows exactly what the in-page model ({@code assets/js/models.js}) will compute.
 * Nothing here trains, and nothing here computes: it only adapts the model's traces to figures.
 */
final class Inference {
    static final int BLOCK = 16;                   // the longest name a widget argument may hold, BOS included

    final int rung;                                // 0 … 5
    final int heads;                               // attention heads (1 for a model without attention)
    final double temperature;                      // the rung's sampling temperature
    private final Architecture architecture;       // what the model is, from the run
    private final BigramForward bigram;            // counting, or null
    private final MlpForward mlp;                  // an MLP rung, or null
    private final TransformerForward transformer;  // a transformer rung, or null
    private final Map<String, double[][]> w;       // matrix name without "layer0." → weights
    private final List<Shape> shapes;              // the matrices in creation order
    private final int[][] counts;                  // counting: the table after the last step
    private final String uchars;                   // the vocabulary, for the script's labels

    private Inference(int rung, Architecture architecture, Map<String, double[][]> w, List<Shape> shapes,
            int[][] counts, String uchars) {
        this.rung = rung;
        this.architecture = architecture;
        this.w = w;
        this.shapes = shapes;
        this.counts = counts;
        this.uchars = uchars;
        this.heads = Math.max(1, architecture.nHead());
        this.temperature = architecture.temperature();
        this.bigram = architecture.kind() == Architecture.Kind.COUNTS ? BigramForward.of(architecture, counts) : null;
        this.mlp = architecture.kind() == Architecture.Kind.MLP ? MlpForward.of(architecture, w) : null;
        this.transformer = architecture.kind() == Architecture.Kind.TRANSFORMER
                ? TransformerForward.of(architecture, w) : null;
    }

    /** The final model of a rung; fails on the key's line if the run has no such rung. */
    static Inference of(RunData run, int rung, Args args, String key) {
        if (!run.has(rung)) {
            throw args.error(key, key + " must be a rung the run trained (0 to 5), was " + rung);
        }
        String uchars = run.dataset().uchars();
        if (rung == 0) {
            Step0Data counting = run.counting();
            List<Step0Data.CountSnapshot> snapshots = counting.snapshots();
            return new Inference(0, counting.architecture(), Map.of(), List.of(),
                    snapshots.get(snapshots.size() - 1).counts(), uchars);
        }
        RungData data = run.rung(rung);
        Map<String, double[][]> w = new LinkedHashMap<>();
        for (Shape shape : data.shapes()) {                       // creation order
            w.put(shape.name().replace("layer0.", ""), data.finalWeights().get(shape.name()));
        }
        return new Inference(rung, data.architecture(), w, data.shapes(), null, uchars);
    }

    /** Whether this rung reads the whole prefix (a transformer) rather than the last token only. */
    boolean transformer() {
        return transformer != null;
    }

    /** The key the page shares this model under. */
    String key() {
        return "m" + rung;
    }

    /** n_embd: how many numbers represent a token, a query, a key or a value. */
    int width() {
        return architecture.nEmbd();
    }

    /** How many of those numbers each head reads. */
    int headDim() {
        return width() / heads;
    }

    /**
     * The weights as the in-page model reads them (shared once per page under {@code m<rung>}):
     * counting its count table, the others every matrix at full precision, in creation order.
     */
    ObjectNode json() {
        ObjectNode out = Json.object();
        out.put("rung", rung);
        out.put("kind", architecture.kind().json());             // counts, mlp or transformer
        out.put("division", architecture.division().json());     // divide, or multiply by a power
        out.put("rmsEps", architecture.rmsEps());
        out.put("heads", heads);
        out.put("maxTokens", architecture.blockSize());           // the longest sample
        out.put("temperature", temperature);
        out.put("uchars", uchars);
        if (counts != null) {
            var table = out.putArray("counts");
            for (int[] row : counts) {
                table.add(Json.ints(row));
            }
            return out;
        }
        List<double[]> rows = new ArrayList<>();
        var names = out.putArray("matrices");
        var sizes = out.putArray("shapes");
        for (Shape shape : shapes) {
            String name = shape.name().replace("layer0.", "");
            names.add(name);
            sizes.addArray().add(shape.rows()).add(shape.cols());
            rows.addAll(List.of(w.get(name)));
        }
        out.put("weights", Json.f64(rows.toArray(new double[0][])));
        return out;
    }

    /** The next-token distribution after each of the first positions of {@code tokens}. */
    double[][] probs(int[] tokens) {
        if (transformer()) {
            List<Position> trace = trace(tokens);
            double[][] out = new double[trace.size()][];
            for (int p = 0; p < out.length; p++) {
                out[p] = trace.get(p).probs;
            }
            return out;
        }
        double[][] out = new double[tokens.length][];
        for (int p = 0; p < tokens.length; p++) {
            out[p] = next(tokens[p]);
        }
        return out;
    }

    /** Counting and the MLP rungs: the distribution after one token. */
    double[] next(int token) {
        return bigram != null ? bigram.next(token).probs() : mlp.next(token).probs();
    }

    /** The MLP's layers for one input token, and the distribution they give. */
    record Mlp(double[] x, double[] hPre, double[] h, double[] logits, double[] probs) {
    }

    Mlp mlp(int token) {
        MlpTrace.Position p = mlp.next(token);
        return new Mlp(p.x(), p.hPre(), p.h(), p.logits(), p.probs());
    }

    /** What the transformer computed at one position, in the names the figures use. */
    static final class Position {
        int token;
        double[] tokEmb;
        double[] posEmb;
        double[] x;                 // rmsnorm(tokEmb + posEmb): the residual stream entering the layer
        double[] q;
        double[] k;
        double[] v;
        double[][] logits;          // per head, per cached position: q·k / √d
        double[][] weights;         // per head: softmax of logits
        double[] attn;              // the heads' outputs side by side, what attn_wo reads
        double[] probs;             // the next token's distribution
    }

    /** The transformer reading a name to predict it: BOS and each letter, the closing BOS left out. */
    List<Position> readName(Vocab vocab, String name) {
        int[] tokens = vocab.encode(name);
        return trace(Arrays.copyOf(tokens, tokens.length - 1));
    }

    /** The transformer reading a sequence, at most one position per row of wpe, with its cache. */
    List<Position> trace(int[] tokens) {
        int n = Math.min(architecture.blockSize(), tokens.length);
        List<Position> out = new ArrayList<>();
        for (TransformerTrace.Position traced : transformer.trace(Arrays.copyOf(tokens, n)).positions()) {
            TransformerTrace.Layer layer = traced.layers().get(0);     // the figures show the first layer
            Position p = new Position();
            p.token = traced.token();
            p.tokEmb = traced.tokEmb();
            p.posEmb = traced.posEmb();
            p.x = traced.x();
            p.q = layer.q();
            p.k = layer.k();
            p.v = layer.v();
            p.logits = new double[heads][];
            p.weights = new double[heads][];
            for (int h = 0; h < heads; h++) {
                p.logits[h] = layer.heads().get(h).logits();
                p.weights[h] = layer.heads().get(h).weights();
            }
            p.attn = layer.xAttn();
            p.probs = traced.probs();
            out.add(p);
        }
        return out;
    }
}
