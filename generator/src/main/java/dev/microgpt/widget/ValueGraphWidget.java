package dev.microgpt.widget;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import dev.microgpt.page.Numbers;
import dev.microgpt.rundata.Step2Data;
import dev.microgpt.rundata.Step2Data.GraphNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code value-graph}: the small autograd graph of {@code step2.graph}, inputs at the top, the
 * loss at the bottom, each edge labelled with its local gradient. Stepping forward fills in each
 * value's data in an order that computes children first; stepping backward fills in the
 * gradients in the order {@code backward()} applies the chain rule, each frame saying which
 * products it sums. The build draws every frame; the script only reveals them.
 */
final class ValueGraphWidget implements Widget {
    private static final int ROW = 62;     // px between rows of the graph
    private static final int BOX_H = 46;
    private static final int LABEL_GAP = 6;    // px between an edge and its label, or a box

    @Override
    public String name() {
        return "value-graph";
    }

    @Override
    public Set<String> keys() {
        return Set.of();
    }

    /** One value of the graph, with what the layout and the frames need. */
    private static final class Node {
        GraphNode json;
        int depth;
        double x;
        int forward;        // the frame its data appears in
        int backward;       // the frame its gradient appears in
        final List<int[]> uses = new ArrayList<>();   // {parent id, index among the parent's children}

        String label() {
            return json.label();
        }

        String name() {
            return label().split(" = ")[0];
        }

        boolean leaf() {
            return json.children().length == 0;
        }
    }

    @Override
    public Rendered render(Args args, RunData run) {
        if (!run.has(2)) {
            throw args.error("", "the run has no step2.graph");
        }
        Step2Data.Graph graph = run.step2().graph();
        List<Node> nodes = new ArrayList<>();
        for (GraphNode json : graph.nodes()) {
            Node n = new Node();
            n.json = json;
            nodes.add(n);
        }
        for (Node n : nodes) {
            int[] children = n.json.children();
            for (int i = 0; i < children.length; i++) {
                nodes.get(children[i]).uses.add(new int[] {n.json.id(), i});
            }
        }
        for (int i = nodes.size() - 1; i >= 0; i--) {             // children come after their parents
            Node n = nodes.get(i);
            for (int c : n.json.children()) {
                n.depth = Math.max(n.depth, nodes.get(c).depth + 1);
            }
        }
        List<String> say = new ArrayList<>();
        say.add("The graph of " + graph.expression() + ". The inputs w, x and b are known; step forward "
                + "to compute each value from the ones above it.");
        for (int i = nodes.size() - 1; i >= 0; i--) {             // forward: the reverse of backward's order
            Node n = nodes.get(i);
            if (!n.leaf()) {
                n.forward = say.size();
                say.add(forward(n, nodes));
            }
        }
        int backwardStart = say.size();
        for (Node n : nodes) {
            n.backward = say.size();
            say.add(backward(n, nodes));
        }
        ObjectNode data = Frames.data("Step through forward and backward", "frame", true);
        var frames = data.putArray("readouts");
        say.forEach(frames::add);

        List<Value> values = new ArrayList<>();
        for (Node n : nodes) {
            values.add(new Value(n.label(), f(n.json.data()), f(n.json.grad())));
        }
        String html = Figures.render("value-graph", new Figure(graph.expression(), backwardStart, values,
                List.of(svg(nodes, 680, "static-wide"), svg(nodes, 360, "static-narrow"))));
        return new Rendered(html, data);
    }

    /**
     * The graph with every value filled in, and the buttons that jump to each pass.
     *
     * @param expression what the graph computes
     * @param backwardStart the frame where the backward pass starts
     * @param values every value's label, data and gradient, in backward's order
     * @param graphs the graph laid out at each width
     */
    public record Figure(String expression, int backwardStart, List<Value> values, List<Drawing> graphs) {
    }

    /** A value of the graph: its label, its data and its gradient, printed. */
    public record Value(String label, String data, String grad) {
    }

    /**
     * The graph at one width; coordinates printed to one decimal.
     *
     * @param cssClass which screens it is for, "static-wide" or "static-narrow"
     * @param width its width
     * @param height its height
     * @param edges the edges, drawn under the boxes
     * @param boxes one per value
     */
    public record Drawing(String cssClass, int width, int height, List<Edge> edges, List<Box> boxes) {
    }

