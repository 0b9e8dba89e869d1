package dev.microgpt.rundata;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.microgpt.ladder.Check;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every weight of a rung after a number of training steps, rounded for display.
 *
 * @param step training steps done (0: the initial weights)
 * @param weights matrix name → weights[row][col], rounded to {@link Rounding#WEIGHT_DIGITS}
 *     decimals
 * @param samples names the model made up at that moment, drawn (at the rung's temperature)
 *     with a fresh generator seeded 42, so that they leave the reference's stream untouched
 */
@JsonPropertyOrder({"step", "weights", "samples"})
public record WeightSnapshot(int step, Map<String, double[][]> weights, List<String> samples) {
    public WeightSnapshot {
        weights = finite("weights", weights);
        samples = List.copyOf(samples);
    }

    /** A snapshot of full-precision weights, rounded, with the names they make up. */
    static WeightSnapshot rounded(int step, Map<String, double[][]> weights, List<String> samples) {
        Map<String, double[][]> rounded = new LinkedHashMap<>();
        weights.forEach((name, m) -> rounded.put(name, Rounding.round(m, Rounding.WEIGHT_DIGITS)));
        return new WeightSnapshot(step, rounded, samples);
    }

    /** Checks every weight of every matrix is finite; returns an unmodifiable copy. */
    static Map<String, double[][]> finite(String what, Map<String, double[][]> weights) {
        weights.forEach((name, m) -> Check.finite(what + "." + name, m));
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }
}
