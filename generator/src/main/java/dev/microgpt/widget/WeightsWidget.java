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
 * hover or focus. Each matrix has one colour scale for every step offered; the script adds a view of
 * the change since the first step, on a second fixed scale.
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

    /**
     * Heatmaps of some matrices at one of several snapshots, and each snapshot's weights for the script. Each
     * matrix keeps one colour scale for every snapshot (fitted to its largest magnitude at any of them), so a
     * matrix that barely moves looks the same at every step; a second fixed scale colours its change since the
     * first snapshot, shared by the matrices shown.
     */
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
        WeightSnapshot first = snapshots.get(0);
        String span = snapshots.size() == 1 ? "at step " + Numbers.integer(first.step())
                : "over steps " + Numbers.integer(first.step()) + "–"
                        + Numbers.integer(snapshots.get(snapshots.size() - 1).step());
        out.put("base", first.step());
        // the change has one scale for all the matrices shown, so one that barely moved stays pale beside one
        // that moved a lot
        double maxChange = 0;
        for (Shape s : shapes) {
            for (WeightSnapshot snapshot : snapshots) {
                maxChange = Math.max(maxChange, maxAbsChange(snapshot.weights().get(s.key), first.weights().get(s.key)));
            }
        }
        double[] changeEdges = Heat.signedEdges(maxChange);
        String changeBound = "Weight minus its value at step " + Numbers.integer(first.step()) + ", one scale for every"
                + " step" + (shapes.size() > 1 ? " and every matrix here" : "") + ": largest |change| " + span + ": "
                + Numbers.fixed(maxChange, 4) + ".";
        var scales = out.putArray("scales");
        List<Scale> shownScales = new ArrayList<>();
        for (Shape s : shapes) {
            double max = 0;
            for (WeightSnapshot snapshot : snapshots) {
                max = Math.max(max, Heat.maxAbs(snapshot.weights().get(s.key)));
            }
            Scale scale = new Scale(Heat.signedEdges(max), "One scale for every step: largest |weight| "
                    + span + ": " + Numbers.fixed(max, 4) + ".");
            ObjectNode o = scales.addObject();
            o.set("edges", Json.rounded(scale.edges, 6));
            o.put("legend", Heat.signedLegend(scale.edges));
            o.put("bound", scale.bound);
            o.set("changeEdges", Json.rounded(changeEdges, 6));
            o.put("changeLegend", Heat.signedLegend(changeEdges));
            o.put("changeBound", changeBound);
            shownScales.add(scale);
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
            ObjectNode s = steps.addObject();
            s.put("step", snapshot.step());
            s.put("weights", Json.fixed4(values.toArray(new double[0][])));
            if (k == shown) {
                html = render(vocab, shapes, matrices, shownScales, snapshot.step());
            }
        }
        return new Rendered(html, out);
    }

    /** The largest magnitude of a matrix's change from {@code start}. */
    private static double maxAbsChange(double[][] w, double[][] start) {
        double max = 0;
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w[i].length; j++) {
                max = Math.max(max, Math.abs(w[i][j] - start[i][j]));
            }
        }
        return max;
    }

    /** A matrix's colour scale, and the sentence that states its bound. */
    record Scale(double[] edges, String bound) {
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

    /** The figure of some matrices at one step, each coloured on its own scale. */
    static String render(Vocab vocab, List<Shape> shapes, List<double[][]> matrices, List<Scale> scales, int step) {
        List<Matrix> shown = new ArrayList<>();
        for (int m = 0; m < shapes.size(); m++) {
            Shape s = shapes.get(m);
            double[][] w = matrices.get(m);
            double[] edges = scales.get(m).edges;
            boolean tokens = s.rows == vocab.size();
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < s.rows; i++) {
                List<Heat.Cell> cells = new ArrayList<>();
                for (int j = 0; j < s.cols; j++) {
                    cells.add(new Heat.Cell(Heat.signedClass(w[i][j], edges), Numbers.fixed(w[i][j], 4)));
                }
                rows.add(new Row(tokens ? vocab.label(i) : String.valueOf(i), tokens && i == vocab.bos(), i, cells));
            }
            shown.add(new Matrix(s.name, s.rows, s.cols, s.cols + 2, tokens, rows, Heat.signed(edges),
                    scales.get(m).bound));
        }
        return Figures.render("weights", new Figure(Numbers.integer(step), step == 1, shown));
    }

    /**
     * The weights at one step.
     *
     * @param step the training steps done, printed
     * @param one whether that is a single step
     * @param matrices the matrices shown
     */
    public record Figure(String step, boolean one, List<Matrix> matrices) {
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
     * @param legend its colour scale, the same at every step
     * @param bound the sentence stating that scale's bound
     */
    public record Matrix(String name, int rows, int cols, int columns, boolean tokens, List<Row> cells,
            Heat.SignedLegend legend, String bound) {
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
