package dev.microgpt.widget;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import dev.microgpt.page.Numbers;
import java.util.ArrayList;
import java.util.List;
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
        int[][] counts = Step0Tables.snapshot(run, step, args, "step").counts();
        int largest = max(counts);
        for (int s : offered) {
            int[][] snapshot = Step0Tables.snapshot(run, s, args, "steps").counts();
            ObjectNode out = snapshots.addObject();
            out.put("step", s);
            out.set("counts", Step0Tables.json(snapshot));
            largest = Math.max(largest, max(snapshot));
        }
        // one scale for every snapshot, fitted to the largest count any of them holds: moving the
        // slider changes a cell's colour only when its count changes
        int[] edges = Heat.countEdges(largest);
        data.set("edges", Json.ints(edges));
        List<Token> tokens = new ArrayList<>();
        for (int j = 0; j < counts.length; j++) {
            tokens.add(vocab.token(j));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            List<Cell> cells = new ArrayList<>();
            for (int c : counts[i]) {
                cells.add(new Cell(Heat.bin(c, edges), c));
            }
            rows.add(new Row(tokens.get(i), cells));
        }
        NextTokenBars.Figure bars = row >= 0
                ? NextTokenBars.given(vocab, Step0Tables.model(run, counts).next(row).probs(), vocab.label(row)) : null;
        Figure figure = new Figure(Numbers.integer(step), step == 1, values, tokens, rows, legend(edges),
                Numbers.integer(largest), offered.size() > 1, bars);
        return new Rendered(Figures.render("count-table", figure), data);
    }

    /**
     * The table, its legend and the selected row's bars.
     *
     * @param step the steps counted, as printed
     * @param oneStep whether that is one step (the title's singular)
     * @param values whether the cells show their counts
     * @param tokens the column headers, in id order
     * @param rows one per current token
     * @param legend the bins above 0, each with the range of counts it holds
     * @param largest the largest count the scale is fitted to, printed
     * @param several whether several snapshots share the scale
     * @param bars the selected row's next-token probabilities; {@code null} if no row is selected
     */
    public record Figure(String step, boolean oneStep, boolean values, List<Token> tokens, List<Row> rows,
            List<LegendBin> legend, String largest, boolean several, NextTokenBars.Figure bars) {
    }

    /** One row of the table: the current token and a cell per next token. */
    public record Row(Token token, List<Cell> cells) {
    }

    /** One cell: its colour bin ({@code qN}) and its count. */
    public record Cell(int bin, int count) {
    }

    /** One step of the legend: the bin ({@code qN}) and the counts it holds, e.g. "5–9" or "100+". */
    public record LegendBin(int bin, String range) {
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


    static int max(int[][] counts) {
        int max = 0;
        for (int[] row : counts) {
            for (int c : row) {
                max = Math.max(max, c);
            }
        }
        return max;
    }


    /** The legend's bins above 0, each printing its range; the empty bins of a small table are left out. */
    static List<LegendBin> legend(int[] edges) {
        List<LegendBin> bins = new ArrayList<>();
        for (int k = 0; k < edges.length; k++) {
            int from = edges[k];
            int to = k + 1 < edges.length ? edges[k + 1] - 1 : Integer.MAX_VALUE;
            if (to < from) {
                continue;
            }
            bins.add(new LegendBin(k + 1, to == Integer.MAX_VALUE ? Numbers.integer(from) + "+"
                    : from == to ? Numbers.integer(from) : Numbers.integer(from) + "–" + Numbers.integer(to)));
        }
        return bins;
    }
}
