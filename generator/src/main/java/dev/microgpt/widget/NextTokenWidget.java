package dev.microgpt.widget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import dev.microgpt.page.Html;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code next-token}: probability bars for the token after a typed context, from the final model
 * of one or more rungs running in the page. Rungs 0–2 read only the last token; the transformer
 * rungs read the whole prefix, up to 16 tokens with the BOS that starts it.
 * <pre>
 * rung: 1          the model (default 1)
 * rungs: 0,1,5     several models side by side instead
 * context: em      the letters typed so far (default none: just BOS)
 * </pre>
 */
final class NextTokenWidget implements Widget {
    /** Letters a context may hold: with BOS, the transformer's 16 positions. */
    static final int MAX_LETTERS = 15;

    @Override
    public String name() {
        return "next-token";
    }

    @Override
    public Set<String> keys() {
        return Set.of("rung", "rungs", "context");
    }

    @Override
    public Rendered render(Args args, RunData run) {
        Vocab vocab = Vocab.of(run);
        if (args.has("rung") && args.has("rungs")) {
            throw args.error("rungs", "give rung or rungs, not both");
        }
        List<Integer> rungs = args.has("rungs") ? Rungs.list(args, "rungs", List.of(), run, 0, 5)
                : List.of(Rungs.one(args, "rung", 1, run, 0, 5));
        String context = args.text("context", "");
        for (char ch : context.toCharArray()) {
            if (vocab.id(ch) < 0) {
                throw args.error("context", "'" + ch + "' is not in the vocabulary " + vocab.uchars());
            }
        }
        if (context.length() > MAX_LETTERS) {
            throw args.error("context", "context holds at most " + MAX_LETTERS + " letters, was " + context.length());
        }
        int[] ids = new int[context.length() + 1];
        int[] encoded = vocab.encode(context);
        System.arraycopy(encoded, 0, ids, 0, ids.length);

        ObjectNode data = Json.object();
        data.put("uchars", vocab.uchars());
        data.put("context", context);
        var models = data.putArray("rungs");
        Map<String, JsonNode> shared = new LinkedHashMap<>();
        List<Html> charts = new ArrayList<>();
        for (int rung : rungs) {
            Inference model = Inference.of(run, rung, args, args.has("rungs") ? "rungs" : "rung");
            shared.put(model.key(), model.json());
            String title = Rungs.title(run, rung);
            models.addObject().put("key", model.key()).put("title", title);
            double[][] probs = model.probs(ids);
            charts.add(new Html(NextTokenBars.chart(vocab, probs[probs.length - 1],
                    title + ": " + given(vocab, ids, model.transformer()))));
        }
        return new Rendered(Figures.render("next-token", charts), data, shared);
    }

    /** What the model conditions on: "p(next | m)" or, for a transformer, "p(next | BOS e m)". */
    static String given(Vocab vocab, int[] ids, boolean transformer) {
        StringBuilder out = new StringBuilder("p(next | ");
        for (int i = transformer ? 0 : ids.length - 1; i < ids.length; i++) {
            out.append(i > (transformer ? 0 : ids.length - 1) ? " " : "").append(vocab.label(ids[i]));
        }
        return out.append(')').toString();
    }
}
