package dev.microgpt.widget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import dev.microgpt.page.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code weights}: a rung's weight matrices as heatmaps in a diverging palette (negative red,
 * positive blue, zero the page) at one of the steps the run kept, with a step picker. Each
 * matrix is a table, one cell per weight, its value printed for screen readers and shown on
 * hover or focus. The colour scale is the same for all matrices at a step.
 * <pre>
 * rung: 1
 * matrices: wte, mlp_fc1     (default: all of the rung; "layer0." may be left out)
 * step: 1000
 * steps: 0,100,1000          (default: all kept)
 * </pre>
 */
final class WeightsWidget implements Widget {
    @Override
    public String name() {
        return "weights";
    }

    @Override
    public Set<String> keys() {
        return Set.of("rung", "matrices", "step", "steps");
    }

    @Override
    public Rendered render(Args args, RunData run) {
        int rung = Rungs.one(args, "rung", 1, run, 1, 5);
        JsonNode data = Rungs.data(run, rung);
        List<Shape> shapes = matrices(args, data);
        List<JsonNode> snapshots = WeightSnapshots.offered(args, data);
        int step = args.integer("step", 1000);
        return render(Vocab.of(run), shapes, snapshots, WeightSnapshots.index(args, snapshots, step), step);
    }

    /** Heatmaps of some matrices at one of several snapshots, and each snapshot's weights for the script. */
    static Rendered render(Vocab vocab, List<Shape> shapes, List<JsonNode> snapshots, int shown, int step) {

        ObjectNode out = Json.object();
        out.put("step", step);
        var names = out.putArray("matrices");
        var rows = out.putArray("rows");
        var cols = out.putArray("cols");
        for (Shape s : shapes) {
            names.add(s.name);
            rows.add(s.rows);
            cols.add(s.cols);
        }
        var steps = out.putArray("steps");
        String html = "";
        for (int k = 0; k < snapshots.size(); k++) {
            JsonNode snapshot = snapshots.get(k);
            List<double[]> values = new ArrayList<>();
            List<double[][]> matrices = new ArrayList<>();
            for (Shape s : shapes) {
                double[][] m = Json.matrix(snapshot.path("weights").path(s.key));
                matrices.add(m);
                values.addAll(List.of(m));
            }
            double[][] all = values.toArray(new double[0][]);
            double[] edges = Heat.signedEdges(Heat.maxAbs(all));
            ObjectNode s = steps.addObject();
            s.put("step", snapshot.path("step").asInt());
            s.put("weights", Json.fixed4(all));
            s.set("edges", Json.rounded(edges, 6));
            s.put("legend", Heat.signedLegend(edges));
            if (k == shown) {
                html = render(vocab, shapes, matrices, edges, snapshot.path("step").asInt());
            }
        }
        return new Rendered(html, out);
    }

    /** One matrix to show: its run-data key, the name readers see, its shape. */
    record Shape(String key, String name, int rows, int cols) {
    }

    /** The matrices a block asks for, in the rung's creation order. */
    static List<Shape> matrices(Args args, JsonNode data) {
        List<Shape> all = new ArrayList<>();
        for (JsonNode s : data.path("shapes")) {
            String key = s.path("name").asText();
            all.add(new Shape(key, key.replace("layer0.", ""), s.path("rows").asInt(), s.path("cols").asInt()));
        }
        if (!args.has("matrices")) {
            return all;
        }
        List<Shape> picked = new ArrayList<>();
        for (String name : args.text("matrices", "").split(",")) {
            String n = name.strip().replace("layer0.", "");
            Shape shape = all.stream().filter(s -> s.name.equals(n)).findFirst().orElseThrow(() -> args.error("matrices",
                    "the rung has no matrix '" + name.strip() + "'; it has " + all.stream().map(Shape::name).toList()));
            if (picked.contains(shape)) {
                throw args.error("matrices", "matrices names " + n + " twice");
            }
            picked.add(shape);
        }
        return all.stream().filter(picked::contains).toList();
    }

    static String render(Vocab vocab, List<Shape> shapes, List<double[][]> matrices, double[] edges, int step) {
        StringBuilder html = new StringBuilder("<p class=\"picked\">Weights after <strong>").append(Numbers.integer(step))
                .append("</strong> ").append(step == 1 ? "step" : "steps").append("</p><div class=\"mats\">");
        for (int m = 0; m < shapes.size(); m++) {
            Shape s = shapes.get(m);
            html.append("<div class=\"mat\"><p class=\"chart-title\"><b>").append(s.name).append("</b> ").append(s.rows)
                    .append("×").append(s.cols).append("</p>").append(table(vocab, s, matrices.get(m), edges)).append("</div>");
        }
        return html.append("</div>").append(Heat.signedLegend(edges)).toString();
    }

    /** A matrix as a heatmap table; end tags left out (valid HTML) to keep large matrices light. */
    static String table(Vocab vocab, Shape s, double[][] w, double[] edges) {
        boolean tokens = s.rows == vocab.size();
        StringBuilder html = new StringBuilder("<table class=\"hm\" style=\"--n: " + (s.cols + 2) + "\" aria-label=\""
                + s.name + ", " + s.rows + " rows of " + s.cols + (tokens ? ", a row per token" : "") + "\"><tbody>");
        for (int i = 0; i < s.rows; i++) {
            html.append("<tr><th scope=\"row\">").append(tokens ? CountTableWidget.header(vocab, i) : String.valueOf(i))
                    .append("</th>");
            for (int j = 0; j < s.cols; j++) {
                html.append("<td class=").append(Heat.signedClass(w[i][j], edges)).append('>')
                        .append(Numbers.fixed(w[i][j], 4));
            }
        }
        return html.append("</tbody></table>").toString();
    }
}
