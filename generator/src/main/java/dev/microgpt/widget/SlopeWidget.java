package dev.microgpt.widget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import dev.microgpt.page.Numbers;
import java.util.Set;

/**
 * {@code slope}: the real loss of Step 1 on the first name as one weight moves (the run's
 * {@code step1.lossSlice}), with the tangent at the weight's value, whose slope is the analytic
 * gradient, and the secant over a step ε, whose slope is the numerical gradient. An ε slider walks
 * the run's steps from 1 down to 10⁻⁵: the secant turns into the tangent.
 * <pre>
 * eps: 0.1      the step shown first, one of the run's
 * </pre>
 */
final class SlopeWidget implements Widget {
    static final int DIGITS = 6;         // slopes as printed
    static final double RANGE = 1;       // the slice shown: the weight's value ± this

    /** ε as the slider prints it: 0.1, or 1 × 10⁻⁵ below 0.01. */
    static String eps(double eps) {
        return eps >= 0.01 ? java.math.BigDecimal.valueOf(eps).stripTrailingZeros().toPlainString()
                : Numbers.scientific(eps, 0);
    }

    @Override
    public String name() {
        return "slope";
    }

    @Override
    public Set<String> keys() {
        return Set.of("eps");
    }

    @Override
    public Rendered render(Args args, RunData run) {
        JsonNode slice = run.get("step1").path("lossSlice");
        if (slice.isMissingNode()) {
            throw args.error("eps", "the run has no step1.lossSlice");
        }
        double eps = Rungs.decimal(args, "eps", 0.1, 0, 10);
        JsonNode secants = slice.path("secants");
        int shown = -1;
        for (int i = 0; i < secants.size(); i++) {
            if (secants.get(i).path("eps").asDouble() == eps) {
                shown = i;
            }
        }
        if (shown < 0) {
            StringBuilder known = new StringBuilder();
            secants.forEach(s -> known.append(known.length() > 0 ? ", " : "").append(s.path("eps").asText()));
            throw args.error("eps", "the run measured secants for eps " + known + ", not " + args.text("eps", ""));
        }
        double value = slice.path("value").asDouble();
        double g = slice.path("analyticGradient").asDouble();
        java.util.List<double[]> near = new java.util.ArrayList<>();
        double l0 = 0;
        for (JsonNode point : slice.path("points")) {
            double delta = point.path("delta").asDouble();
            if (Math.abs(delta) <= RANGE + 1e-9) {              // close enough that ε = 0.1 shows
                near.add(new double[] {value + delta, point.path("loss").asDouble()});
            }
            if (delta == 0) {
                l0 = point.path("loss").asDouble();
            }
        }
        double[] xs = new double[near.size()];
        double[] ys = new double[near.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = near.get(i)[0];
            ys[i] = near.get(i)[1];
        }
        ObjectNode data = Json.object();
        String param = slice.path("param").asText();
        data.put("param", param);
        data.put("value", value);
        data.put("gradient", g);
        data.put("loss", l0);
        data.put("shown", shown);
        var pts = data.putArray("points");
        for (int i = 0; i < xs.length; i++) {
            pts.addArray().add(Numbers.rounded(xs[i], DIGITS)).add(Numbers.rounded(ys[i], DIGITS));
        }
        var sec = data.putArray("secants");
        secants.forEach(s -> sec.addArray().add(s.path("eps").asDouble()).add(s.path("slope").asDouble()));

        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double y : ys) {
            lo = Math.min(lo, y);
            hi = Math.max(hi, y);
        }
        StringBuilder html = new StringBuilder("<p class=\"chart-title\">loss on “"
                + Html.escape(run.get("step1").path("gradientCheck").path("name").asText("the first name"))
                + "” as " + Html.escape(param) + " moves</p>");
        double s = secants.get(shown).path("slope").asDouble();
        String label = "The loss as " + param + " moves from " + Numbers.fixed(xs[0], 2) + " to "
                + Numbers.fixed(xs[xs.length - 1], 2) + ". At " + Numbers.fixed(value, 4) + " the tangent’s slope, the "
                + "analytic gradient, is " + Numbers.fixed(g, DIGITS) + "; the secant over ε = " + eps(eps) + " has slope "
                + Numbers.fixed(s, DIGITS) + ".";
        for (int[] size : new int[][] {{680, 256}, {360, 208}}) {
            Plot p = new Plot(size[0], size[1], xs[0], xs[xs.length - 1], lo, hi,
                    size[0] > 400 ? "static-wide" : "static-narrow", label);
            double reach = 0.4;
            p.line("curve", xs, ys)
                    .line("tangent", new double[] {value - reach, value + reach}, new double[] {l0 - reach * g, l0 + reach * g})
                    .line("secant", new double[] {value - reach / 2, value + eps + reach / 2},
                            new double[] {l0 - reach / 2 * s, l0 + (eps + reach / 2) * s})
                    .dot("dot", value, l0).dot("dot q", value + eps, l0 + eps * s);
            html.append(p.svg());
        }
        html.append("<p class=\"chart-note\">Curve: the loss. Solid: the tangent at ").append(Numbers.fixed(value, 4))
                .append(", slope = the analytic gradient. Dashed: the secant to ").append(param).append(" + ε.</p>");
        html.append("<table class=\"slopes\"><thead><tr><th scope=\"col\">ε</th><th scope=\"col\">secant slope</th>")
                .append("<th scope=\"col\">difference</th></tr></thead><tbody>");
        for (int i = 0; i < secants.size(); i++) {
            double slope = secants.get(i).path("slope").asDouble();
            html.append(i == shown ? "<tr class=\"current\">" : "<tr>").append("<td>")
                    .append(eps(secants.get(i).path("eps").asDouble())).append("</td><td>")
                    .append(Numbers.fixed(slope, DIGITS)).append("</td><td>").append(Numbers.scientific(slope - g, 2))
                    .append("</td></tr>");
        }
        html.append("</tbody></table><p class=\"chart-note\">The analytic gradient: ").append(Numbers.fixed(g, DIGITS))
                .append("</p>");
        return new Rendered(html.toString(), data);
    }
}
