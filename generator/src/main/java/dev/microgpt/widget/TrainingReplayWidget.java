package dev.microgpt.widget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import dev.microgpt.page.Numbers;
import java.util.Map;
import java.util.Set;

/**
 * {@code training-replay}: a rung's loss curve drawing itself, ten steps a frame, with the name
 * each step trained on ({@code dataset.trainingNames}); play, pause, step or scrub.
 * <pre>
 * rung: 1
 * window: 50     the moving average, as in loss-curve
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
        int window = args.integer("window", 50);
        if (window < 1 || window > 500) {
            throw args.error("window", "window must be between 1 and 500, was " + window);
        }
        Rendered curve = new LossCurveWidget().render(Args.of(Map.of("rungs", String.valueOf(rung), "window",
                String.valueOf(window))), run);
        ObjectNode data = (ObjectNode) curve.data();
        data.put("replay", true);
        JsonNode names = names(run);
        data.set("trainingNames", names);
        double[] loss = Json.doubles(Rungs.data(run, rung).path("training").path("loss"));
        StringBuilder html = new StringBuilder(curve.fallback()).append("<table class=\"slopes\"><caption>The first ")
                .append(LISTED).append(" steps</caption><thead><tr><th scope=\"col\">step</th><th scope=\"col\">name</th>")
                .append("<th scope=\"col\">loss</th></tr></thead><tbody>");
        for (int s = 1; s <= Math.min(LISTED, loss.length); s++) {
            html.append("<tr><td>").append(s).append("</td><td>").append(Html.escape(names.path(s - 1).asText("")))
                    .append("</td><td>").append(Numbers.fixed(loss[s - 1], LossCurveWidget.DIGITS)).append("</td></tr>");
        }
        html.append("</tbody></table>");
        return new Rendered(html.toString(), data);
    }

    /** The names of the training steps, in order; the run data must list them. */
    static JsonNode names(RunData run) {
        JsonNode names = run.get("dataset").path("trainingNames");
        if (!names.isArray()) {
            throw new IllegalStateException("the run data's dataset.trainingNames is missing: retrain (mvn package)");
        }
        return names;
    }
}
