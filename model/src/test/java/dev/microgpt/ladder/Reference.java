package dev.microgpt.ladder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference run of one rung, as {@code tools/reference/rungN.py} printed it with CPython
 * 3.11.7 (see {@code src/test/resources/reference/README.md}). Doubles were printed with
 * {@code repr}, which Java's {@link Double#parseDouble} reads back to the same bits.
 */
final class Reference {
    private final JsonNode root;      // the script's whole output

    private Reference(JsonNode root) {
        this.root = root;
    }

    static Reference rung(int rung) {
        String resource = "/reference/rung" + rung + ".json";
        try (InputStream in = Reference.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new Reference(JsonMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** losses[s]: the full-precision loss of training step s + 1. */
    double[] losses() {
        return doubles(root.get("losses"));
    }

    /** printed[s]: the loss of step s + 1 as the reference printed it, four decimals. */
    List<String> printed() {
        return strings(root.get("printed"));
    }

    List<String> samples() {
        return strings(root.get("samples"));
    }

    List<String> untrainedSamples() {
        return strings(root.get("untrained_samples"));
    }

    int numParams() {
        return root.get("num_params").asInt();
    }

    double initialSum() {
        return Double.parseDouble(root.get("initial_sum").asText());
    }

    double finalSum() {
        return Double.parseDouble(root.get("final_sum").asText());
    }

    JsonNode node(String field) {
        return root.get(field);
    }

    static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Double.parseDouble(array.get(i).asText());
        }
        return out;
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : array) {
            out.add(item.asText());
        }
        return out;
    }
}
