package dev.microgpt.widget;

import dev.microgpt.content.RunData;
import dev.microgpt.inference.Architecture;
import dev.microgpt.page.Numbers;
import dev.microgpt.rundata.HeldOutLoss;
import dev.microgpt.rundata.LossCurve;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code ladder}: the six rungs at a glance, for the home page: each rung's name (linked to its
 * step), what it changes, its held-out loss (names it never trained on) as a dot on an axis all
 * rungs share, its standard error printed under it (the uniform guess ln 27 marked on every row),
 * and three of the names it made up at its sampling temperature. Static: nothing to script.
 * What each rung changes is written in the template, {@code templates/widgets/ladder.ftlh}.
 * <pre>
 * links: no     leave the names unlinked (default yes: each links to step/N/index.html)
 * </pre>
 */
final class LadderWidget implements Widget {
    private static final int AXIS_W = 220;
    private static final int NAMES = 3;       // names listed per rung

    @Override
    public String name() {
        return "ladder";
    }

    @Override
    public Set<String> keys() {
        return Set.of("links");
    }

    @Override
    public Rendered render(Args args, RunData run) {
        boolean links = args.flag("links", true);
        int count = 0;
        while (run.has(count)) {
            count++;
        }
        if (count == 0) {
            throw args.error("links", "the run has no rungs");
        }
        double baseline = run.dataset().baseline();
        double lo = baseline;
        for (int r = 0; r < count; r++) {
            HeldOutLoss held = LossCurveWidget.training(run, r).heldOut();
            lo = Math.min(lo, held.mean());
        }
        double[] ticks = LineChart.ticks(lo - 0.05, baseline + 0.05);
        double x0 = ticks[0];
        double x1 = ticks[ticks.length - 1];
        List<Rung> rungs = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            HeldOutLoss held = LossCurveWidget.training(run, r).heldOut();
            double loss = held.mean();
            double x = at(loss, x0, x1);
            boolean right = x < AXIS_W - 110;                 // room for the value right of the dot
            List<String> names = new ArrayList<>();
            for (String name : r == 0 ? run.counting().samples() : run.rung(r).samples()) {
                if (!name.isEmpty() && names.size() < NAMES) {
                    names.add(name);
                }
            }
            Architecture architecture = r == 0 ? run.counting().architecture()
                    : run.rung(r).architecture();
            rungs.add(new Rung(r, Rungs.title(run, r), architecture.nHead(), Numbers.fixed(loss, 4),
                    Numbers.fixed(held.standardError(), 4), LineChart.f1(x),
                    LineChart.f1(right ? x + 9 : x - 9), right ? "start" : "end",
                    plain(architecture.temperature()), learningRate(run, r), names));
        }
        LossCurve first = LossCurveWidget.training(run, 0);
        Figure figure = new Figure(links, Rendered.ROOT, AXIS_W, AXIS_W - 8, LineChart.f1(at(baseline, x0, x1)),
                rungs, Numbers.integer(first.heldOut().names()), Vocab.of(run).size(), Numbers.fixed(baseline, 4));
        return new Rendered(Figures.render("ladder", figure), null);
    }

    /**
     * The ladder.
     *
     * @param links whether each rung's title links to its step
     * @param root the site's root, for the links
     * @param width the axis's viewBox width
     * @param axisEnd where the axis line ends
     * @param baselineX where the uniform guess is marked on every axis
     * @param rungs one per rung, 0 first
     * @param heldOut how many names the held-out loss averages, as printed
     * @param vocab the vocabulary's size
     * @param baseline the uniform guess, ln vocab, as printed
     */
    public record Figure(boolean links, String root, int width, int axisEnd, String baselineX, List<Rung> rungs,
            String heldOut, int vocab, String baseline) {
    }

    /**
     * One rung's row.
     *
     * @param rung its number
     * @param title its name
     * @param heads its attention heads per layer (0 without attention), which its label names
     * @param loss its held-out loss, as printed
     * @param standardError the held-out loss's standard error, as printed
     * @param x the dot on the axis
     * @param labelX where the printed loss is anchored
     * @param anchor {@code start} (the loss right of the dot) or {@code end} (left of it, near the axis's end)
     * @param temperature the temperature it samples at, as printed
     * @param learningRate its learning rate, as printed; empty for counting
     * @param names the first three non-empty names it made up
     */
    public record Rung(int rung, String title, int heads, String loss, String standardError, String x,
            String labelX, String anchor, String temperature,
            String learningRate, List<String> names) {
    }

    /** A rung's learning rate as its step's lessons print it (0.1, 0.01); counting has none. */
    private static String learningRate(RunData run, int r) {
        if (r == 0) {
            return "";
        }
        return plain(run.rung(r).hyperparameters().get("learningRate").doubleValue());
    }

    /** A constant as short as Java writes it, without trailing zeros: 1, 0.5, 0.01. */
    private static String plain(double x) {
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }

    /** A loss's place on the shared axis. */
    private static double at(double loss, double x0, double x1) {
        return 8 + (loss - x0) / (x1 - x0) * (AXIS_W - 16);
    }
}
