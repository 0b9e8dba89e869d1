package dev.microgpt.widget;

import dev.microgpt.page.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The static loss chart: horizontal gridlines, a bottom axis, the uniform-guess baseline, each
 * series drawn faint per step under a bold moving average, labels at the line ends. This class
 * places them; the macro {@code charts.lineChart} draws them. Colours come from the stylesheet
 * through classes ({@code rung-N}); nothing here is a colour.
 */
final class LineChart {
    private static final int TOP = 10;
    private static final int BOTTOM = 24;
    private static final int LEFT = 40;

    /**
     * One line.
     *
     * @param rung its rung, for the colour class
     * @param label the name printed at its end
     * @param values one value per step
     */
    record Series(int rung, String label, double[] values) {
    }

    private LineChart() {
    }

    /** The trailing moving average: the mean of the last {@code window} values up to each step. */
    static double[] movingAverage(double[] values, int window) {
        double[] out = new double[values.length];
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[i];
            if (i >= window) {
                sum -= values[i - window];
            }
            out[i] = sum / Math.min(i + 1, window);
        }
        return out;
    }

    /**
     * The chart the macro {@code charts.lineChart} draws; coordinates as printed.
     *
     * @param cssClass {@code static-wide} or {@code static-narrow}
     * @param width the viewBox width
     * @param height the viewBox height
     * @param left the plot's left edge
     * @param right the plot's right edge
     * @param grid the loss ticks, each with its gridline
     * @param axisY the bottom axis
     * @param steps the step ticks under it
     * @param baseline the uniform guess's dashed line; {@code null} for none
     * @param clip the plot area the series are clipped to
     * @param series one per line
     * @param labels the names at the line ends (none on a narrow chart)
     */
    public record Figure(String cssClass, int width, int height, int left, int right, List<Tick> grid, int axisY,
            List<Tick> steps, Tick baseline, Clip clip, List<Line> series, List<Tick> labels) {
    }

    /**
     * A label placed on a chart, and the line it marks.
     *
     * @param x where the text is anchored
     * @param y the line's height ("" where there is none)
     * @param textY the text's baseline
     * @param text the label
     */
    public record Tick(String x, String y, String textY, String text) {
    }

    /**
     * The rectangle the marks are clipped to, from the top of the chart.
     *
     * @param id the clipPath's id, unique per figure
     * @param x its left
     * @param width its width
     * @param height its height
     */
    public record Clip(String id, int x, int width, int height) {
    }

    /**
     * One series drawn.
     *
     * @param rung its rung, for the colour class
     * @param raw the faint per-step band ("" without a moving average)
     * @param line the bold line
     */
    public record Line(int rung, String raw, String line) {
    }

    /** The chart of the series at a width; {@code baseline} ≤ 0 draws none. */
    static Figure figure(List<Series> series, int window, double baseline, int width, int height, String cssClass) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int steps = 0;
        for (Series s : series) {
            for (double v : window > 1 ? movingAverage(s.values(), window) : s.values()) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            steps = Math.max(steps, s.values().length);
        }
        if (baseline > 0) {
            hi = Math.max(hi, baseline);
        }
        double[] ticks = ticks(lo, hi);
        lo = Math.min(lo, ticks[0]);
        hi = Math.max(hi, ticks[ticks.length - 1]);
        int right = width >= 500 ? 130 : 12;
        Scale x = new Scale(1, steps, LEFT, width - right);
        Scale y = new Scale(lo, hi, height - BOTTOM, TOP);

        List<Tick> grid = new ArrayList<>();
        for (double tick : ticks) {
            double ty = y.at(tick);
            grid.add(new Tick(Integer.toString(LEFT - 6), f1(ty), f1(ty + 4), Numbers.fixed(tick, decimals(ticks))));
        }
        List<Tick> stepTicks = new ArrayList<>();
        for (int step = 0; step <= steps; step += steps / 4) {
            stepTicks.add(new Tick(f1(x.at(Math.max(step, 1))), "", Integer.toString(height - 6),
                    Numbers.integer(step)));
        }
        Tick base = null;
        if (baseline > 0) {
            double by = y.at(baseline);
            base = new Tick(Integer.toString(width - right - 4), f1(by), f1(by - 5), "");
        }
        Clip clip = new Clip(Rendered.FIGURE_ID + "-clip-" + cssClass, LEFT, width - right - LEFT, height - BOTTOM);
        List<Line> lines = new ArrayList<>();
        double[] labelY = new double[series.size()];
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            double[] line = window > 1 ? movingAverage(s.values(), window) : s.values();
            lines.add(new Line(s.rung(), window > 1 ? band(s.values(), x, y) : "", path(line, x, y)));
            labelY[i] = y.at(line[line.length - 1]) + 4;
        }
        List<Tick> labels = new ArrayList<>();
        if (right > 12) {                                      // a narrow chart has no room for them
            nudgeApart(labelY, 14);
            for (int i = 0; i < series.size(); i++) {
                labels.add(new Tick(Integer.toString(width - right + 6), "", f1(labelY[i]), series.get(i).label()));
            }
        }
        return new Figure(cssClass, width, height, LEFT, width - right, grid, height - BOTTOM, stepTicks, base, clip,
                lines, labels);
    }

    /** A coordinate with one decimal, as the charts print most: 12.0, 3.5. */
    static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** Moves labels apart so no two are closer than {@code gap}, keeping their order. */
    static void nudgeApart(double[] ys, double gap) {
        Integer[] order = new Integer[ys.length];
        for (int i = 0; i < ys.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(ys[a], ys[b]));
        for (int k = 1; k < order.length; k++) {
            if (ys[order[k]] - ys[order[k - 1]] < gap) {
                ys[order[k]] = ys[order[k - 1]] + gap;
            }
        }
    }

    /**
     * A line through the values, one point every 2 px at most (a smooth series loses nothing),
     * written in relative steps to keep the page light.
     */
    static String path(double[] values, Scale x, Scale y) {
        StringBuilder d = new StringBuilder();
        double px = 0;
        double py = 0;
        for (int i = 0; i < values.length; i++) {
            double cx = Math.round(x.at(i + 1) * 10) / 10.0;
            double cy = Math.round(y.at(values[i]) * 10) / 10.0;
            if (i == 0) {
                d.append('M').append(num(cx)).append(' ').append(num(cy));
            } else if (cx - px >= 2 || i == values.length - 1) {
                d.append('l').append(num(cx - px)).append(' ').append(num(cy - py));
            } else {
                continue;
            }
            px = cx;
            py = cy;
        }
        return d.toString();
    }

    /**
     * A noisy series as it looks drawn at full resolution, but light: in each pixel column, one
     * vertical stroke from the lowest to the highest value that falls there.
     */
    static String band(double[] values, Scale x, Scale y) {
        StringBuilder d = new StringBuilder();
        int column = Integer.MIN_VALUE;
        double lo = 0;
        double hi = 0;
        double[] last = null;
        for (int i = 0; i <= values.length; i++) {
            int c = i < values.length ? (int) Math.floor(x.at(i + 1)) : Integer.MAX_VALUE;
            if (c != column && column != Integer.MIN_VALUE) {
                double top = Math.round(Math.min(lo, hi) * 10) / 10.0;
                double bottom = Math.round(Math.max(lo, hi) * 10) / 10.0;
                if (last == null) {
                    d.append('M').append(column).append(' ').append(num(top));
                } else {
                    d.append('m').append(num(column - last[0])).append(' ').append(num(top - last[1]));
                }
                d.append('v').append(num(Math.max(bottom - top, 0.5)));
                last = new double[] {column, top + Math.max(bottom - top, 0.5)};
            }
            if (i == values.length) {
                break;
            }
            double v = y.at(values[i]);
            if (c != column) {
                column = c;
                lo = v;
                hi = v;
            } else {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return d.toString();
    }

    /** A coordinate with at most one decimal and no trailing zeros: 12, 3.5, -0.4. */
    static String num(double v) {
        double r = Math.round(v * 10) / 10.0;
        if (r == Math.rint(r)) {
            return Long.toString((long) r);
        }
        return String.format(Locale.ROOT, "%.1f", r);
    }

    /** Four or five round tick values covering [lo, hi]. */
    static double[] ticks(double lo, double hi) {
        double span = Math.max(hi - lo, 1e-9);
        double raw = span / 4;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= raw) {
                step = m * magnitude;
                break;
            }
        }
        double start = Math.floor(lo / step) * step;
        double end = Math.ceil(hi / step) * step;
        int n = (int) Math.round((end - start) / step);
        double[] ticks = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            ticks[i] = start + i * step;
        }
        return ticks;
    }

    /** The decimals that print every tick exactly. */
    static int decimals(double[] ticks) {
        double step = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
        int scale = java.math.BigDecimal.valueOf(Math.round(step * 1e6)).movePointLeft(6).stripTrailingZeros().scale();
        return Math.max(0, scale);
    }

    /** A linear map from data to pixels. */
    private record Scale(double d0, double d1, double r0, double r1) {
        double at(double v) {
            return r0 + (v - d0) / (d1 - d0) * (r1 - r0);
        }
    }
}
