package dev.microgpt.widget;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import dev.microgpt.page.Html;
import dev.microgpt.page.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code training-replay}: a rung's loss curve drawing itself, ten steps a frame, with the name
 * each step trained on ({@code dataset.trainingNames}); play, pause, step or scrub.
 * <pre>
 * rung: 1
 * window: 50     the moving average, as in loss-curve (default the run's finalWindow)
 * </pre>
 */
final class TrainingReplayWidget implements Widget {
    static final int LISTED = 10;   // steps the static version lists with their names

    @Override
    public String name() {
        return "training-replay";
    }

    @Override
    public Set<String> keys() {
        return Set.of("rung", "window");
    }

    @Override
    public Rendered render(Args args, RunData run) {
        int rung = Rungs.one(args, "rung", 1, run, 0, 5);
        int window = args.integer("window", LossCurveWidget.training(run, rung).finalWindow());
        if (window < 1 || window > 500) {
            throw args.error("window", "window must be between 1 and 500, was " + window);
        }
        Rendered curve = new LossCurveWidget().render(Args.of(Map.of("rungs", String.valueOf(rung), "window",
                String.valueOf(window))), run);
        ObjectNode data = (ObjectNode) curve.data();
        data.put("replay", true);
        List<String> names = run.dataset().trainingNames();
        ArrayNode namesData = data.putArray("trainingNames");
        names.forEach(namesData::add);
        double[] loss = LossCurveWidget.training(run, rung).loss();
        List<Step> steps = new ArrayList<>();
        for (int s = 1; s <= Math.min(LISTED, loss.length); s++) {
            steps.add(new Step(s, s - 1 < names.size() ? names.get(s - 1) : "",
                    Numbers.fixed(loss[s - 1], LossCurveWidget.DIGITS)));
        }
        Figure figure = new Figure(new Html(curve.fallback()), LISTED, steps);
        return new Rendered(Figures.render("training-replay", figure), data);
    }

    /**
     * The replay's static figure.
     *
     * @param curve the rung's loss-curve figure
     * @param listed how many steps the table lists
     * @param steps the first steps
     */
    public record Figure(Html curve, int listed, List<Step> steps) {
    }

    /** One training step: its number, the name it trained on, its loss as printed. */
    public record Step(int step, String name, String loss) {
    }
}
