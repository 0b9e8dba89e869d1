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
        List<String> inputs = new ArrayList<>();
        for (double v : x) {
            inputs.add(number(v));
        }
        List<Row> rows = new ArrayList<>();
        for (double[] row : w) {
            List<String> weights = new ArrayList<>();
            List<Term> terms = new ArrayList<>();
            double y = 0;
            for (int j = 0; j < x.length; j++) {
                weights.add(number(row[j]));
                terms.add(new Term(term(row[j]), term(x[j])));
                y += row[j] * x[j];
            }
            rows.add(new Row(weights, terms, number(y)));
        }
        String html = Figures.render("linear", new Figure(inputs, rows));
        ObjectNode data = Json.object();
        data.put("rows", w.length);
        return new Rendered(html, data);
    }

    /**
     * The layer as the table prints it.
     *
     * @param inputs x, printed
     * @param rows one per output
     */
    public record Figure(List<String> inputs, List<Row> rows) {
    }

    /**
     * One output: its weights and its dot product written out, "y₀ = 0.5 × 1 + (−1) × 2 = −1.5".
     *
     * @param weights its row of w, printed
     * @param terms each product's two factors
     * @param y the sum, printed
     */
    public record Row(List<String> weights, List<Term> terms, String y) {
    }

    /**
     * One product of the sum, each factor printed in parentheses if negative.
     *
     * @param w the weight
     * @param x the input
     */
    public record Term(String w, String x) {
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
