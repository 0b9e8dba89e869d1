package dev.microgpt.widget;

import dev.microgpt.page.Numbers;
import java.util.Locale;

/** A static bar chart of next-token probabilities, one bar per token, the value printed beside it. */
final class NextTokenBars {
    private static final int ROW = 16;      // px per bar
    private static final int LABEL = 34;    // px for the token label
    private static final int VALUE = 60;    // px for the printed probability

    private NextTokenBars() {
    }

    /** Bars titled {@code p(next | context)}. */
    static String svg(Vocab vocab, double[] probs, String context) {
        return chart(vocab, probs, "p(next | " + context + ")");
    }

    /** Every probability with its token, as the figure's text alternative. */
    static String values(Vocab vocab, double[] probs) {
        StringBuilder out = new StringBuilder();
        for (int j = 0; j < probs.length; j++) {
            out.append(j > 0 ? ", " : "").append(vocab.label(j)).append(' ').append(Numbers.fixed(probs[j], 4));
        }
        return out.toString();
    }

    /** Bars under a title. */
    static String chart(Vocab vocab, double[] probs, String title) {
        double max = 0;
        for (double p : probs) {
            max = Math.max(max, p);
        }
        int width = 320;
        int height = probs.length * ROW + 4;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<div class=\"bars-static\"><p class=\"chart-title\">%s</p><svg class=\"bars\" "
                + "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">", Html.escape(title), width, height,
                Html.escape(title + ": " + values(vocab, probs))));
        for (int j = 0; j < probs.length; j++) {
            double w = (width - LABEL - VALUE) * probs[j] / max;
            int y = j * ROW + 2;
            svg.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
                    LABEL - 6, y + 12, Html.escape(vocab.label(j))));
            svg.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\"/>",
                    LABEL, y + 2, w, ROW - 4));
            svg.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%.1f\" y=\"%d\">%s</text>",
                    LABEL + w + 4, y + 12, Numbers.fixed(probs[j], 4)));
        }
        return svg.append("</svg></div>").toString();
    }
}
