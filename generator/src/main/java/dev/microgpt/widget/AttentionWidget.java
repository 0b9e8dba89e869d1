package dev.microgpt.widget;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code attention}: the attention weights of a trained transformer rung reading a name, per head,
 * as triangles of cells (a row per query position, a column per key position). Hover, focus or
 * click a cell for its arithmetic: q·k, divided by √d, and the weight softmax makes of it. A typed
 * name runs through the model in the page.
 * <pre>
 * rung: 3
 * name: emma
 * </pre>
 */
final class AttentionWidget implements Widget {
    @Override
    public String name() {
        return "attention";
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
        ObjectNode data = data(model, name);
        int last = trace.size() - 1;           // the last letter looking at BOS, in the first head
        String html = Figures.render("attention-figure", new Figure(Triangles.of(vocab, trace, model.heads),
                Triangles.arithmetic(vocab, trace, model.heads, 0, last, 0)));
        return new Rendered(html, data, Map.of(model.key(), model.json()));
    }

    /**
     * The figure the build draws.
     *
     * @param triangles the weights of every head
     * @param arithmetic the arithmetic of one cell, printed under them
     */
    public record Figure(Triangles.Figure triangles, Triangles.Arithmetic arithmetic) {
    }

    /** What {@code MG.attn} needs: the model's key, the name, the colour bins of weights. */
    static ObjectNode data(Inference model, String name) {
        ObjectNode data = Json.object();
        data.put("model", model.key());
        data.put("name", name);
        data.set("probEdges", Json.rounded(Heat.ATTENTION_EDGES, 3));
        return data;
    }
}
