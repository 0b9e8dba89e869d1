package dev.microgpt.widget;

import dev.microgpt.content.RunData;
import dev.microgpt.page.Numbers;
import dev.microgpt.rundata.LossCurve;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code ladder}: the six rungs at a glance, for the home page: each rung's name (linked to its
 * step), what it changes, its final loss as a dot on an axis all rungs share (with the uniform
 * guess ln 27 marked on every row) and three of the names it made up. Static: nothing to script.
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
            lo = Math.min(lo, LossCurveWidget.training(run, r).finalMean());
        }
        double[] ticks = LineChart.ticks(lo - 0.05, baseline + 0.05);
        double x0 = ticks[0];
        double x1 = ticks[ticks.length - 1];
        List<Rung> rungs = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            double loss = LossCurveWidget.training(run, r).finalMean();
            double x = at(loss, x0, x1);
            boolean right = x < AXIS_W - 60;                  // room for the value right of the dot
            List<String> names = new ArrayList<>();
            for (String name : r == 0 ? run.counting().samples() : run.rung(r).samples()) {
                if (!name.isEmpty() && names.size() < NAMES) {
                    names.add(name);
                }
            }
            int heads = r == 0 ? 0 : run.rung(r).architecture().nHead();
            rungs.add(new Rung(r, Rungs.title(run, r), heads, Numbers.fixed(loss, 4), LineChart.f1(x),
                    LineChart.f1(right ? x + 9 : x - 9), right ? "start" : "end", names));
        }
        LossCurve first = LossCurveWidget.training(run, 0);
        Figure figure = new Figure(links, Rendered.ROOT, AXIS_W, AXIS_W - 8, LineChart.f1(at(baseline, x0, x1)),
                rungs, first.finalWindow(), Vocab.of(run).size(), Numbers.fixed(baseline, 4));
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
     * @param window how many steps the final loss averages
     * @param vocab the vocabulary's size
     * @param baseline the uniform guess, ln vocab, as printed
     */
    public record Figure(boolean links, String root, int width, int axisEnd, String baselineX, List<Rung> rungs,
            int window, int vocab, String baseline) {
    }

    /**
     * One rung's row.
     *
     * @param rung its number
     * @param title its name
     * @param heads its attention heads per layer (0 without attention), which its label names
     * @param loss its final loss, as printed
     * @param x the dot on the axis
     * @param labelX where the printed loss is anchored
     * @param anchor {@code start} (the loss right of the dot) or {@code end} (left of it, near the axis's end)
     * @param names the first three non-empty names it made up
     */
    public record Rung(int rung, String title, int heads, String loss, String x, String labelX, String anchor,
            List<String> names) {
    }

    /** A loss's place on the shared axis. */
    private static double at(double loss, double x0, double x1) {
        return 8 + (loss - x0) / (x1 - x0) * (AXIS_W - 16);
    }
}
