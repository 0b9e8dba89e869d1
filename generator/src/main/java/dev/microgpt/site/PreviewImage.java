package dev.microgpt.site;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A page's sharing picture (Open Graph, 1200×630): the ladder's six rungs as dots with the page's
 * step marked, every rung's training loss from the run data with the page's own drawn in its
 * colour, and the page's place among its section's pages. Shapes only, no text: glyphs would be
 * rasterised by the machine's font stack and differ between machines, while filled and stroked
 * paths go through Java2D's own rasteriser and give the same pixels, and ImageIO's PNG writer
 * the same bytes (no time stamp), everywhere.
 *
 * @param rung the page's step, 0–5, or −1 for a page that belongs to no step
 * @param curves each rung's loss curve by rung number, smoothed; null for a rung the run lacks
 * @param position the page's index among its section's pages (0 for the overview), or −1
 * @param positions how many pages its section has, or 0
 */
record PreviewImage(int rung, List<double[]> curves, int position, int positions) {
    static final int WIDTH = 1200;
    static final int HEIGHT = 630;
    /** Points each drawn curve is averaged down to: the trend, not one name's noise. */
    static final int POINTS = 120;

    private static final int LEFT = 120;
    private static final int RIGHT = 1080;
    private static final int LADDER_Y = 112;
    private static final int CHART_TOP = 210;
    private static final int CHART_BOTTOM = 530;
    private static final int POSITION_Y = 585;

    PreviewImage {
        curves = new ArrayList<>(curves);   // nulls allowed: List.copyOf refuses them
    }

    /** A loss curve averaged into {@link #POINTS} buckets of consecutive steps. */
    static double[] smooth(double[] loss) {
        int n = Math.min(POINTS, loss.length);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            int from = (int) ((long) i * loss.length / n);
            int to = (int) ((long) (i + 1) * loss.length / n);
            double sum = 0;
            for (int s = from; s < to; s++) {
                sum += loss[s];
            }
            out[i] = sum / (to - from);
        }
        return out;
    }

    /** The picture as PNG bytes, drawn with the colours of {@code tokens} (the light theme). */
    byte[] png(StyleTokens tokens) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            draw(g, tokens);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer in this Java runtime");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void draw(Graphics2D g, StyleTokens tokens) {
        Color bg = color(tokens.light("bg"));
        Color grid = color(tokens.light("grid"));
        Color border = color(tokens.light("border"));
        Color accent = rung >= 0 ? color(tokens.light("rung-" + rung)) : color(tokens.light("accent"));
        g.setColor(bg);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(accent);
        g.fillRect(0, 0, WIDTH, 16);                                  // the step's colour along the top

        // the ladder: a line through six dots, the page's step large, the steps after it hollow
        g.setColor(border);
        g.setStroke(new BasicStroke(4f));
        g.draw(new java.awt.geom.Line2D.Double(LEFT, LADDER_Y, RIGHT, LADDER_Y));
        for (int r = 0; r <= 5; r++) {
            double x = LEFT + (RIGHT - LEFT) * r / 5.0;
            double radius = r == rung ? 34 : 18;
            Ellipse2D dot = new Ellipse2D.Double(x - radius, LADDER_Y - radius, 2 * radius, 2 * radius);
            Color colour = color(tokens.light("rung-" + r));
            if (rung < 0 || r <= rung) {
                g.setColor(colour);
                g.fill(dot);
            } else {
                g.setColor(bg);
                g.fill(dot);
                g.setColor(colour);
                g.setStroke(new BasicStroke(5f));
                g.draw(dot);
            }
        }

        // the chart: four grid lines, then the other rungs' curves, then the page's own on top
        g.setColor(grid);
        g.setStroke(new BasicStroke(2f));
        for (int i = 0; i <= 3; i++) {
            double y = CHART_TOP + (CHART_BOTTOM - CHART_TOP) * i / 3.0;
            g.draw(new java.awt.geom.Line2D.Double(LEFT, y, RIGHT, y));
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] curve : curves) {
            if (curve != null) {
                for (double v : curve) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        for (int r = 0; r < curves.size(); r++) {
            if (curves.get(r) != null && r != rung) {
                g.setColor(rung < 0 ? color(tokens.light("rung-" + r)) : border);
                g.setStroke(new BasicStroke(rung < 0 ? 5f : 4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(path(curves.get(r), min, max));
            }
        }
        if (rung >= 0 && rung < curves.size() && curves.get(rung) != null) {
            g.setColor(accent);
            g.setStroke(new BasicStroke(9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(path(curves.get(rung), min, max));
        }

        // the page's place in its section: one dot per page, this one filled
        if (positions > 1) {
            double step = Math.min(48, (RIGHT - LEFT) / (double) (positions - 1));
            double start = LEFT;
            for (int i = 0; i < positions; i++) {
                double x = start + step * i;
                Ellipse2D dot = new Ellipse2D.Double(x - 11, POSITION_Y - 11, 22, 22);
                if (i == position) {
                    g.setColor(accent);
                    g.fill(dot);
                } else {
                    g.setColor(border);
                    g.setStroke(new BasicStroke(4f));
                    g.draw(dot);
                }
            }
        }
    }

    private static Path2D path(double[] curve, double min, double max) {
        Path2D.Double path = new Path2D.Double();
        double span = max > min ? max - min : 1;
        for (int i = 0; i < curve.length; i++) {
            double x = LEFT + (RIGHT - LEFT) * (curve.length == 1 ? 0 : i / (double) (curve.length - 1));
            double y = CHART_TOP + (CHART_BOTTOM - CHART_TOP) * (max - curve[i]) / span;
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        return path;
    }

    private static Color color(String hex) {
        String h = hex.substring(1);
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        return new Color(Integer.parseInt(h.substring(0, 6), 16));
    }
}
