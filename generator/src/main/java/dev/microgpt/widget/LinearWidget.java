package dev.microgpt.widget;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code linear}: a small linear layer with editable weights and inputs. Each output is a dot
 * product, y[i] = Σ w[i][j]·x[j], written out term by term and recomputed as the reader types.
 * <pre>
 * w: 0.5, -1; 2, 0.25     rows separated by semicolons: one row of weights per output
 * x: 1, 2                 the inputs, as many as each row has weights
 * </pre>
 */
final class LinearWidget implements Widget {
    private static final int MAX = 6;   // rows or inputs: beyond this the sums stop fitting a phone

    @Override
    public String name() {
        return "linear";
    }

    @Override
    public Set<String> keys() {
        return Set.of("w", "x");
    }

    @Override
    public Rendered render(Args args, RunData run) {
        double[][] w = matrix(args, "w", args.text("w", "0.5, -1; 2, 0.25"));
        double[] x = matrix(args, "x", args.text("x", "1, 2"))[0];
        for (double[] row : w) {
            if (row.length != x.length) {
                throw args.error("w", "each row of w needs " + x.length + " weights, one per input; a row has "
                        + row.length);
            }
        }
        if (w.length > MAX || x.length > MAX) {
            throw args.error(w.length > MAX ? "w" : "x", "at most " + MAX + " rows and " + MAX + " inputs");
        }
        StringBuilder html = new StringBuilder("<div class=\"scroll\"><table class=\"linear\"><caption>y = W x: each "
                + "output is the dot product of its row of weights with the inputs</caption><thead><tr><td></td>");
        for (int j = 0; j < x.length; j++) {
            html.append("<th scope=\"col\">x<sub>").append(j).append("</sub></th>");
        }
        html.append("<th scope=\"col\">output</th></tr></thead><tbody><tr class=\"inputs\"><th scope=\"row\">inputs</th>");
        for (int j = 0; j < x.length; j++) {
            html.append("<td data-v=\"x").append(j).append("\">").append(number(x[j])).append("</td>");
        }
        html.append("<td></td></tr>");
        for (int i = 0; i < w.length; i++) {
            html.append("<tr><th scope=\"row\">weights of y<sub>").append(i).append("</sub></th>");
            for (int j = 0; j < x.length; j++) {
                html.append("<td data-v=\"w").append(i).append(j).append("\">").append(number(w[i][j])).append("</td>");
            }
            html.append("<td class=\"sum\">").append(sum(w[i], x, i)).append("</td></tr>");
        }
        html.append("</tbody></table></div>");
        ObjectNode data = Json.object();
        data.put("rows", w.length);
        return new Rendered(html.toString(), data);
    }

    /** y_i = w·x written out: "y₀ = 0.5 × 1 + (−1) × 2 = −1.5". */
    static String sum(double[] w, double[] x, int i) {
        StringBuilder out = new StringBuilder("y<sub>" + i + "</sub> = ");
        double y = 0;
        for (int j = 0; j < x.length; j++) {
            out.append(j > 0 ? " + " : "").append(term(w[j])).append(" × ").append(term(x[j]));
            y += w[j] * x[j];
        }
        return out.append(" = <b>").append(number(y)).append("</b>").toString();
    }

    private static String term(double v) {
        return v < 0 ? "(" + number(v) + ")" : number(v);
    }

    /** A typed number as the page prints it: at most four decimals, no trailing zeros, a true minus. */
    static String number(double v) {
        String plain = new BigDecimal(v).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return plain.equals("0") || plain.equals("-0") ? "0" : plain.replace('-', '−');
    }

    /** Numbers separated by commas, rows by semicolons. */
    static double[][] matrix(Args args, String key, String text) {
        List<double[]> rows = new ArrayList<>();
        for (String row : text.split(";")) {
            String[] parts = row.split(",");
            double[] values = new double[parts.length];
            for (int j = 0; j < parts.length; j++) {
                try {
                    values[j] = Double.parseDouble(parts[j].strip());
                } catch (NumberFormatException e) {
                    throw args.error(key, key + " must be numbers separated by commas"
                            + (key.equals("w") ? ", rows by semicolons" : "") + ", was \"" + text + "\"");
                }
                if (!Double.isFinite(values[j]) || Math.abs(values[j]) > 1e6) {
                    throw args.error(key, key + " holds a number out of range: " + parts[j].strip());
                }
            }
            rows.add(values);
        }
        if (key.equals("x") && rows.size() != 1) {
            throw args.error(key, "x is one list of inputs, without semicolons");
        }
        return rows.toArray(new double[0][]);
    }
}
