package dev.microgpt.widget;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import dev.microgpt.page.Html;
import dev.microgpt.page.Numbers;
import dev.microgpt.rundata.Step5Data;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code ema}: Adam's first moment on a real gradient series. One weight's gradient at every step
 * of Step 5 ({@code step5.adam}), its exponential moving average m = β·m + (1 − β)·g for a β
 * slider, and the bias-corrected m / (1 − βᵗ), which does not start near zero. At the run's β1
 * ({@code step5.hyperparameters.beta1}) the average is exactly Adam's m in the run.
 * <pre>
 * beta: 0.85      where the slider starts; by default the run's β1
 * steps: 100      the first steps shown (the start is where bias correction matters)
 * </pre>
 */
final class EmaWidget implements Widget {
    static final int DIGITS = 4;

    @Override
    public String name() {
        return "ema";
    }

    @Override
    public Set<String> keys() {
        return Set.of("beta", "steps");
    }

    @Override
    public Rendered render(Args args, RunData run) {
        if (!run.has(5)) {
            throw args.error("beta", "the run has no step5.adam");
        }
        Step5Data.AdamTrace adam = run.step5().adam();
        Number beta1 = run.step5().hyperparameters().get("beta1");
        if (beta1 == null) {
            throw args.error("beta", "the run has no step5.hyperparameters.beta1");
        }
        double adamBeta = beta1.doubleValue();
        double beta = Rungs.decimal(args, "beta", adamBeta, 0, 0.99);
        if (Math.abs(beta * 100 - Math.rint(beta * 100)) > 1e-9) {
            throw args.error("beta", "beta moves in steps of 0.01 on the slider, was " + beta);
        }
        double[] all = adam.grad();
        int steps = args.integer("steps", 100);
        if (steps < 10 || steps > all.length) {
            throw args.error("steps", "steps must be between 10 and " + all.length + ", was " + steps);
        }
        double[] g = java.util.Arrays.copyOf(all, steps);
        double[] m = new double[steps];
        double[] c = new double[steps];
        double[] xs = new double[steps];
        double avg = 0;
        double lo = 0;
        double hi = 0;
        for (int i = 0; i < steps; i++) {
            avg = beta * avg + (1 - beta) * g[i];
            m[i] = avg;
            c[i] = avg / (1 - Math.pow(beta, i + 1));
            xs[i] = i + 1;
            lo = Math.min(lo, g[i]);
            hi = Math.max(hi, g[i]);
        }
        ObjectNode data = Json.object();
        data.put("beta", beta);
        data.put("gradients", Json.f64(g));
        String param = adam.param();
        // Plot takes its text alternative as a string: the one sentence left in Java
        String label = "The gradient of " + param + " over the first " + steps + " steps of Step 5, its moving average"
                + " at β = " + beta + " and the bias-corrected average. At step 1: gradient "
                + Numbers.fixed(g[0], DIGITS) + ", average " + Numbers.fixed(m[0], DIGITS) + ", corrected " + Numbers.fixed(c[0], DIGITS) + ".";
        List<Html> charts = new ArrayList<>();
        for (int[] size : new int[][] {{680, 256}, {360, 208}}) {
            charts.add(new Html(new Plot(size[0], size[1], 1, steps, lo, hi, size[0] > 400 ? "static-wide"
                    : "static-narrow", label).line("g", xs, g).line("m", xs, m).line("mc", xs, c).svg()));
        }
        String html = Figures.render("ema", new Figure(param, charts, String.valueOf(beta), String.valueOf(adamBeta)));
        return new Rendered(html, data);
    }

    /**
     * The gradient and its averages.
     *
     * @param param the weight whose gradient it is, e.g. "wte[0][0]"
     * @param charts the chart at each width, drawn by {@link Plot}
     * @param beta the β shown, as the slider prints it
     * @param adamBeta the run's β1
     */
    public record Figure(String param, List<Html> charts, String beta, String adamBeta) {
    }
}
