package dev.microgpt.widget;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import dev.microgpt.page.Numbers;
import dev.microgpt.rundata.LossCurve;
import dev.microgpt.rundata.Step2Data.LossDiff;
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
 * window: 50      moving-average window in steps (1: none; default the run's finalWindow)
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
        // by default the window of the run's final mean, so the readout's mean is the one the tables quote
        int window = args.integer("window", training(run, rungs.get(0)).finalWindow());
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
        List<Summary> summaries = new ArrayList<>();
        for (int rung : rungs) {
            if (!run.has(rung)) {
                throw args.error("rungs", "the run has no rung " + rung);
            }
            LossCurve training = training(run, rung);
            double[] loss = training.loss();
            String title = Rungs.title(run, rung);
            ObjectNode s = seriesData.addObject();
            s.put("rung", rung);
            s.put("title", title);
            s.set("loss", Json.rounded(loss, DIGITS));
            series.add(new LineChart.Series(rung, title, loss));
            summaries.add(new Summary(title, Numbers.fixed(loss[0], DIGITS),
                    Numbers.fixed(training.finalMean(), DIGITS), training.finalWindow()));
        }
        String gap = "";
        if (rungs.contains(1) && rungs.contains(2)) {
            gap = gap(run, data);
        }
        Figure figure = new Figure(List.of(LineChart.figure(series, window, baseline, 680, 256, "static-wide"),
                LineChart.figure(series, window, baseline, 360, 208, "static-narrow")), summaries, window > 1, window,
                Vocab.of(run).size(), Numbers.fixed(baseline, DIGITS), gap);
        return new Rendered(Figures.render("loss-curve", figure), data);
    }

    /**
     * The charts and their notes.
     *
     * @param charts the chart at 680 and at 360 px
     * @param series each series' numbers for the text alternative
     * @param averaged whether a moving average is drawn over the per-step losses
     * @param window its window, in steps
     * @param vocab the vocabulary's size
     * @param baseline the uniform guess, ln vocab, as printed
     * @param gap the sentence on the gap between rungs 1 and 2 ("" unless both are shown)
     */
    public record Figure(List<LineChart.Figure> charts, List<Summary> series, boolean averaged, int window, int vocab,
            String baseline, String gap) {
    }

    /**
     * One series in the text alternative.
     *
     * @param title the rung's title
     * @param first the loss at step 1, as printed
     * @param mean the final loss: the mean of the last {@code window} steps, as printed
     * @param window how many steps the final loss averages
     */
    public record Summary(String title, String first, String mean, int window) {
    }

    /** A rung's loss curve, counting's included. */
    static LossCurve training(RunData run, int rung) {
        return rung == 0 ? run.counting().training() : run.rung(rung).training();
    }

    /**
     * The measured difference between Step 1's and Step 2's losses: a sentence for the note, and
     * per step |loss₂ − loss₁| to three significant digits for the readout.
     */
    static String gap(RunData run, ObjectNode data) {
        double[] one = run.step1().training().loss();
        double[] two = run.step2().training().loss();
        ArrayNode gaps = data.putArray("gap");
        for (int i = 0; i < Math.min(one.length, two.length); i++) {
            gaps.add(new BigDecimal(Math.abs(two[i] - one[i])).round(new MathContext(3)).doubleValue());
        }
        LossDiff diff = run.step2().diffFromStep1();
        String note = Rungs.title(run, 1) + " and " + Rungs.title(run, 2) + " differ by at most "
                + Numbers.scientific(diff.maxAbs(), 2) + " (step " + Numbers.integer(diff.maxAbsStep()) + "); "
                + Numbers.integer(diff.identicalSteps()) + " of "
                + Numbers.integer(one.length) + " steps are bit for bit identical.";
        data.put("gapNote", note);
        return note;
    }
}
