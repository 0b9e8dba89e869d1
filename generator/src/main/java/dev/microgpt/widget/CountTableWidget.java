package dev.microgpt.widget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import dev.microgpt.page.Numbers;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code count-table}: Step 0's 27×27 table as a heatmap, rows the current token and columns the
 * next, with a picker over the steps the run kept. Selecting a row shows that token's next-token
 * probabilities as bars.
 * <pre>
 * step: 100          the snapshot shown first
 * steps: 0,10,100    the snapshots offered (default: all)
 * values: yes        print the counts in the cells
 * row: a             the row selected first (a character, or BOS)
 * </pre>
 */
final class CountTableWidget implements Widget {
    @Override
    public String name() {
        return "count-table";
    }

    @Override
    public Set<String> keys() {
        return Set.of("step", "steps", "values", "row");
    }

    @Override
    public Rendered render(Args args, RunData run) {
        Vocab vocab = Vocab.of(run);
        int step = args.integer("step", 1000);
        List<Integer> offered = Step0Tables.offered(run, args, step);
        int row = row(args, vocab);
        boolean values = args.flag("values", false);

        ObjectNode data = Json.object();
        data.put("uchars", vocab.uchars());
        data.put("bos", vocab.bos());
        data.put("step", step);
        data.put("row", row);
        data.put("values", values);
        ArrayNode snapshots = data.putArray("snapshots");
        for (int s : offered) {
            JsonNode snapshot = Step0Tables.snapshot(run, s, args, "steps");
            int[][] counts = Json.intMatrix(snapshot.path("counts"));
            ObjectNode out = snapshots.addObject();
            out.put("step", s);
            out.set("counts", snapshot.path("counts"));
            out.set("edges", Json.ints(Heat.countEdges(max(counts))));
        }

        int[][] counts = Json.intMatrix(Step0Tables.snapshot(run, step, args, "step").path("counts"));
        StringBuilder html = new StringBuilder();
        html.append("<p class=\"picked\">Count table after <strong>").append(Numbers.integer(step))
                .append("</strong> ").append(step == 1 ? "step" : "steps").append("</p>");
        html.append("<div class=\"hm-split\"><div>").append(table(counts, vocab, values, step))
                .append(legend(Heat.countEdges(max(counts)))).append("</div>");
        html.append(row >= 0 ? NextTokenBars.svg(vocab, probabilities(counts, row), vocab.label(row))
                : "<div class=\"bars-static\"></div>");
        html.append("</div>");
        return new Rendered(html.toString(), data);
    }

    private static int row(Args args, Vocab vocab) {
        String row = args.text("row", "");
        if (row.isEmpty()) {
            return -1;
        }
        if (row.equals("BOS")) {
            return vocab.bos();
        }
        if (row.length() != 1 || vocab.id(row.charAt(0)) < 0) {
            throw args.error("row", "row must be one character of " + vocab.uchars() + " or BOS, was \"" + row + "\"");
        }
        return vocab.id(row.charAt(0));
    }

    static double[] probabilities(int[][] counts, int row) {
        double[] probs = new double[counts.length];
        for (int j = 0; j < counts.length; j++) {
            probs[j] = Step0Tables.prob(counts, row, j);
        }
        return probs;
    }

    static int max(int[][] counts) {
        int max = 0;
        for (int[] row : counts) {
            for (int c : row) {
                max = Math.max(max, c);
            }
        }
        return max;
    }

    /** The heatmap as a table: it reads without scripts, on paper and to a screen reader. */
    static String table(int[][] counts, Vocab vocab, boolean values, int step) {
        int[] edges = Heat.countEdges(max(counts));
        StringBuilder html = new StringBuilder();
        html.append("<div class=\"hm-wrap\"><table class=\"hm").append(values ? " show-values" : "")
                .append("\"><caption class=\"sr-only\">Counts after ").append(Numbers.integer(step))
                .append(" steps: rows are the current token, columns the next token</caption><thead><tr>")
                .append("<th scope=\"col\"><span class=\"sr-only\">current token</span></th>");
        for (int j = 0; j < counts.length; j++) {
            html.append("<th scope=\"col\">").append(header(vocab, j)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (int i = 0; i < counts.length; i++) {
            html.append("<tr><th scope=\"row\">").append(header(vocab, i)).append("</th>");
            for (int j = 0; j < counts.length; j++) {
                html.append("<td class=\"q").append(Heat.bin(counts[i][j], edges)).append("\">")
                        .append(counts[i][j]).append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table></div>").toString();
    }

    /** The column or row label: the character, or a dot for BOS with its name on hover. */
    static String header(Vocab vocab, int id) {
        return id == vocab.bos() ? "<abbr title=\"BOS, id " + id + "\">•</abbr>" : vocab.label(id);
    }

    /** A stepped legend printing each bin's range. */
    static String legend(int[] edges) {
        StringBuilder html = new StringBuilder("<p class=\"hm-legend\"><span class=\"swatch q0\"></span> 0");
        for (int k = 0; k < edges.length; k++) {
            int from = edges[k];
            int to = k + 1 < edges.length ? edges[k + 1] - 1 : Integer.MAX_VALUE;
            if (to < from) {
                continue;                                    // an empty bin of a small table
            }
            String range = to == Integer.MAX_VALUE ? Numbers.integer(from) + "+"
                    : from == to ? Numbers.integer(from) : Numbers.integer(from) + "–" + Numbers.integer(to);
            html.append(String.format(Locale.ROOT, " <span class=\"swatch q%d\"></span> %s", k + 1, range));
        }
        return html.append("</p>").toString();
    }
}
