package dev.microgpt.widget;

import dev.microgpt.page.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The static loss chart: horizontal gridlines, a bottom axis, the uniform-guess baseline, each
 * series drawn faint per step under a bold moving average, labels at the line ends. Colours come
 * from the stylesheet through classes ({@code rung-N}); nothing here is a colour.
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

    /** An SVG of the series at a width; {@code baseline} ≤ 0 draws none. */
    static String svg(List<Series> series, int window, double baseline, int width, int height, String cssClass,
            String summary) {
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

        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart ").append(cssClass).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\" aria-label=\"").append(Html.escape(summary)).append("\">");
        for (double tick : ticks) {
            double ty = y.at(tick);
            svg.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>",
                    LEFT, width - right, ty, ty));
            svg.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
                    LEFT - 6, ty + 4, Numbers.fixed(tick, decimals(ticks))));
        }
        svg.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>", LEFT,
                width - right, height - BOTTOM, height - BOTTOM));
        for (int step = 0; step <= steps; step += steps / 4) {
            double tx = x.at(Math.max(step, 1));
            svg.append(String.format(Locale.ROOT,
                    "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>", tx, height - 6,
                    Numbers.integer(step)));
        }
        if (baseline > 0) {
            double by = y.at(baseline);
            svg.append(String.format(Locale.ROOT,
                    "<line class=\"baseline\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>", LEFT, width - right, by, by));
            svg.append(String.format(Locale.ROOT,
                    "<text class=\"tick baseline-label\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">uniform guess</text>",
                    width - right - 4, by - 5));
        }
        List<double[]> ends = new ArrayList<>();
        String clip = Rendered.FIGURE_ID + "-clip-" + cssClass;   // unique per figure, valid HTML
        svg.append(String.format(Locale.ROOT, "<clipPath id=\"%s\"><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/></clipPath>",
                clip, LEFT, 0, width - right - LEFT, height - BOTTOM));
        for (Series s : series) {
            svg.append("<g class=\"series rung-").append(s.rung()).append("\" clip-path=\"url(#").append(clip)
                    .append(")\">");
            double[] line = window > 1 ? movingAverage(s.values(), window) : s.values();
            if (window > 1) {
                svg.append("<path class=\"raw\" d=\"").append(band(s.values(), x, y)).append("\"/>");
            }
            svg.append("<path class=\"line\" d=\"").append(path(line, x, y)).append("\"/>");
            ends.add(new double[] {line[line.length - 1]});
            svg.append("</g>");
        }
        if (right > 12) {
            double[] labelY = new double[series.size()];
            for (int i = 0; i < series.size(); i++) {
                labelY[i] = y.at(ends.get(i)[0]) + 4;
            }
            nudgeApart(labelY, 14);
            for (int i = 0; i < series.size(); i++) {
                svg.append(String.format(Locale.ROOT, "<text class=\"end-label\" x=\"%d\" y=\"%.1f\">%s</text>",
                        width - right + 6, labelY[i], Html.escape(series.get(i).label())));
            }
        }
        return svg.append("</svg>").toString();
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

    private static int decimals(double[] ticks) {
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
