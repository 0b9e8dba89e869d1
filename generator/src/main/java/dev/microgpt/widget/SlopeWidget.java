package dev.microgpt.widget;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import dev.microgpt.page.Numbers;
import dev.microgpt.rundata.Step1Data.LossSlice;
import dev.microgpt.rundata.Step1Data.Secant;
import dev.microgpt.rundata.Step1Data.SlicePoint;
import java.util.ArrayList;
import java.util.List;
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
        LossSlice slice = run.step1().lossSlice();
        double eps = Rungs.decimal(args, "eps", 0.1, 0, 10);
        List<Secant> secants = slice.secants();
        int shown = -1;
        for (int i = 0; i < secants.size(); i++) {
            if (secants.get(i).eps() == eps) {
                shown = i;
            }
        }
        if (shown < 0) {
            StringBuilder known = new StringBuilder();
            secants.forEach(s -> known.append(known.length() > 0 ? ", " : "").append(s.eps()));
            throw args.error("eps", "the run measured secants for eps " + known + ", not " + args.text("eps", ""));
        }
        double value = slice.value();
        double g = slice.analyticGradient();
        List<double[]> near = new ArrayList<>();
        double l0 = 0;
        for (SlicePoint point : slice.points()) {
            double delta = point.delta();
            if (Math.abs(delta) <= RANGE + 1e-9) {              // close enough that ε = 0.1 shows
                near.add(new double[] {value + delta, point.loss()});
            }
            if (delta == 0) {
                l0 = point.loss();
            }
        }
        double[] xs = new double[near.size()];
        double[] ys = new double[near.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = near.get(i)[0];
            ys[i] = near.get(i)[1];
        }
        ObjectNode data = Json.object();
        String param = slice.param();
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
        secants.forEach(s -> sec.addArray().add(s.eps()).add(s.slope()));

        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double y : ys) {
            lo = Math.min(lo, y);
            hi = Math.max(hi, y);
        }
        double s = secants.get(shown).slope();
        List<Plot.Figure> plots = new ArrayList<>();
        for (int[] size : new int[][] {{680, 256}, {360, 208}}) {
            Plot p = new Plot(size[0], size[1], xs[0], xs[xs.length - 1], lo, hi,
                    size[0] > 400 ? "static-wide" : "static-narrow", "");
            double reach = 0.4;
            p.line("curve", xs, ys)
                    .line("tangent", new double[] {value - reach, value + reach},
                            new double[] {l0 - reach * g, l0 + reach * g})
                    .line("secant", new double[] {value - reach / 2, value + eps + reach / 2},
                            new double[] {l0 - reach / 2 * s, l0 + (eps + reach / 2) * s})
                    .dot("dot", value, l0).dot("dot q", value + eps, l0 + eps * s);
            plots.add(p.figure());
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < secants.size(); i++) {
            double slope = secants.get(i).slope();
            rows.add(new Row(i == shown, eps(secants.get(i).eps()), Numbers.fixed(slope, DIGITS),
                    Numbers.scientific(slope - g, 2)));
        }
        Figure figure = new Figure(run.step1().gradientCheck().name(), param, Numbers.fixed(xs[0], 2),
                Numbers.fixed(xs[xs.length - 1], 2), Numbers.fixed(value, 4), Numbers.fixed(g, DIGITS), eps(eps),
                Numbers.fixed(s, DIGITS), plots, rows);
        return new Rendered(Figures.render("slope", figure), data);
    }

    /**
     * The slice at the two widths, and every secant the run measured; numbers as printed.
     *
     * @param name the name the loss is measured on
     * @param param the weight that moves, as matrix[row][col]
     * @param from the first value of the weight shown
     * @param to the last value shown
     * @param value the weight's own value, where the tangent touches
     * @param gradient the analytic gradient: the tangent's slope
     * @param eps the secant's step shown
     * @param slope that secant's slope
     * @param plots the slice at 680 and at 360 px
     * @param secants one row per ε of the run
     */
    public record Figure(String name, String param, String from, String to, String value, String gradient, String eps,
            String slope, List<Plot.Figure> plots, List<Row> secants) {
    }

    /**
     * One secant.
     *
     * @param current whether it is the one drawn
     * @param eps its step, as the slider prints it
     * @param slope its slope
     * @param difference slope − the analytic gradient
     */
    public record Row(boolean current, String eps, String slope, String difference) {
    }
}
