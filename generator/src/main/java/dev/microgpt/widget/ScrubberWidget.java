package dev.microgpt.widget;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import dev.microgpt.page.Html;
import dev.microgpt.rundata.RungData;
import dev.microgpt.rundata.WeightSnapshot;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code scrubber}: one slider over the steps at which the run kept a rung's weights; each stop
 * shows the loss curve so far, the names those weights made up ({@code snapshots[].samples}, the
 * same draws each time, so only the weights changed them) and heatmaps of some matrices.
 * <pre>
 * rung: 5
 * matrices: wte         (default wte)
 * window: 50            the loss curve's moving average (default the run's finalWindow)
 * </pre>
 */
final class ScrubberWidget implements Widget {
    @Override
    public String name() {
        return "scrubber";
    }

    @Override
    public Set<String> keys() {
        return Set.of("rung", "matrices", "window");
    }

    @Override
    public Rendered render(Args args, RunData run) {
        int rung = Rungs.one(args, "rung", 5, run, 1, 5);
        RungData data = run.rung(rung);
        List<WeightsWidget.Shape> shapes = WeightsWidget.matrices(args.has("matrices") ? args
                : Args.of(Map.of("matrices", "wte")), data);
        int window = args.integer("window", LossCurveWidget.training(run, rung).finalWindow());
        if (window < 1 || window > 500) {
            throw args.error("window", "window must be between 1 and 500, was " + window);
        }
        List<WeightSnapshot> snapshots = WeightSnapshots.offered(Args.of(Map.of()), data);
        int last = snapshots.size() - 1;
        int step = snapshots.get(last).step();
        Rendered weights = WeightsWidget.render(Vocab.of(run), shapes, snapshots, last, step);
        Rendered curve = new LossCurveWidget().render(Args.of(Map.of("rungs", String.valueOf(rung), "window",
                String.valueOf(window))), run);
        ObjectNode out = (ObjectNode) weights.data();
        out.put("rung", rung);
        out.put("window", window);
        out.put("baseline", Math.log(Vocab.of(run).size()));             // the uniform guess, as the chart draws it
        out.set("loss", Json.rounded(LossCurveWidget.training(run, rung).loss(), LossCurveWidget.DIGITS));
        ArrayNode steps = (ArrayNode) out.get("steps");                  // the weights figure's, one per snapshot
        for (int i = 0; i < snapshots.size(); i++) {
            var names = ((ObjectNode) steps.get(i)).putArray("samples");
            snapshots.get(i).samples().forEach(names::add);
        }
        List<String> samples = snapshots.get(last).samples();
        String html = Figures.render("scrubber", new Figure(new Html(curve.fallback()),
                samples.subList(0, Math.min(10, samples.size())), new Html(weights.fallback())));
        return new Rendered(html, out);
    }

    /**
     * The last stop of the slider.
     *
     * @param curve the loss curve's figure
     * @param names the first names the last weights made up
     * @param weights the weights' figure
     */
    public record Figure(Html curve, List<String> names, Html weights) {
    }
}
