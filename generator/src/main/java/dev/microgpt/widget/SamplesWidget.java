package dev.microgpt.widget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import dev.microgpt.page.Numbers;
import java.util.ArrayList;
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
 * seed: 42             the seed's start (the run's seed when left out)
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
        int seed = args.integer("seed", run.dataset().seed());
        if (seed < 0) {
            throw args.error("seed", "seed must be 0 or more, was " + seed);
        }
        int count = args.integer("count", 10);
        if (count < 1 || count > 20) {
            throw args.error("count", "count must be between 1 and 20, was " + count);
        }

        List<Row> rows = new ArrayList<>();
        for (int rung : rungs) {
            rows.add(rung == 0
                    ? new Row(0, run.counting().title(), List.of(), first(run.counting().samples(), count))
                    : new Row(rung, run.rung(rung).title(), first(run.rung(rung).untrainedSamples(), count),
                            first(run.rung(rung).samples(), count)));
        }
        String html = Figures.render("samples", new Figure(Numbers.integer(run.dataset().steps()), rows));

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
        return new Rendered(html, data, shared);
    }

    /**
     * The table the build draws.
     *
     * @param steps how many steps each rung trained, as printed
     * @param rows one per rung listed
     */
    public record Figure(String steps, List<Row> rows) {
    }

    /** One rung's names, untrained (none for counting) and trained. */
    public record Row(int rung, String title, List<String> untrained, List<String> trained) {
    }

    /** Names as the figure lists them, at most {@code count}. */
    static String names(List<String> names, int count) {
        return Figures.render("names", first(names, count));
    }

    private static List<String> first(List<String> names, int count) {
        return names.subList(0, Math.min(count, names.size()));
    }
}
