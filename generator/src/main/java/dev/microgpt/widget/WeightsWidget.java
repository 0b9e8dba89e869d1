package dev.microgpt.widget;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import dev.microgpt.page.Numbers;
import dev.microgpt.rundata.RungData;
import dev.microgpt.rundata.WeightSnapshot;
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
        RungData data = run.rung(rung);
        List<Shape> shapes = matrices(args, data);
        List<WeightSnapshot> snapshots = WeightSnapshots.offered(args, data);
        int step = args.integer("step", 1000);
        return render(Vocab.of(run), shapes, snapshots, WeightSnapshots.index(args, snapshots, step), step);
    }

    /** Heatmaps of some matrices at one of several snapshots, and each snapshot's weights for the script. */
    static Rendered render(Vocab vocab, List<Shape> shapes, List<WeightSnapshot> snapshots, int shown, int step) {
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
            WeightSnapshot snapshot = snapshots.get(k);
            List<double[]> values = new ArrayList<>();
            List<double[][]> matrices = new ArrayList<>();
            for (Shape s : shapes) {
                double[][] m = snapshot.weights().get(s.key);
                matrices.add(m);
                values.addAll(List.of(m));
            }
            double[][] all = values.toArray(new double[0][]);
            double[] edges = Heat.signedEdges(Heat.maxAbs(all));
            ObjectNode s = steps.addObject();
            s.put("step", snapshot.step());
            s.put("weights", Json.fixed4(all));
            s.set("edges", Json.rounded(edges, 6));
            s.put("legend", Heat.signedLegend(edges));
            if (k == shown) {
                html = render(vocab, shapes, matrices, edges, snapshot.step());
            }
        }
        return new Rendered(html, out);
    }

    /** One matrix to show: its run-data key, the name readers see, its shape. */
    record Shape(String key, String name, int rows, int cols) {
    }

    /** The matrices a block asks for, in the rung's creation order. */
    static List<Shape> matrices(Args args, RungData data) {
        List<Shape> all = new ArrayList<>();
        for (dev.microgpt.rundata.Shape s : data.shapes()) {
            all.add(new Shape(s.name(), s.name().replace("layer0.", ""), s.rows(), s.cols()));
        }
        if (!args.has("matrices")) {
            return all;
        }
        List<Shape> picked = new ArrayList<>();
        for (String name : args.text("matrices", "").split(",")) {
            String n = name.strip().replace("layer0.", "");
            Shape shape = all.stream().filter(s -> s.name.equals(n)).findFirst()
                    .orElseThrow(() -> args.error("matrices", "the rung has no matrix '" + name.strip() + "'; it has "
                            + all.stream().map(Shape::name).toList()));
            if (picked.contains(shape)) {
                throw args.error("matrices", "matrices names " + n + " twice");
            }
            picked.add(shape);
        }
        return all.stream().filter(picked::contains).toList();
    }

    /** The figure of some matrices at one step, all coloured on one scale. */
    static String render(Vocab vocab, List<Shape> shapes, List<double[][]> matrices, double[] edges, int step) {
        List<Matrix> shown = new ArrayList<>();
        for (int m = 0; m < shapes.size(); m++) {
            Shape s = shapes.get(m);
            double[][] w = matrices.get(m);
            boolean tokens = s.rows == vocab.size();
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < s.rows; i++) {
                List<Heat.Cell> cells = new ArrayList<>();
                for (int j = 0; j < s.cols; j++) {
                    cells.add(new Heat.Cell(Heat.signedClass(w[i][j], edges), Numbers.fixed(w[i][j], 4)));
                }
                rows.add(new Row(tokens ? vocab.label(i) : String.valueOf(i), tokens && i == vocab.bos(), i, cells));
            }
            shown.add(new Matrix(s.name, s.rows, s.cols, s.cols + 2, tokens, rows));
        }
        return Figures.render("weights", new Figure(Numbers.integer(step), step == 1, shown, Heat.signed(edges)));
    }

    /**
     * The weights at one step.
     *
     * @param step the training steps done, printed
     * @param one whether that is a single step
     * @param matrices the matrices shown
     * @param legend the colour scale they share
     */
    public record Figure(String step, boolean one, List<Matrix> matrices, Heat.SignedLegend legend) {
    }

    /**
     * One matrix as a heatmap.
     *
     * @param name the name readers see, e.g. "mlp_fc1"
     * @param rows its number of rows
     * @param cols its number of columns
     * @param columns grid columns the stylesheet lays out: a row's cells and its header
     * @param tokens whether it has a row per token (then each row is headed by its token)
     * @param cells its rows of weights
     */
    public record Matrix(String name, int rows, int cols, int columns, boolean tokens, List<Row> cells) {
    }

    /**
     * One row of a matrix.
     *
     * @param label its header: its token, or its index
     * @param bos whether the row is BOS's (headed by a dot)
     * @param id the row's index, the token's id
     * @param cells its weights
     */
    public record Row(String label, boolean bos, int id, List<Heat.Cell> cells) {
    }
}
