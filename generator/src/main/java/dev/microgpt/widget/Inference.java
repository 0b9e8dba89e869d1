package dev.microgpt.widget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trained rung run forward from the weights the run ended with, so that a static fallback
 * shows what the in-page model ({@code assets/js/models.js}) will compute: the count table
 * (rung 0), the MLP (rungs 1–2) and the transformer (rungs 3–5, one or four heads). Every sum,
 * division and power is done in the model's own order (a sum starts from 0; from rung 2 on, a
 * division is a multiplication by a power), so the numbers agree with the run to the last bit.
 * Nothing here trains.
 */
final class Inference {
    static final int BLOCK = 16;                   // the longest name a widget argument may hold, BOS included
    private static final double RMS_EPS = 1e-5;

    final int rung;                                // 0 … 5
    final int heads;                               // 1 or 4 (transformer rungs)
    final double temperature;                      // the rung's sampling temperature (1 for counting)
    private final Map<String, double[][]> w;       // matrix name without "layer0." → weights
    private final int[][] counts;                  // rung 0: the table after the last step
    private final JsonNode source;                 // the rung's run data
    private final String uchars;                   // the vocabulary, for the script's labels

    private Inference(int rung, JsonNode source, Map<String, double[][]> w, int[][] counts, String uchars) {
        this.rung = rung;
        this.uchars = uchars;
        this.source = source;
        this.w = w;
        this.counts = counts;
        this.heads = source.path("hyperparameters").path("nHead").asInt(1);
        this.temperature = source.path("hyperparameters").path("temperature").asDouble(1);
    }

