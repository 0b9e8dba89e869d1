package dev.microgpt.widget;

import dev.microgpt.page.Numbers;
import java.util.Locale;

/**
 * A static chart with numeric axes, drawn as the script's {@code MG.chart} draws it: horizontal
 * gridlines with y ticks, a bottom axis with x ticks, marks clipped to the plot. Colours come from
 * classes; nothing here is a colour. Used at the two viewBox widths of a static figure, 680 and 360.
 */
final class Plot {
    static final int LEFT = 44;
    static final int TOP = 10;
    static final int BOTTOM = 24;

    private final StringBuilder svg = new StringBuilder();
    private final int width;
    private final int height;
    private final double x0;
    private final double x1;
    private final double y0;
    private final double y1;
    private final String clip;

    /**
     * A frame; the y range widens to round ticks.
     *
     * @param cssClass {@code static-wide} or {@code static-narrow}
     */
    Plot(int width, int height, double x0, double x1, double lo, double hi, String cssClass, String label) {
        this.width = width;
        this.height = height;
        this.x0 = x0;
        this.x1 = x1;
        double[] yt = LineChart.ticks(lo, hi);
        this.y0 = Math.min(lo, yt[0]);
        this.y1 = Math.max(hi, yt[yt.length - 1]);
        this.clip = Rendered.FIGURE_ID + "-clip-" + cssClass;
        svg.append("<svg class=\"chart ").append(cssClass).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\" aria-label=\"").append(Html.escape(label)).append("\">");
        int yd = decimals(yt);
        for (double t : yt) {
            svg.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>", LEFT, right(), y(t), y(t), LEFT - 6,
                    y(t) + 4, Numbers.fixed(t, yd)));
        }
        svg.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>", LEFT,
                right(), height - BOTTOM, height - BOTTOM));
        double[] xt = LineChart.ticks(x0, x1);
        int xd = decimals(xt);
        for (double t : xt) {
            if (t >= x0 - 1e-9 && t <= x1 + 1e-9) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>", x(t),
                        height - 6, Numbers.fixed(t, xd)));
            }
        }
        svg.append(String.format(Locale.ROOT, "<clipPath id=\"%s\"><rect x=\"%d\" y=\"0\" width=\"%d\" height=\"%d\"/>"
                + "</clipPath>", clip, LEFT, right() - LEFT, height - BOTTOM));
    }

    int right() {
        return width - 12;
    }

    double x(double v) {
        return LEFT + (v - x0) / (x1 - x0) * (right() - LEFT);
    }

    double y(double v) {
        return height - BOTTOM - (v - y0) / (y1 - y0) * (height - BOTTOM - TOP);
    }

    /** A path through (xs[i], ys[i]), clipped to the plot. */
    Plot line(String cssClass, double[] xs, double[] ys) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            d.append(i == 0 ? 'M' : 'L').append(LineChart.num(x(xs[i]))).append(' ').append(LineChart.num(y(ys[i])));
        }
        return raw("<path class=\"" + cssClass + "\" clip-path=\"url(#" + clip + ")\" d=\"" + d + "\"/>");
    }

    /** A dot at (x, y). */
    Plot dot(String cssClass, double x, double y) {
        return raw(String.format(Locale.ROOT, "<circle class=\"%s\" r=\"4\" cx=\"%.1f\" cy=\"%.1f\"/>", cssClass, x(x), y(y)));
    }

    /** Any SVG markup. */
    Plot raw(String markup) {
        svg.append(markup);
        return this;
    }

    /** The finished SVG. */
    String svg() {
        return svg + "</svg>";
    }

    static int decimals(double[] ticks) {
        double step = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
        return Math.max(0, java.math.BigDecimal.valueOf(Math.round(step * 1e6)).movePointLeft(6).stripTrailingZeros().scale());
    }
}
