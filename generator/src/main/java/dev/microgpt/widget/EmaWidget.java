package dev.microgpt.widget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import dev.microgpt.page.Numbers;
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
        JsonNode adam = run.get("step5").path("adam");
        if (adam.isMissingNode()) {
            throw args.error("beta", "the run has no step5.adam");
        }
        double adamBeta = run.get("step5").path("hyperparameters").path("beta1").asDouble(Double.NaN);
        if (Double.isNaN(adamBeta)) {
            throw args.error("beta", "the run has no step5.hyperparameters.beta1");
        }
        double beta = Rungs.decimal(args, "beta", adamBeta, 0, 0.99);
        if (Math.abs(beta * 100 - Math.rint(beta * 100)) > 1e-9) {
            throw args.error("beta", "beta moves in steps of 0.01 on the slider, was " + beta);
        }
        double[] all = Json.doubles(adam.path("grad"));
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
        String param = adam.path("param").asText();
        String label = "The gradient of " + param + " over the first " + steps + " steps of Step 5, its moving average at β = "
                + beta + " and the bias-corrected average. At step 1: gradient " + Numbers.fixed(g[0], DIGITS) + ", average "
                + Numbers.fixed(m[0], DIGITS) + ", corrected " + Numbers.fixed(c[0], DIGITS) + ".";
        StringBuilder html = new StringBuilder("<p class=\"chart-title\">gradient of " + Html.escape(param) + "</p>");
        for (int[] size : new int[][] {{680, 256}, {360, 208}}) {
            html.append(new Plot(size[0], size[1], 1, steps, lo, hi, size[0] > 400 ? "static-wide" : "static-narrow", label)
                    .line("g", xs, g).line("m", xs, m).line("mc", xs, c).svg());
        }
        html.append("<p class=\"chart-note\">Faint: the gradient at each step. Solid: its moving average, β = ")
                .append(beta).append(" (Adam’s m when β = ").append(adamBeta).append("). Dashed: bias-corrected, m / (1 − β<sup>t</sup>).</p>");
        return new Rendered(html.toString(), data);
    }
}