    /** The final model of a rung; fails on the key's line if the run has no such rung. */
    static Inference of(RunData run, int rung, Args args, String key) {
        JsonNode step = run.get("step" + rung);
        if (rung < 0 || rung > 5 || step.isMissingNode()) {
            throw args.error(key, key + " must be a rung the run trained (0 to 5), was " + rung);
        }
        if (rung == 0) {
            JsonNode snapshots = step.path("snapshots");
            return new Inference(0, step, Map.of(), Json.intMatrix(snapshots.get(snapshots.size() - 1).path("counts")),
                    Vocab.of(run).uchars());
        }
        Map<String, double[][]> w = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = step.path("finalWeights").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> m = it.next();
            w.put(m.getKey().replace("layer0.", ""), Json.matrix(m.getValue()));
        }
        return new Inference(rung, step, w, null, Vocab.of(run).uchars());
    }

    /** Whether this rung reads the whole prefix (a transformer) rather than the last token only. */
    boolean transformer() {
        return rung >= 3;
    }

    /** The key the page shares this model under. */
    String key() {
        return "m" + rung;
    }

    /** The rung's run data. */
    JsonNode data() {
        return source;
    }

    /** n_embd: how many numbers represent a token, a query, a key or a value. */
    int width() {
        return w.get("wte")[0].length;
    }

    /** How many of those numbers each head reads. */
    int headDim() {
        return width() / heads;
    }

    /** One matrix of the final weights, by its name without {@code layer0.}. */
    double[][] matrix(String name) {
        return w.get(name);
    }

    /**
     * The weights as the in-page model reads them (shared once per page under {@code m<rung>}):
     * rung 0 its count table, the others every matrix at full precision, in creation order.
     */
    ObjectNode json() {
        ObjectNode out = Json.object();
        out.put("rung", rung);
        out.put("heads", heads);
        out.put("maxTokens", source.path("hyperparameters").path("maxTokens").asInt(
                source.path("hyperparameters").path("blockSize").asInt()));   // the longest sample
        out.put("temperature", temperature);
        out.put("uchars", uchars);
        if (rung == 0) {
            out.set("counts", Json.array().addAll(arrays(counts)));
            return out;
        }
        List<double[]> rows = new ArrayList<>();
        var names = out.putArray("matrices");
        var shapes = out.putArray("shapes");
        for (JsonNode shape : source.path("shapes")) {
            String name = shape.path("name").asText().replace("layer0.", "");
            names.add(name);
            shapes.addArray().add(shape.path("rows").asInt()).add(shape.path("cols").asInt());
            rows.addAll(List.of(w.get(name)));
        }
        out.put("weights", Json.f64(rows.toArray(new double[0][])));
        return out;
    }

    private static List<JsonNode> arrays(int[][] m) {
        List<JsonNode> out = new ArrayList<>();
        for (int[] row : m) {
            out.add(Json.ints(row));
        }
        return out;
    }

    /** The next-token distribution after each of the first positions of {@code tokens}. */
    double[][] probs(int[] tokens) {
        int n = transformer() ? Math.min(BLOCK, tokens.length) : tokens.length;
        double[][] out = new double[n][];
        if (transformer()) {
            List<Position> trace = trace(tokens);
            for (int p = 0; p < n; p++) {
                out[p] = trace.get(p).probs;
            }
        } else {
            for (int p = 0; p < n; p++) {
                out[p] = next(tokens[p]);
            }
        }
        return out;
    }

    /** Rungs 0–2: the distribution after one token. */
    double[] next(int token) {
        if (rung == 0) {
            int total = counts.length;                 // add-one smoothing
            for (int c : counts[token]) {
                total += c;
            }
            double[] p = new double[counts.length];
            for (int j = 0; j < p.length; j++) {
                p[j] = (counts[token][j] + 1) / (double) total;
            }
            return p;
        }
        return softmax(mlp(token).logits);
    }

    /** The MLP's layers for one input token. */
    record Mlp(double[] x, double[] hPre, double[] h, double[] logits) {
    }

    Mlp mlp(int token) {
        double[] x = w.get("wte")[token];
        double[] hPre = linear(x, w.get("mlp_fc1"));
        double[] h = new double[hPre.length];
        for (int i = 0; i < h.length; i++) {
            h[i] = hPre[i] > 0 ? hPre[i] : 0;
        }
        return new Mlp(x, hPre, h, linear(h, w.get("mlp_fc2")));
    }

    /** What the transformer computed at one position. */
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
        int width = width();
        int n = Math.min(w.get("wpe").length, tokens.length);
        int hd = headDim();
        List<double[]> keys = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        List<Position> out = new ArrayList<>();
        for (int pos = 0; pos < n; pos++) {
            Position p = new Position();
            p.token = tokens[pos];
            p.tokEmb = w.get("wte")[p.token];
            p.posEmb = w.get("wpe")[pos];
            double[] x = new double[width];
            for (int i = 0; i < width; i++) {
                x[i] = p.tokEmb[i] + p.posEmb[i];
            }
            x = rmsnorm(x);
            p.x = x;
            double[] xn = rmsnorm(x);
            p.q = linear(xn, w.get("attn_wq"));
            p.k = linear(xn, w.get("attn_wk"));
            p.v = linear(xn, w.get("attn_wv"));
            keys.add(p.k);
            values.add(p.v);
            p.logits = new double[heads][keys.size()];
            p.weights = new double[heads][];
            p.attn = new double[width];
            double scale = Math.pow(Math.pow(hd, 0.5), -1);
            for (int h = 0; h < heads; h++) {
                int hs = h * hd;
                for (int t = 0; t < keys.size(); t++) {
                    double dot = 0;
                    for (int j = 0; j < hd; j++) {
                        dot += p.q[hs + j] * keys.get(t)[hs + j];
                    }
                    p.logits[h][t] = dot * scale;
                }
                p.weights[h] = softmax(p.logits[h]);
                for (int j = 0; j < hd; j++) {
                    double sum = 0;
                    for (int t = 0; t < values.size(); t++) {
                        sum += p.weights[h][t] * values.get(t)[hs + j];
                    }
                    p.attn[hs + j] = sum;
                }
            }
            double[] y = linear(p.attn, w.get("attn_wo"));
            for (int i = 0; i < width; i++) {
                y[i] += x[i];
            }
            double[] hidden = linear(rmsnorm(y), w.get("mlp_fc1"));
            for (int i = 0; i < hidden.length; i++) {
                hidden[i] = hidden[i] > 0 ? hidden[i] : 0;
            }
            double[] z = linear(hidden, w.get("mlp_fc2"));
            for (int i = 0; i < width; i++) {
                z[i] += y[i];
            }
            p.probs = softmax(linear(z, w.get("lm_head")));
            out.add(p);
        }
        return out;
    }

    /** out[i] = Σ w[i][j]·x[j], summed left to right from 0. */
    static double[] linear(double[] x, double[][] m) {
        double[] out = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            double sum = 0;
            for (int j = 0; j < x.length; j++) {
                sum += m[i][j] * x[j];
            }
            out[i] = sum;
        }
        return out;
    }

    /** x · (mean(x²) + ε)^(−1/2), the mean as sum · n^(−1), as the autograd computes it. */
    static double[] rmsnorm(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v * v;
        }
        double scale = Math.pow(sum * Math.pow(x.length, -1) + RMS_EPS, -0.5);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] * scale;
        }
        return out;
    }

    /** Softmax after subtracting the max; rung 1 divides, the autograd rungs multiply by total^(−1). */
    double[] softmax(double[] logits) {
        double max = logits[0];
        for (double l : logits) {
            max = Math.max(max, l);
        }
        double[] e = new double[logits.length];
        double total = 0;
        for (int i = 0; i < e.length; i++) {
            e[i] = Math.exp(logits[i] - max);
            total += e[i];
        }
        double inverse = Math.pow(total, -1);
        for (int i = 0; i < e.length; i++) {
            e[i] = rung == 1 ? e[i] / total : e[i] * inverse;
        }
        return e;
    }
}
