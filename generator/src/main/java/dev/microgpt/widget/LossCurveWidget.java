package dev.microgpt.widget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import dev.microgpt.page.Numbers;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code loss-curve}: the loss of every training step of one or more rungs, with the uniform
 * guess ln(vocabulary) as a dashed baseline. Per-step losses are noisy (one name each), so a
 * moving average is drawn over them. Live: hover or a slider reads out every series at a step.
 * When rungs 1 and 2 are both shown (the same model, the gradient by hand and by autograd), the
 * note prints their measured gap and the readout the gap at each step.
 * <pre>
 * rungs: 0,1      which rungs (default 0)
 * window: 50      moving-average window in steps (1: none)
 * </pre>
 */
final class LossCurveWidget implements Widget {
    /** Losses are shown, and so embedded, with the reference printout's four decimals. */
    static final int DIGITS = 4;

    @Override
    public String name() {
        return "loss-curve";
    }

    @Override
    public Set<String> keys() {
        return Set.of("rungs", "window");
    }

    @Override
    public Rendered render(Args args, RunData run) {
        List<Integer> rungs = args.integers("rungs", List.of(0));
        int window = args.integer("window", 50);
        if (window < 1 || window > 500) {
            throw args.error("window", "window must be between 1 and 500, was " + window);
        }
        double baseline = Math.log(Vocab.of(run).size());

        ObjectNode data = Json.object();
        data.put("window", window);
        data.put("baseline", baseline);
        data.put("vocab", Vocab.of(run).size());
        ArrayNode seriesData = data.putArray("series");
        List<LineChart.Series> series = new ArrayList<>();
        StringBuilder summary = new StringBuilder("Loss per training step.");
        for (int rung : rungs) {
            JsonNode step = run.get("step" + rung);
            if (step.isMissingNode()) {
                throw args.error("rungs", "the run has no rung " + rung);
            }
            double[] loss = Json.doubles(step.path("training").path("loss"));
            String title = step.path("title").asText();
            ObjectNode s = seriesData.addObject();
            s.put("rung", rung);
            s.put("title", title);
            s.set("loss", Json.rounded(loss, DIGITS));
            series.add(new LineChart.Series(rung, title, loss));
            summary.append(' ').append(title).append(": ").append(Numbers.fixed(loss[0], DIGITS)).append(" at step 1, ")
                    .append(Numbers.fixed(step.path("training").path("finalMean").asDouble(), DIGITS))
                    .append(" on average over the last ").append(step.path("training").path("finalWindow").asInt())
                    .append(" steps.");
        }
        summary.append(" The uniform guess is ").append(Numbers.fixed(baseline, DIGITS)).append('.');
        String gap = "";
        if (rungs.contains(1) && rungs.contains(2)) {
            gap = gap(run, data);
            summary.append(' ').append(gap);
        }
        String html = "<p class=\"chart-title\">loss, nats</p>"
                + LineChart.svg(series, window, baseline, 680, 256, "static-wide", summary.toString())
                + LineChart.svg(series, window, baseline, 360, 208, "static-narrow", summary.toString())
                + "<p class=\"chart-note\">" + (window > 1 ? "Faint: each step’s loss. Bold: mean of the last "
                + window + " steps. " : "") + "Dashed: the uniform guess, ln " + Vocab.of(run).size() + " = "
                + Numbers.fixed(baseline, DIGITS) + ".</p>" + (gap.isEmpty() ? "" : "<p class=\"chart-note gap\">" + gap
                + "</p>");
        return new Rendered(html, data);
    }

    /**
     * The measured difference between Step 1's and Step 2's losses: a sentence for the note, and
     * per step |loss₂ − loss₁| to three significant digits for the readout.
     */
    static String gap(RunData run, ObjectNode data) {
        double[] one = Json.doubles(run.get("step1").path("training").path("loss"));
        double[] two = Json.doubles(run.get("step2").path("training").path("loss"));
        ArrayNode gaps = data.putArray("gap");
        for (int i = 0; i < Math.min(one.length, two.length); i++) {
            gaps.add(new BigDecimal(Math.abs(two[i] - one[i])).round(new MathContext(3)).doubleValue());
        }
        JsonNode diff = run.get("step2").path("diffFromStep1");
        String note = Rungs.title(run, 1) + " and " + Rungs.title(run, 2) + " differ by at most "
                + Numbers.scientific(diff.path("maxAbs").asDouble(), 2) + " (step " + Numbers.integer(diff.path("maxAbsStep")
                .asInt()) + "); " + Numbers.integer(diff.path("identicalSteps").asInt()) + " of "
                + Numbers.integer(one.length) + " steps are bit for bit identical.";
        data.put("gapNote", note);
        return note;
    }
}