    /**
     * An edge from a child (above) to the value computed from it, labelled with the local gradient.
     *
     * @param points the polyline from the child's bottom centre (or, bent around the boxes of the
     *     rows between them, its side) to the value's top centre
     * @param frame the frame its label appears in (the value's forward frame)
     * @param labelX where the label starts or ends, beside the line in the gap above the value
     * @param labelY its baseline
     * @param anchor "start" for a label right of the line, "end" for one left of it
     * @param grad the local gradient
     */
    public record Edge(String points, int frame, String labelX, String labelY, String anchor, String grad) {
    }

    /**
     * A value's box.
     *
     * @param leaf whether it is an input
     * @param x its left edge
     * @param y its top
     * @param width its width
     * @param height its height
     * @param frames the frames that highlight it: its forward one (not for leaves) and its backward one
     * @param centre its centre, where its lines of text are centred
     * @param labelY the label's baseline
     * @param dataY the data line's baseline
     * @param gradY the gradient line's baseline
     * @param label the value's label
     * @param forward the frame its data appears in
     * @param backward the frame its gradient appears in
     * @param data its data
     * @param grad its gradient
     */
    public record Box(boolean leaf, String x, String y, int width, int height, List<Integer> frames, String centre,
            String labelY, String dataY, String gradY, String label, int forward, int backward, String data,
            String grad) {
    }

    private static String f(double v) {
        return Numbers.fixed(v, 4);
    }

    private static String forward(Node n, List<Node> nodes) {
        int[] children = n.json.children();
        StringBuilder out = new StringBuilder("Forward: " + n.label() + ", " + n.json.op() + " of ");
        for (int i = 0; i < children.length; i++) {
            Node c = nodes.get(children[i]);
            out.append(i > 0 ? " and " : "").append(c.name()).append(" (").append(f(c.json.data())).append(')');
        }
        out.append(" = ").append(f(n.json.data())).append(". Local gradient");
        out.append(children.length > 1 ? "s " : " ");
        for (int i = 0; i < children.length; i++) {
            out.append(i > 0 ? ", " : "").append(f(n.json.localGrads()[i]));
        }
        return out.append('.').toString();
    }

    private static String backward(Node n, List<Node> nodes) {
        double grad = n.json.grad();
        if (n.uses.isEmpty()) {
            return "Backward: " + n.name() + ".grad = 1, the loss with respect to itself.";
        }
        StringBuilder out = new StringBuilder("Backward: " + n.name() + ".grad = ");
        for (int k = 0; k < n.uses.size(); k++) {
            Node p = nodes.get(n.uses.get(k)[0]);
            out.append(k > 0 ? " + " : "").append(f(p.json.localGrads()[n.uses.get(k)[1]]))
                    .append(" × ").append(f(p.json.grad())).append(" (from ").append(p.name()).append(')');
        }
        return out.append(" = ").append(f(grad)).append('.').toString();
    }

    /** The graph at one width: leaves spread over the top row, every other value centred on its children. */
    private static Drawing svg(List<Node> nodes, int width, String cssClass) {
        int boxW = width > 400 ? 132 : 104;
        int maxDepth = nodes.stream().mapToInt(n -> n.depth).max().orElse(0);
        List<Node> leaves = new ArrayList<>();
        order(nodes, nodes.get(0), leaves, new boolean[nodes.size()]);
        for (int i = 0; i < leaves.size(); i++) {
            leaves.get(i).x = width * (i + 0.5) / leaves.size();
        }
        for (int d = 1; d <= maxDepth; d++) {
            List<Node> row = new ArrayList<>();
            for (int i = nodes.size() - 1; i >= 0; i--) {
                Node n = nodes.get(i);
                if (n.depth == d) {
                    double sum = 0;
                    for (int c : n.json.children()) {
                        sum += nodes.get(c).x;
                    }
                    n.x = sum / n.json.children().length;
                    row.add(n);
                }
            }
            row.sort((a, b) -> Double.compare(a.x, b.x));
            for (int k = 1; k < row.size(); k++) {              // keep boxes apart
                row.get(k).x = Math.max(row.get(k).x, row.get(k - 1).x + boxW + 12);
            }
            double overflow = row.get(row.size() - 1).x + boxW / 2.0 + 2 - width;
            for (Node n : row) {
                n.x = Math.max(boxW / 2.0 + 2, n.x - Math.max(0, overflow));
            }
        }
        int height = (maxDepth + 1) * ROW + 8;
        List<Edge> edges = new ArrayList<>();
        for (Node n : nodes) {
            int[] children = n.json.children();
            for (int i = 0; i < children.length; i++) {
                edges.add(edge(nodes, nodes.get(children[i]), n, boxW, width, f(n.json.localGrads()[i])));
            }
        }
        List<Box> boxes = new ArrayList<>();
        for (Node n : nodes) {
            double y = top(n);
            List<Integer> frames = n.leaf() ? List.of(n.backward) : List.of(n.forward, n.backward);
            boxes.add(new Box(n.leaf(), px(n.x - boxW / 2.0), px(y), boxW, BOX_H, frames, px(n.x), px(y + 14),
                    px(y + 28), px(y + 41), n.label(), n.forward, n.backward, f(n.json.data()), f(n.json.grad())));
        }
        return new Drawing(cssClass, width, height, edges, boxes);
    }

