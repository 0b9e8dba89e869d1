package dev.microgpt.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The regions lessons quote: well formed in every source file (opened, closed, never nested,
 * each name once per file), present where the lessons expect them, and free of logging, timing
 * and export code: the site's recording of a run (the recorder) stays outside them.
 */
class RegionsTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/microgpt");
    private static final Pattern MARKER = Pattern.compile("^\\s*// (region (\\S+)|endregion)\\s*$");

    /** The regions each class must have, as the lessons name them. */
    static final Map<String, List<String>> EXPECTED = Map.of(
            "autograd/Value.java", List.of("value", "add-mul", "more-ops", "backward"),
            "ladder/Layers.java", List.of("linear", "softmax", "rmsnorm"),
            "ladder/Step0Counting.java", List.of("hyperparameters", "parameters", "bigram", "loss",
                    "update", "training", "sampling"),
            "ladder/Step1GradientDescent.java", List.of("hyperparameters", "parameters", "linear",
                    "softmax", "mlp", "forward", "numerical-gradient", "analytic-gradient",
                    "gradient-check", "training", "sampling"),
            "ladder/Step2Autograd.java", List.of("hyperparameters", "parameters", "mlp", "loss",
                    "training", "sampling"),
            "ladder/Step3Attention.java", List.of("hyperparameters", "parameters", "embeddings",
                    "qkv", "kv-cache", "attention", "residual", "mlp", "forward", "loss",
                    "training", "sampling"),
            "ladder/Step4Transformer.java", List.of("hyperparameters", "parameters", "heads",
                    "layer-loop", "attention", "mlp", "kv-cache", "loss", "training", "sampling"),
            "ladder/Step5Adam.java", List.of("hyperparameters", "adam-state", "adam", "training"));

    /** Region name → its lines, in file order; throws on a malformed file. */
    static Map<String, List<String>> regions(Path file) throws IOException {
        Map<String, List<String>> regions = new java.util.LinkedHashMap<>();
        String open = null;
        int lineNumber = 0;
        for (String line : Files.readAllLines(file)) {
            lineNumber++;
            Matcher marker = MARKER.matcher(line);
            if (!marker.matches()) {
                if (open != null) {
                    regions.get(open).add(line);
                }
                continue;
            }
            String where = file + ":" + lineNumber;
            if (marker.group(2) != null) {
                assertThat(open).as("%s: region %s opens inside %s", where, marker.group(2), open)
                        .isNull();
                assertThat(regions).as("%s: region %s twice", where, marker.group(2))
                        .doesNotContainKey(marker.group(2));
                open = marker.group(2);
                regions.put(open, new ArrayList<>());
            } else {
                assertThat(open).as("%s: endregion without region", where).isNotNull();
                open = null;
            }
        }
        assertThat(open).as("%s: region %s never closed", file, open).isNull();
        return regions;
    }

    @Test
    void everyRegionIsClosedAndNoneNests() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))
                    ::iterator) {
                regions(file);
            }
        }
    }

    @Test
    void everyClassHasTheRegionsItsLessonsQuote() throws IOException {
        for (Map.Entry<String, List<String>> expected : EXPECTED.entrySet()) {
            assertThat(regions(SOURCES.resolve(expected.getKey())).keySet()).as(expected.getKey())
                    .containsAll(expected.getValue());
        }
    }

    @Test
    void regionsHoldNoLoggingTimingOrExport() throws IOException {
        for (String file : EXPECTED.keySet()) {
            regions(SOURCES.resolve(file)).forEach((name, lines) -> {
                for (String line : lines) {
                    assertThat(line).as("%s, region %s", file, name)
                            .doesNotContain("System.out", "System.err", "nanoTime", "Json",
                                    "rundata", "ecorder");
                }
            });
        }
    }
}
