package dev.microgpt.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