    /**
     * The edge from child c down to parent p: straight where it crosses no box of the rows
     * between them; else down one free column beside the box it would hide behind, so no edge
     * is hidden behind a value it does not touch. Its label sits in the gap above p, on the outer
     * side of the line's last segment, so no line runs through a label.
     */
    private static Edge edge(List<Node> nodes, Node c, Node p, int boxW, int width, String grad) {
        double half = boxW / 2.0 + LABEL_GAP;
        double y1 = top(c) + BOX_H;
        double y2 = top(p);
        List<double[]> points = new ArrayList<>();
        points.add(new double[] {c.x, y1});
        Node blocking = null;
        for (int d = c.depth + 1; d < p.depth && blocking == null; d++) {
            double rowTop = 4 + d * ROW;
            double xTop = c.x + (rowTop - y1) / (y2 - y1) * (p.x - c.x);
            double xBottom = c.x + (rowTop + BOX_H - y1) / (y2 - y1) * (p.x - c.x);
            for (Node n : nodes) {
                if (n.depth == d && Math.max(xTop, xBottom) > n.x - half && Math.min(xTop, xBottom) < n.x + half) {
                    blocking = n;
                }
            }
        }
        if (blocking != null) {
            // out of the child's side, not its bottom, so it crosses no label in the gap below
            double column = column(nodes, c, p, blocking, half, width);
            double side = column > c.x ? 1 : -1;
            points.set(0, new double[] {c.x + side * boxW / 2.0, top(c) + BOX_H / 2.0});
            points.add(new double[] {column, top(c) + BOX_H / 2.0});
            points.add(new double[] {column, 4 + (p.depth - 1) * ROW + BOX_H});
        }
        points.add(new double[] {p.x, y2});
        List<String> printed = new ArrayList<>();
        for (double[] point : points) {
            printed.add(px(point[0]) + "," + px(point[1]));
        }
        double[] from = points.get(points.size() - 2);
        double[] to = points.get(points.size() - 1);
        double baseline = (y2 - (ROW - BOX_H) + y2) / 2 + 4;     // mid-gap above p
        // the line's x across the label's height (baseline − 10 to baseline + 2)
        double slope = (to[0] - from[0]) / (to[1] - from[1]);
        double upper = to[0] + (baseline - 10 - to[1]) * slope;
        double lower = to[0] + (baseline + 2 - to[1]) * slope;
        boolean right = slope <= 0;      // a line from the upper left gets its label on its left
        double labelX = right ? Math.max(upper, lower) + LABEL_GAP : Math.min(upper, lower) - LABEL_GAP;
        return new Edge(String.join(" ", printed), p.forward, px(labelX), px(baseline), right ? "start" : "end",
                grad);
    }

    /**
     * An x beside the blocking box, on the side nearer p, that no box of the rows between c and p
     * covers; the other side if that one is taken.
     */
    private static double column(List<Node> nodes, Node c, Node p, Node blocking, double half, int width) {
        double near = p.x >= blocking.x ? blocking.x + half : blocking.x - half;
        double far = 2 * blocking.x - near;
        for (double x : new double[] {near, far}) {
            boolean free = x > 0 && x < width;
            for (Node n : nodes) {
                free &= n.depth <= c.depth || n.depth >= p.depth || Math.abs(n.x - x) >= half - 0.5;
            }
            if (free) {
                return x;
            }
        }
        return near;
    }

    /** A coordinate as the SVG prints it, to one decimal. */
    private static String px(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static double top(Node n) {
        return 4 + n.depth * ROW;
    }

    /** Leaves in the order a depth-first walk from the loss meets them, children in order. */
    private static void order(List<Node> nodes, Node n, List<Node> leaves, boolean[] seen) {
        int id = n.json.id();
        if (seen[id]) {
            return;
        }
        seen[id] = true;
        if (n.leaf()) {
            leaves.add(n);
        }
        for (int c : n.json.children()) {
            order(nodes, nodes.get(c), leaves, seen);
        }
    }
}
