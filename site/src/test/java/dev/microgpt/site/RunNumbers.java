package dev.microgpt.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.microgpt.page.Numbers;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The run data the site was built from, so tests compare what a page shows with what the run measured. */
final class RunNumbers {
    private static final JsonMapper JSON = new JsonMapper();

    private RunNumbers() {
    }

    /** One file of run data, e.g. {@code step0}. */
    static JsonNode read(String part) {
        try {
            return JSON.readTree(Browser.RUNDATA.resolve(part + ".json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ints of a JSON array. */
    static java.util.List<Integer> ints(JsonNode array) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        array.forEach(v -> out.add(v.asInt()));
        return out;
    }

    /** The strings of a JSON array. */
    static java.util.List<String> strings(JsonNode array) {
        java.util.List<String> out = new java.util.ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    /** The numbers of a JSON array as the pages print them, to 4 decimals. */
    static java.util.List<String> fixed4(JsonNode array) {
        java.util.List<String> out = new java.util.ArrayList<>();
        array.forEach(v -> out.add(Numbers.fixed(v.asDouble(), 4)));
        return out;
    }

    /** The run's example of a rung: a name read after {@code step} steps. */
    static JsonNode example(int rung, String name, int step) {
        for (JsonNode e : read("step" + rung).path("examples")) {
            if (e.path("name").asText().equals(name) && e.path("step").asInt() == step) {
                return e;
            }
        }
        throw new IllegalArgumentException("no example " + name + " after " + step + " steps in rung " + rung);
    }

    /** The last weight snapshot of a rung (after the last step). */
    static JsonNode finalSnapshot(int rung) {
        JsonNode snapshots = read("step" + rung).path("snapshots");
        return snapshots.get(snapshots.size() - 1);
    }

    /** The count table of Step 0 after {@code step} training steps. */
    static JsonNode counts(int step) {
        for (JsonNode snapshot : read("step0").path("snapshots")) {
            if (snapshot.path("step").asInt() == step) {
                return snapshot.path("counts");
            }
        }
        throw new IllegalArgumentException("no snapshot after " + step + " steps");
    }
}
