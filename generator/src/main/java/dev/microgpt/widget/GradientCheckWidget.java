package dev.microgpt.widget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import dev.microgpt.page.Numbers;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * {@code gradient-check}: Step 1's gradient check ({@code step1.gradientCheck}) as a scatter of
 * the numerical gradient against the analytic one, a dot per weight: they lie on the diagonal.
 * Hover, or the arrow keys on the focused chart, name a weight and print both gradients and their
 * difference; a button jumps to the largest difference the run measured.
 */
final class GradientCheckWidget implements Widget {
    static final int DIGITS = 10;   // enough to see differences of 10⁻⁹

    @Override
    public String name() {
        return "gradient-check";
    }

    @Override
    public Set<String> keys() {
        return Set.of();
    }

    @Override
    public Rendered render(Args args, RunData run) {
        JsonNode check = run.get("step1").path("gradientCheck");
        if (check.isMissingNode()) {
            throw args.error("", "the run has no step1.gradientCheck");
        }
        double[] a = Json.doubles(check.path("analytic"));
        double[] n = Json.doubles(check.path("numerical"));
        int worst = check.path("maxDiffIndex").asInt();
        ObjectNode data = Json.object();
        var names = data.putArray("matrices");
        var rows = data.putArray("rows");
        var cols = data.putArray("cols");
        for (JsonNode s : run.get("step1").path("shapes")) {
            names.add(s.path("name").asText());
            rows.add(s.path("rows").asInt());
            cols.add(s.path("cols").asInt());
        }
        data.put("analytic", Json.f64(a));
        data.put("numerical", Json.f64(n));
        data.put("worst", worst);

        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : a) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        String sentence = "The largest difference: " + check.path("maxDiffParam").asText() + ", numerical "
                + Numbers.fixed(n[worst], DIGITS) + ", analytic " + Numbers.fixed(a[worst], DIGITS) + ", difference "
                + Numbers.scientific(check.path("maxDiff").asDouble(), 2) + ".";
        String label = "Numerical against analytic gradient for all " + Numbers.integer(a.length) + " weights of Step 1 on “"
                + check.path("name").asText() + "”: every dot on the diagonal. " + sentence;
        StringBuilder html = new StringBuilder("<p class=\"chart-title\">numerical gradient (up) against analytic "
                + "gradient (across), one dot per weight</p>");
        for (int[] size : new int[][] {{680, 320}, {360, 240}}) {
            Plot p = new Plot(size[0], size[1], lo, hi, lo, hi, size[0] > 400 ? "static-wide" : "static-narrow", label);
            p.line("diag", new double[] {lo, hi}, new double[] {lo, hi});
            Set<String> seen = new LinkedHashSet<>();           // one dot per pixel is enough
            for (int i = 0; i < a.length; i++) {
                seen.add(String.format(Locale.ROOT, "M%.0f %.0fh0", p.x(a[i]), p.y(n[i])));
            }
            p.raw("<path class=\"pts\" d=\"" + String.join("", seen) + "\"/>").dot("ring", a[worst], n[worst]);
            html.append(p.svg());
        }
        html.append("<p class=\"chart-note\">").append(Html.escape(sentence)).append("</p>");
        return new Rendered(html.toString(), data);
    }
}
