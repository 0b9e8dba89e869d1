package dev.microgpt.widget;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import dev.microgpt.page.Numbers;
import dev.microgpt.rundata.Shape;
import dev.microgpt.rundata.Step1Data.GradientCheck;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
        GradientCheck check = run.step1().gradientCheck();
        double[] a = check.analytic();
        double[] n = check.numerical();
        int worst = check.maxDiffIndex();
        ObjectNode data = Json.object();
        var names = data.putArray("matrices");
        var rows = data.putArray("rows");
        var cols = data.putArray("cols");
        for (Shape s : run.step1().shapes()) {
            names.add(s.name());
            rows.add(s.rows());
            cols.add(s.cols());
        }
        data.put("analytic", Json.f64(a));
        data.put("numerical", Json.f64(n));
        data.put("worst", worst);

        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < a.length; i++) {
            lo = Math.min(lo, Math.min(a[i], n[i]));
            hi = Math.max(hi, Math.max(a[i], n[i]));
        }
        List<Plot.Figure> plots = new ArrayList<>();
        // square plot areas (Plot's margins take 56 across and 34 down) with the same range on
        // both axes: equal scales, so the diagonal is the 45° line
        for (int[] size : new int[][] {{420, 398}, {340, 318}}) {
            Plot p = new Plot(size[0], size[1], lo, hi, lo, hi, size[0] > 400 ? "static-wide" : "static-narrow", "");
            p.line("diag", new double[] {lo, hi}, new double[] {lo, hi});
            Set<String> seen = new LinkedHashSet<>();           // one dot per pixel is enough
            for (int i = 0; i < a.length; i++) {
                seen.add(String.format(Locale.ROOT, "M%.0f %.0fh0", p.x(a[i]), p.y(n[i])));
            }
            plots.add(p.path("pts", String.join("", seen)).dot("ring", a[worst], n[worst]).figure());
        }
        Figure figure = new Figure(Numbers.integer(a.length), check.name(), check.maxDiffParam(),
                Numbers.fixed(n[worst], DIGITS), Numbers.fixed(a[worst], DIGITS),
                Numbers.scientific(check.maxDiff(), 2), plots);
        return new Rendered(Figures.render("gradient-check", figure), data);
    }

    /**
     * The scatter at the two widths, and the largest difference.
     *
     * @param weights how many weights were checked, as printed
     * @param name the name the gradients were measured on
     * @param param the weight whose gradients differ most, as matrix[row][col]
     * @param numerical its numerical gradient, as printed
     * @param analytic its analytic gradient, as printed
     * @param difference their difference, as printed
     * @param plots the scatter at 680 and at 360 px
     */
    public record Figure(String weights, String name, String param, String numerical, String analytic,
            String difference, List<Plot.Figure> plots) {
    }
}
