package dev.microgpt.widget;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import dev.microgpt.page.Numbers;
import java.util.Set;

/**
 * {@code softmax}: editable logits become probabilities: divide by the temperature, exponentiate,
 * divide by the total. Below, the same with the largest value subtracted first: every exponent is
 * then at most 0, so nothing overflows, and the probabilities come out the same.
 * <pre>
 * logits: 2.0, 1.0, 0.1
 * temperature: 1
 * </pre>
 */
final class SoftmaxWidget implements Widget {
    @Override
    public String name() {
        return "softmax";
    }

    @Override
    public Set<String> keys() {
        return Set.of("logits", "temperature");
    }

    @Override
    public Rendered render(Args args, RunData run) {
        double[] z = LinearWidget.matrix(args, "logits", args.text("logits", "2.0, 1.0, 0.1"))[0];
        if (z.length < 2 || z.length > 6) {
            throw args.error("logits", "give 2 to 6 logits, was " + z.length);
        }
        double t = Rungs.decimal(args, "temperature", 1, 0.1, 5);
        if (Math.abs(t * 10 - Math.rint(t * 10)) > 1e-9) {
            throw args.error("temperature", "temperature moves in steps of 0.1 on the slider, was " + t);
        }
        int n = z.length;
        double[] s = new double[n];
        double[] e = new double[n];
        double[] shifted = new double[n];
        double[] es = new double[n];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            s[i] = z[i] / t;
            max = Math.max(max, s[i]);
        }
        double total = 0;
        double totalShifted = 0;
        for (int i = 0; i < n; i++) {
            e[i] = Math.exp(s[i]);
            total += e[i];
            shifted[i] = s[i] - max;
            es[i] = Math.exp(shifted[i]);
            totalShifted += es[i];
        }
        double[] p = new double[n];
        double[] ps = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = e[i] / total;
            ps[i] = es[i] / totalShifted;
        }
        StringBuilder html = new StringBuilder("<div class=\"scroll\"><table class=\"softmax\"><caption>Softmax at "
                + "temperature <span class=\"t\">" + Numbers.fixed(t, 2) + "</span></caption><thead><tr><td></td>");
        for (int i = 0; i < n; i++) {
            html.append("<th scope=\"col\">").append(i).append("</th>");
        }
        html.append("<th scope=\"col\">Σ</th></tr></thead><tbody>");
        row(html, "logit z", z, null, true);
        row(html, "z / T", s, null, false);
        row(html, "e<sup>z/T</sup>", e, total, false);
        row(html, "p = e / Σ", p, 1.0, false);
        html.append("</tbody><tbody class=\"stable\">");
        row(html, "z / T − max", shifted, null, false);
        row(html, "e<sup>z/T − max</sup>", es, totalShifted, false);
        row(html, "p = e / Σ", ps, 1.0, false);
        html.append("</tbody></table></div>");
        ObjectNode data = Json.object();
        data.put("temperature", t);
        return new Rendered(html.toString(), data);
    }

    private static void row(StringBuilder html, String label, double[] values, Double total, boolean editable) {
        html.append("<tr><th scope=\"row\">").append(label).append("</th>");
        for (int i = 0; i < values.length; i++) {
            html.append(editable ? "<td data-v=\"" + i + "\">" + LinearWidget.number(values[i]) : "<td>" + value(values[i]))
                    .append("</td>");
        }
        html.append("<td>").append(total == null ? "" : value(total)).append("</td></tr>");
    }

    /** Four decimals, or "overflow" where e^x left the doubles: what the max subtraction prevents. */
    static String value(double v) {
        return Double.isFinite(v) ? Numbers.fixed(v, 4) : "overflow";
    }
}
