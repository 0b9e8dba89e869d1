package dev.microgpt.widget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code samples}: the names each rung made up in the run, from its initial weights beside its
 * trained ones; live, the trained weights in the page draw new names with a temperature slider and
 * a seed, through the JavaScript port of CPython's generator, so a seed always gives the same names.
 * <pre>
 * rungs: 0,1,5         the rungs listed (default all)
 * live: 5              the rungs that can draw new names (default the last listed); their weights are embedded
 * temperature: 0.5     the slider's start (default each rung's own)
 * seed: 42             the seed's start
 * count: 10            names per list (default 10)
 * </pre>
 */
final class SamplesWidget implements Widget {
    @Override
    public String name() {
        return "samples";
    }

    @Override
    public Set<String> keys() {
        return Set.of("rungs", "live", "temperature", "seed", "count");
    }

    @Override
    public Rendered render(Args args, RunData run) {
        List<Integer> rungs = Rungs.list(args, "rungs", List.of(0, 1, 2, 3, 4, 5), run, 0, 5);
        List<Integer> live = Rungs.list(args, "live", List.of(rungs.get(rungs.size() - 1)), run, 0, 5);
        double temperature = Rungs.decimal(args, "temperature", 0, 0.05, 2);
        if (Math.abs(temperature * 20 - Math.rint(temperature * 20)) > 1e-9) {
            throw args.error("temperature", "temperature moves in steps of 0.05 on the slider, was " + temperature);
        }
        int seed = args.integer("seed", 42);
        if (seed < 0) {
            throw args.error("seed", "seed must be 0 or more, was " + seed);
        }
        int count = args.integer("count", 10);
        if (count < 1 || count > 20) {
            throw args.error("count", "count must be between 1 and 20, was " + count);
        }

        StringBuilder html = new StringBuilder("<div class=\"scroll\"><table class=\"samples\"><caption>Names made up "
                + "by each model</caption><thead><tr><th scope=\"col\">model</th><th scope=\"col\">untrained</th>"
                + "<th scope=\"col\">trained, 1,000 steps</th></tr></thead><tbody>");
        for (int rung : rungs) {
            JsonNode step = Rungs.data(run, rung);
            html.append("<tr class=\"rung-").append(rung).append("\"><th scope=\"row\"><span class=\"rung-dot\"></span>")
                    .append(rung).append(" ").append(Html.escape(Rungs.title(run, rung))).append("</th><td data-label=\"untrained\">")
                    .append(names(step.path("untrainedSamples"), count)).append("</td><td data-label=\"trained\">")
                    .append(names(step.path("samples"), count)).append("</td></tr>");
        }
        html.append("</tbody></table></div>");

        ObjectNode data = Json.object();
        Map<String, JsonNode> shared = new LinkedHashMap<>();
        var models = data.putArray("live");
        for (int rung : live) {
            Inference model = Inference.of(run, rung, args, "live");
            shared.put(model.key(), model.json());
            models.addObject().put("key", model.key()).put("title", rung + " " + Rungs.title(run, rung));
        }
        if (temperature > 0) {
            data.put("temperature", temperature);
        }
        data.put("seed", seed);
        data.put("count", count);
        return new Rendered(html.toString(), data, shared);
    }

    /** Names as a list; "—" where the run made none (counting has no untrained weights to sample). */
    static String names(JsonNode names, int count) {
        if (names.isMissingNode() || names.isEmpty()) {
            return "<span class=\"muted\">—</span>";
        }
        StringBuilder out = new StringBuilder("<ul class=\"names\">");
        for (int i = 0; i < Math.min(count, names.size()); i++) {
            String name = names.get(i).asText();
            out.append("<li>").append(name.isEmpty() ? "<span class=\"muted\">(empty)</span>" : Html.escape(name))
                    .append("</li>");
        }
        return out.append("</ul>").toString();
    }
}
