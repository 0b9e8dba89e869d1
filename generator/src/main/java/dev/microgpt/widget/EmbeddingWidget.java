package dev.microgpt.widget;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import dev.microgpt.page.Html;
import dev.microgpt.page.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code embedding}: what a transformer rung reads at each position of a name: the token's row of
 * {@code wte} plus the position's row of {@code wpe}, and that sum after RMSNorm, the vector the
 * layer starts from. Click a letter of the name (or step) to see its position. Computed by the
 * build from the trained weights; the script only shows one position at a time.
 * <pre>
 * rung: 3
 * name: emma
 * </pre>
 */
final class EmbeddingWidget implements Widget {
    @Override
    public String name() {
        return "embedding";
    }

    @Override
    public Set<String> keys() {
        return Set.of("rung", "name");
    }

    @Override
    public Rendered render(Args args, RunData run) {
        Vocab vocab = Vocab.of(run);
        Inference model = Inference.of(run, Rungs.one(args, "rung", 3, run, 3, 5), args, "rung");
        String name = Names.checked(args, "name", "emma", vocab);
        List<Inference.Position> trace = model.readName(vocab, name);
        double max = 0;
        double maxX = 0;
        for (Inference.Position p : trace) {
            max = Math.max(max, Heat.maxAbs(p.tokEmb, p.posEmb, sum(p)));
            maxX = Math.max(maxX, Heat.maxAbs(p.x));
        }
        double[] edges = Heat.signedEdges(max);             // the embeddings and their sum
        double[] edgesX = Heat.signedEdges(maxX);           // x, about ten times larger after RMSNorm
        ObjectNode data = Frames.data("Step through the name", "position", false);
        var say = data.putArray("readouts");
        List<Panel> panels = new ArrayList<>();
        for (int k = 0; k < trace.size(); k++) {
            Inference.Position p = trace.get(k);
            String token = vocab.label(p.token);
            say.add("Position " + k + ", " + token + ": the token’s row wte[" + token + "] plus the position’s row wpe["
                    + k + "] gives the sum; RMSNorm rescales it so its root mean square is 1: x, what attention reads.");
            double[] sum = sum(p);
            List<List<Cell>> rows = new ArrayList<>();
            for (int i = 0; i < p.x.length; i++) {
                double[] row = {p.tokEmb[i], p.posEmb[i], sum[i], p.x[i]};
                List<Cell> cells = new ArrayList<>();
                for (int c = 0; c < row.length; c++) {
                    cells.add(new Cell(Heat.signedClass(row[c], c < 3 ? edges : edgesX), Numbers.fixed(row[c], 4)));
                }
                rows.add(cells);
            }
            panels.add(new Panel(vocab.token(p.token), rows));
        }
        String html = Figures.render("embedding", new Figure(panels,
                new Html(Heat.signedLegend(edges)), new Html(Heat.signedLegend(edgesX))));
        return new Rendered(html, data);
    }

    /**
     * The figure the build draws.
     *
     * @param panels one per position, each with a button to show it
     * @param legend the colours of wte, wpe and their sum
     * @param legendX the colours of x
     */
    public record Figure(List<Panel> panels, Html legend, Html legendX) {
    }

    /**
     * One position.
     *
     * @param token the token read there
     * @param rows one per dimension: wte, wpe, their sum and x
     */
    public record Panel(Token token, List<List<Cell>> rows) {
    }

    /**
     * One number.
     *
     * @param colour its diverging class ({@code d-n4} … {@code d-p4})
     * @param value the number, four decimals
     */
    public record Cell(String colour, String value) {
    }

    private static double[] sum(Inference.Position p) {
        double[] sum = new double[p.tokEmb.length];
        for (int i = 0; i < sum.length; i++) {
            sum[i] = p.tokEmb[i] + p.posEmb[i];
        }
        return sum;
    }
}
