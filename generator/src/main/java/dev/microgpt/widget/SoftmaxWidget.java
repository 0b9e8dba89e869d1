package dev.microgpt.widget;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import dev.microgpt.page.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        double probsTotal = 0;
        double shiftedProbsTotal = 0;
        for (int i = 0; i < n; i++) {
            p[i] = e[i] / total;
            ps[i] = es[i] / totalShifted;
            probsTotal += p[i];
            shiftedProbsTotal += ps[i];
        }
        List<String> logits = new ArrayList<>();
        for (double v : z) {
            logits.add(LinearWidget.number(v));
        }
        String html = Figures.render("softmax", new Figure(Numbers.fixed(t, 2), logits, values(s), values(e),
                value(total), values(p), values(shifted), values(es), value(totalShifted), values(ps), value(probsTotal), value(shiftedProbsTotal)));
        ObjectNode data = Json.object();
        data.put("temperature", t);
        return new Rendered(html, data);
    }

    /**
     * Both ways of computing softmax, printed: logits, z / T, exponentials and probabilities, then
     * the same with the largest z / T subtracted first. Each list holds one value per logit.
     *
     * @param t the temperature
     * @param logits z as typed (the editable row)
     * @param scaled z / T
     * @param exps e^(z/T)
     * @param total their sum (Infinity once one of them overflows)
     * @param probs e / Σ
     * @param shifted z / T − max
     * @param shiftedExps e^(z/T − max)
     * @param shiftedTotal their sum
     * @param shiftedProbs e / Σ again
     * @param probsTotal the sum of the probabilities: 1, or NaN where Infinity / Infinity made them
     * @param shiftedProbsTotal the sum of the shifted version's probabilities, 1
     */
    public record Figure(String t, List<String> logits, List<String> scaled, List<String> exps, String total,
            List<String> probs, List<String> shifted, List<String> shiftedExps, String shiftedTotal,
            List<String> shiftedProbs, String probsTotal, String shiftedProbsTotal) {
    }

    private static List<String> values(double[] values) {
        List<String> out = new ArrayList<>();
        for (double v : values) {
            out.add(value(v));
        }
        return out;
    }

    /** Above this a value prints as m.mme+n, so that e^709 fits the column as 8.22e+307. */
    private static final double LARGE = 1e5;

    /**
     * Four decimals; a large value as m.mme+n; what the doubles give where e^x overflowed
     * (Infinity, and NaN for Infinity / Infinity), as softmax.js prints them.
     */
    static String value(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : Numbers.MINUS + "Infinity";
        }
        if (Math.abs(v) >= LARGE) {
            // as JavaScript's toExponential(2) writes it: no leading zeros in the exponent
            String exponential = String.format(Locale.ROOT, "%.2e", v).replaceAll("e([+-])0*(\\d)", "e$1$2");
            return exponential.replace('-', Numbers.MINUS);
        }
        return Numbers.fixed(v, 4);
    }
}
