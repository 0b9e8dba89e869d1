package dev.microgpt.widget;

import com.fasterxml.jackson.databind.JsonNode;
import dev.microgpt.content.RunData;
import dev.microgpt.page.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code ladder}: the six rungs at a glance, for the home page: each rung's name (linked to its
 * step), what it changes, its final loss as a dot on an axis all rungs share (with the uniform
 * guess ln 27 marked on every row) and three of the names it made up. Static: nothing to script.
 * <pre>
 * links: no     leave the names unlinked (default yes: each links to step/N/index.html)
 * </pre>
 */
final class LadderWidget implements Widget {
    /** What each rung changes, in a few words: labels of the figure, like an axis title. */
    static final String[] CHANGES = {"counts which letter follows which", "a small neural network, trained by gradient descent",
        "the same network; autograd finds the gradient", "attention: each letter looks back at the ones before",
        "four heads in a transformer layer", "Adam: a step size for every weight"};
    private static final int AXIS_W = 220;

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
        List<JsonNode> rungs = new ArrayList<>();
        for (int r = 0; run.get("step" + r).isObject(); r++) {
            rungs.add(run.get("step" + r));
        }
        if (rungs.isEmpty()) {
            throw args.error("links", "the run has no rungs");
        }
        double baseline = run.get("dataset").path("baseline").asDouble(Math.log(Vocab.of(run).size()));
        double lo = baseline;
        for (JsonNode r : rungs) {
            lo = Math.min(lo, r.path("training").path("finalMean").asDouble());
        }
        double[] ticks = LineChart.ticks(lo - 0.05, baseline + 0.05);
        double x0 = ticks[0];
        double x1 = ticks[ticks.length - 1];
        StringBuilder html = new StringBuilder("<ol class=\"ladder\"><li class=\"ladder-head\" aria-hidden=\"true\">"
                + "<span></span><span>model</span><span>final loss, lower is better</span><span>names it made up</span></li>");
        for (int r = 0; r < rungs.size(); r++) {
            JsonNode rung = rungs.get(r);
            String title = Html.escape(rung.path("title").asText());
            double loss = rung.path("training").path("finalMean").asDouble();
            html.append("<li class=\"rung rung-").append(r).append("\"><span class=\"node\" aria-hidden=\"true\">").append(r)
                    .append("</span><p class=\"what\"><span class=\"sr-only\">Step ").append(r).append(": </span>")
                    .append(links ? "<a href=\"" + Rendered.ROOT + "step/" + r + "/index.html\">" + title + "</a>" : title)
                    .append(" <span class=\"muted\">").append(r < CHANGES.length ? CHANGES[r] : "").append("</span></p>")
                    .append("<p class=\"loss\"><span class=\"sr-only\">final loss </span>")
                    .append(axis(loss, baseline, x0, x1)).append("</p><p class=\"said\"><span class=\"sr-only\">names: </span>");
            JsonNode samples = rung.path("samples");
            for (int i = 0, shown = 0; i < samples.size() && shown < 3; i++) {
                if (!samples.get(i).asText().isEmpty()) {
                    html.append(shown++ > 0 ? ", " : "").append(Html.escape(samples.get(i).asText()));
                }
            }
            html.append("</p></li>");
        }
        html.append("</ol><p class=\"chart-note\">Final loss: the mean of the last ")
                .append(rungs.get(0).path("training").path("finalWindow").asInt()).append(" training steps. Dashed: the uniform "
                + "guess, ln ").append(Vocab.of(run).size()).append(" = ").append(Numbers.fixed(baseline, 4)).append(".</p>");
        return new Rendered(html.toString(), null);
    }

    /** The shared axis with the baseline dashed and this rung's dot, the value printed beside it. */
    private static String axis(double loss, double baseline, double x0, double x1) {
        double x = 8 + (loss - x0) / (x1 - x0) * (AXIS_W - 16);
        double b = 8 + (baseline - x0) / (x1 - x0) * (AXIS_W - 16);
        boolean right = x < AXIS_W - 60;
        return String.format(Locale.ROOT, "<svg class=\"ladder-axis\" viewBox=\"0 0 %d 24\" aria-hidden=\"true\">"
                + "<line class=\"axis\" x1=\"8\" x2=\"%d\" y1=\"12\" y2=\"12\"/><line class=\"baseline\" x1=\"%.1f\" x2=\"%.1f\" "
                + "y1=\"4\" y2=\"20\"/><circle class=\"dot\" r=\"5\" cx=\"%.1f\" cy=\"12\"/><text x=\"%.1f\" y=\"16\" "
                + "text-anchor=\"%s\">%s</text></svg>", AXIS_W, AXIS_W - 8, b, b, x, right ? x + 9 : x - 9,
                right ? "start" : "end", Numbers.fixed(loss, 4))
                + "<span class=\"sr-only\">" + Numbers.fixed(loss, 4) + "</span>";
    }
}
