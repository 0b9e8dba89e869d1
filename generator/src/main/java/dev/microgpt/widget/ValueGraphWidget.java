package dev.microgpt.widget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import dev.microgpt.page.Numbers;
import java.util.ArrayList;
import java.util.Arrays;
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
        JsonNode json;
        int depth;
        double x;
        int forward;        // the frame its data appears in
        int backward;       // the frame its gradient appears in
        final List<int[]> uses = new ArrayList<>();   // {parent id, index among the parent's children}

        String label() {
            return json.path("label").asText();
        }

        String name() {
            return label().split(" = ")[0];
        }

        boolean leaf() {
            return json.path("children").isEmpty();
        }
    }

    @Override
    public Rendered render(Args args, RunData run) {
        JsonNode graph = run.get("step2").path("graph");
        if (graph.isMissingNode()) {
            throw args.error("", "the run has no step2.graph");
        }
        List<Node> nodes = new ArrayList<>();
        for (JsonNode json : graph.path("nodes")) {
            Node n = new Node();
            n.json = json;
            nodes.add(n);
        }
        for (Node n : nodes) {
            JsonNode children = n.json.path("children");
            for (int i = 0; i < children.size(); i++) {
                nodes.get(children.get(i).asInt()).uses.add(new int[] {n.json.path("id").asInt(), i});
            }
        }
        for (int i = nodes.size() - 1; i >= 0; i--) {             // children come after their parents
            Node n = nodes.get(i);
            for (JsonNode c : n.json.path("children")) {
                n.depth = Math.max(n.depth, nodes.get(c.asInt()).depth + 1);
            }
        }
        List<String> say = new ArrayList<>();
        say.add("The graph of " + graph.path("expression").asText() + ". The inputs w, x and b are known; step forward "
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

        StringBuilder html = new StringBuilder("<p class=\"controls\"><button type=\"button\" class=\"btn\" data-go=\"1\" "
                + "hidden>Forward</button> <button type=\"button\" class=\"btn\" data-go=\"" + backwardStart
                + "\" hidden>Backward</button></p>");
        String label = "The autograd graph of " + graph.path("expression").asText() + " with every value’s data and "
                + "gradient: " + summary(nodes);
        html.append(svg(nodes, 680, "static-wide", label)).append(svg(nodes, 360, "static-narrow", label));
        html.append("<p class=\"chart-note\">Each box: a value, its data and its gradient. Each edge: the local gradient "
                + "of the value below with respect to the value above.</p>");
        return new Rendered(html.toString(), data);
    }

    private static String f(double v) {
        return Numbers.fixed(v, 4);
    }

    private static String forward(Node n, List<Node> nodes) {
        JsonNode children = n.json.path("children");
        StringBuilder out = new StringBuilder("Forward: " + n.label() + ", " + n.json.path("op").asText() + " of ");
        for (int i = 0; i < children.size(); i++) {
            Node c = nodes.get(children.get(i).asInt());
            out.append(i > 0 ? " and " : "").append(c.name()).append(" (").append(f(c.json.path("data").asDouble())).append(')');
        }
        out.append(" = ").append(f(n.json.path("data").asDouble())).append(". Local gradient");
        out.append(children.size() > 1 ? "s " : " ");
        for (int i = 0; i < children.size(); i++) {
            out.append(i > 0 ? ", " : "").append(f(n.json.path("localGrads").get(i).asDouble()));
        }
        return out.append('.').toString();
    }

    private static String backward(Node n, List<Node> nodes) {
        double grad = n.json.path("grad").asDouble();
        if (n.uses.isEmpty()) {
            return "Backward: " + n.name() + ".grad = 1, the loss with respect to itself.";
        }
        StringBuilder out = new StringBuilder("Backward: " + n.name() + ".grad = ");
        for (int k = 0; k < n.uses.size(); k++) {
            Node p = nodes.get(n.uses.get(k)[0]);
            out.append(k > 0 ? " + " : "").append(f(p.json.path("localGrads").get(n.uses.get(k)[1]).asDouble()))
                    .append(" × ").append(f(p.json.path("grad").asDouble())).append(" (from ").append(p.name()).append(')');
        }
        return out.append(" = ").append(f(grad)).append('.').toString();
    }

    private static String summary(List<Node> nodes) {
        StringBuilder out = new StringBuilder();
        for (Node n : nodes) {
            out.append(out.length() > 0 ? "; " : "").append(n.label()).append(": data ")
                    .append(f(n.json.path("data").asDouble())).append(", grad ").append(f(n.json.path("grad").asDouble()));
        }
        return out.toString();
    }

    /** The graph at one width: leaves spread over the top row, every other value centred on its children. */
    private static String svg(List<Node> nodes, int width, String cssClass, String label) {
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
                    for (JsonNode c : n.json.path("children")) {
                        sum += nodes.get(c.asInt()).x;
                    }
                    n.x = sum / n.json.path("children").size();
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
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT, "<svg class=\"graph %s\" viewBox=\"0 0 %d %d\" "
                + "role=\"img\" aria-label=\"%s\">", cssClass, width, height, Html.escape(label)));
        for (Node n : nodes) {                                  // edges under the boxes
            JsonNode children = n.json.path("children");
            for (int i = 0; i < children.size(); i++) {
                Node c = nodes.get(children.get(i).asInt());
                double x1 = c.x;
                double y1 = top(c) + BOX_H;
                double x2 = n.x;
                double y2 = top(n);
                svg.append(String.format(Locale.ROOT, "<line class=\"edge\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>"
                        + "<text class=\"lg\" data-f=\"%d\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>", x1, y1, x2,
                        y2, n.forward, (x1 + x2) / 2, (y1 + y2) / 2 + 4, f(n.json.path("localGrads").get(i).asDouble())));
            }
        }
        for (Node n : nodes) {
            double x = n.x - boxW / 2.0;
            double y = top(n);
            svg.append(String.format(Locale.ROOT, "<g class=\"vnode%s\"><rect class=\"box\" x=\"%.1f\" y=\"%.1f\" "
                    + "width=\"%d\" height=\"%d\" rx=\"5\"/>", n.leaf() ? " leaf" : "", x, y, boxW, BOX_H));
            for (int frame : n.leaf() ? new int[] {n.backward} : new int[] {n.forward, n.backward}) {
                svg.append(String.format(Locale.ROOT, "<rect class=\"hi\" data-f=\"%d\" data-t=\"%d\" x=\"%.1f\" y=\"%.1f\" "
                        + "width=\"%d\" height=\"%d\" rx=\"5\"/>", frame, frame, x, y, boxW, BOX_H));
            }
            svg.append(String.format(Locale.ROOT, "<text class=\"lbl\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>"
                    + "<text data-f=\"%d\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">data %s</text>"
                    + "<text data-f=\"%d\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">grad %s</text></g>", n.x, y + 14,
                    Html.escape(n.label()), n.forward, n.x, y + 28, f(n.json.path("data").asDouble()), n.backward, n.x,
                    y + 41, f(n.json.path("grad").asDouble())));
        }
        return svg.append("</svg>").toString();
    }

    private static double top(Node n) {
        return 4 + n.depth * ROW;
    }

    /** Leaves in the order a depth-first walk from the loss meets them, children in order. */
    private static void order(List<Node> nodes, Node n, List<Node> leaves, boolean[] seen) {
        int id = n.json.path("id").asInt();
        if (seen[id]) {
            return;
        }
        seen[id] = true;
        if (n.leaf()) {
            leaves.add(n);
        }
        for (JsonNode c : n.json.path("children")) {
            order(nodes, nodes.get(c.asInt()), leaves, seen);
        }
    }
}
