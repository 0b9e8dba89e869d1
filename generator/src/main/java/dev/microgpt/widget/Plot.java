package dev.microgpt.widget;

import dev.microgpt.page.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * A static chart with numeric axes, drawn as the script's {@code MG.chart} draws it: horizontal
 * gridlines with y ticks, a bottom axis with x ticks, marks clipped to the plot. This class places
 * them; the macro {@code charts.plot} draws them. Colours come from classes; nothing here is a
 * colour. Used at the two viewBox widths of a static figure, 680 and 360.
 */
final class Plot {
    static final int LEFT = 44;
    static final int TOP = 10;
    static final int BOTTOM = 24;

    private final int width;
    private final int height;
    private final double x0;
    private final double x1;
    private final double y0;
    private final double y1;
    private final String cssClass;
    private final String label;
    private final List<LineChart.Tick> grid = new ArrayList<>();
    private final List<LineChart.Tick> ticks = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();

    /**
     * The chart the macro draws; coordinates as printed.
     *
     * @param cssClass {@code static-wide} or {@code static-narrow}
     * @param width the viewBox width
     * @param height the viewBox height
     * @param label the text alternative ("" where the template writes it, as the macro's nested content)
     * @param left the plot's left edge
     * @param right the plot's right edge
     * @param grid the y ticks, each with its gridline
     * @param axisY the bottom axis
     * @param ticks the x ticks under it
     * @param clip the plot area the lines are clipped to
     * @param marks the lines, dots and point clouds, in drawing order
     */
    public record Figure(String cssClass, int width, int height, String label, int left, int right,
            List<LineChart.Tick> grid, int axisY, List<LineChart.Tick> ticks, LineChart.Clip clip, List<Mark> marks) {
    }

    /**
     * One mark.
     *
     * @param cssClass its class
     * @param circle whether it is a dot at (x, y); else a path {@code d}
     * @param clipped whether the path is clipped to the plot
     * @param d the path's data ("" for a dot)
     * @param x the dot's centre ("" for a path)
     * @param y the dot's centre ("" for a path)
     */
    public record Mark(String cssClass, boolean circle, boolean clipped, String d, String x, String y) {
    }

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
        this.cssClass = cssClass;
        this.label = label;
        int yd = LineChart.decimals(yt);
        for (double t : yt) {
            grid.add(new LineChart.Tick(Integer.toString(LEFT - 6), LineChart.f1(y(t)), LineChart.f1(y(t) + 4),
                    Numbers.fixed(t, yd)));
        }
        double[] xt = LineChart.ticks(x0, x1);
        int xd = LineChart.decimals(xt);
        for (double t : xt) {
            if (t >= x0 - 1e-9 && t <= x1 + 1e-9) {
                ticks.add(new LineChart.Tick(LineChart.f1(x(t)), "", Integer.toString(height - 6),
                        Numbers.fixed(t, xd)));
            }
        }
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
        marks.add(new Mark(cssClass, false, true, d.toString(), "", ""));
        return this;
    }

    /** A dot at (x, y). */
    Plot dot(String cssClass, double x, double y) {
        marks.add(new Mark(cssClass, true, false, "", LineChart.f1(x(x)), LineChart.f1(y(y))));
        return this;
    }

    /** A path of pixel coordinates as given (a cloud of points), not clipped. */
    Plot path(String cssClass, String d) {
        marks.add(new Mark(cssClass, false, false, d, "", ""));
        return this;
    }

    /** The chart, for a template. */
    Figure figure() {
        return new Figure(cssClass, width, height, label, LEFT, right(), List.copyOf(grid), height - BOTTOM,
                List.copyOf(ticks), new LineChart.Clip(Rendered.FIGURE_ID + "-clip-" + cssClass, LEFT, right() - LEFT,
                height - BOTTOM), List.copyOf(marks));
    }

    /** The finished SVG. */
    String svg() {
        return Figures.render("plot", figure());
    }
}
