package dev.microgpt.widget;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The weight snapshots a rung's run data kept, as widget keys pick them. */
final class WeightSnapshots {
    private WeightSnapshots() {
    }

    /** The steps kept. */
    static List<Integer> kept(JsonNode rung) {
        List<Integer> steps = new ArrayList<>();
        rung.path("snapshots").forEach(s -> steps.add(s.path("step").asInt()));
        return steps;
    }

    /** The snapshots of the {@code steps} key (default all), each checked. */
    static List<JsonNode> offered(Args args, JsonNode rung) {
        List<Integer> kept = kept(rung);
        List<JsonNode> out = new ArrayList<>();
        for (int step : args.integers("steps", kept)) {
            int i = kept.indexOf(step);
            if (i < 0) {
                throw args.error("steps", "the run kept weights after " + kept + " steps, not " + step);
            }
            out.add(rung.path("snapshots").get(i));
        }
        return out;
    }

    /** Where {@code step} is among the offered snapshots; fails on the {@code step} key if absent. */
    static int index(Args args, List<JsonNode> offered, int step) {
        for (int i = 0; i < offered.size(); i++) {
            if (offered.get(i).path("step").asInt() == step) {
                return i;
            }
        }
        List<Integer> steps = offered.stream().map(s -> s.path("step").asInt()).toList();
        throw args.error("step", "step " + step + " is not among the offered steps " + steps);
    }
}
