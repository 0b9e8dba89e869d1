package dev.microgpt.widget;

import dev.microgpt.page.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A static bar chart of next-token probabilities, one bar per token, the value printed beside it;
 * drawn by the macro {@code charts.bars}.
 */
final class NextTokenBars {
    private static final int WIDTH = 320;   // px of the viewBox
    private static final int ROW = 16;      // px per bar
    private static final int LABEL = 34;    // px for the token label
    private static final int VALUE = 60;    // px for the printed probability

    private NextTokenBars() {
    }

    /**
     * The chart the macro draws.
     *
     * @param title the title printed above it, e.g. {@code p(next | a)}
     * @param width the viewBox width
     * @param height the viewBox height
     * @param label the text alternative: the title, then every probability with its token
     * @param bars one per token, in id order
     */
    public record Figure(String title, int width, int height, String label, List<Bar> bars) {
    }

    /**
     * One token's bar; coordinates as printed.
     *
     * @param token the token's label
     * @param labelX where the label ends
     * @param textY the baseline of the label and the value
     * @param x the bar's left
     * @param y the bar's top
     * @param width the bar's length
     * @param height the bar's thickness
     * @param valueX where the printed value starts
     * @param value the probability, four decimals
     */
    public record Bar(String token, int labelX, int textY, int x, int y, String width, int height, String valueX,
            String value) {
    }

    /** Bars titled {@code p(next | context)}, for a template. */
    static Figure given(Vocab vocab, double[] probs, String context) {
        return figure(vocab, probs, "p(next | " + context + ")");
    }

    /** Every probability with its token, as the figure's text alternative. */
    static String values(Vocab vocab, double[] probs) {
        StringBuilder out = new StringBuilder();
        for (int j = 0; j < probs.length; j++) {
            out.append(j > 0 ? ", " : "").append(vocab.label(j)).append(' ').append(Numbers.fixed(probs[j], 4));
        }
        return out.toString();
    }

    /** Bars under a title, as HTML. */
    static String chart(Vocab vocab, double[] probs, String title) {
        return Figures.render("next-token-bars", figure(vocab, probs, title));
    }

    /** Bars under a title, for a template. */
    static Figure figure(Vocab vocab, double[] probs, String title) {
        double max = 0;
        for (double p : probs) {
            max = Math.max(max, p);
        }
        List<Bar> bars = new ArrayList<>();
        for (int j = 0; j < probs.length; j++) {
            double w = (WIDTH - LABEL - VALUE) * probs[j] / max;
            int y = j * ROW + 2;
            bars.add(new Bar(vocab.label(j), LABEL - 6, y + 12, LABEL, y + 2, String.format(Locale.ROOT, "%.1f", w),
                    ROW - 4, String.format(Locale.ROOT, "%.1f", LABEL + w + 4), Numbers.fixed(probs[j], 4)));
        }
        return new Figure(title, WIDTH, probs.length * ROW + 4, title + ": " + values(vocab, probs), bars);
    }
}
