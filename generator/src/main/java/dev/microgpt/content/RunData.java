package dev.microgpt.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.rundata.DatasetData;
import dev.microgpt.rundata.RunDataJson;
import dev.microgpt.rundata.RungData;
import dev.microgpt.rundata.Step0Data;
import dev.microgpt.rundata.Step1Data;
import dev.microgpt.rundata.Step2Data;
import dev.microgpt.rundata.Step3Data;
import dev.microgpt.rundata.Step4Data;
import dev.microgpt.rundata.Step5Data;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The numbers the training run wrote, one JSON file per part ({@code dataset.json},
 * {@code step0.json} …). Widgets read each part as the model's own record ({@link #dataset()},
 * {@link #rung(int)} …), so a field that is missing or malformed fails the build with the file
 * and the field's path instead of becoming a default. Lessons' bindings walk the same files as
 * one JSON tree ({@link #root()}), whose top-level keys are the file names without
 * {@code .json}.
 */
public final class RunData {
    private static final JsonMapper MAPPER = new JsonMapper();
    /** Each part's record type; a part's file name is its key plus {@code .json}. */
    private static final Map<String, Class<?>> TYPES = Map.of("dataset", DatasetData.class,
            "step0", Step0Data.class, "step1", Step1Data.class, "step2", Step2Data.class,
            "step3", Step3Data.class, "step4", Step4Data.class, "step5", Step5Data.class);
    private final ObjectNode root;                                  // file name → its JSON
    private final String origin;                                    // the folder, for messages
    private final Map<String, Object> records = new ConcurrentHashMap<>();  // parsed on first use

    private RunData(ObjectNode root, String origin) {
        this.root = root;
        this.origin = origin;
    }

    /** Reads every {@code *.json} in a folder. */
    public static RunData read(Path dir) {
        ObjectNode root = MAPPER.createObjectNode();
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> sorted = files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
            for (Path file : sorted) {
                String name = file.getFileName().toString();
                root.set(name.substring(0, name.length() - ".json".length()), MAPPER.readTree(file.toFile()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read run data in " + dir.toAbsolutePath(), e);
        }
        if (root.isEmpty()) {
            throw new UncheckedIOException(new IOException("no run data in " + dir.toAbsolutePath()
                    + ": run the model's Export first"));
        }
        return new RunData(root, dir.toString());
    }

    /** Run data from a tree already in memory (tests). */
    public static RunData of(JsonNode root) {
        return new RunData((ObjectNode) root.deepCopy(), "rundata");
    }

    /** The whole tree, for bindings. */
    public JsonNode root() {
        return root;
    }

    /** One file's tree, or a missing node, for bindings. */
    public JsonNode get(String part) {
        return root.path(part);
    }

    /** The dataset and the tokenizer's vocabulary. */
    public DatasetData dataset() {
        return part("dataset", DatasetData.class);
    }

    /** Step 0, counting. */
    public Step0Data counting() {
        return part("step0", Step0Data.class);
    }

    /** Whether the run trained this rung (0 … 5). */
    public boolean has(int rung) {
        return rung >= 0 && rung <= 5 && root.has("step" + rung);
    }

    /** A trained rung of Steps 1–5. */
    public RungData rung(int rung) {
        if (rung < 1 || rung > 5) {
            throw new IllegalArgumentException("rungs 1 to 5 have weights, not " + rung);
        }
        return (RungData) part("step" + rung, TYPES.get("step" + rung));
    }

    /** Step 1 and its gradient check, loss slice and activations. */
    public Step1Data step1() {
        return part("step1", Step1Data.class);
    }

    /** Step 2 and its graph. */
    public Step2Data step2() {
        return part("step2", Step2Data.class);
    }

    /** Step 5 and its Adam trace. */
    public Step5Data step5() {
        return part("step5", Step5Data.class);
    }

    /** One part as its record, parsed once; a missing or malformed field names its file and path. */
    private <T> T part(String name, Class<T> type) {
        Object record = records.computeIfAbsent(name, key -> parse(key, type));
        return type.cast(record);
    }

    private Object parse(String name, Class<?> type) {
        SourcePosition file = SourcePosition.line(origin + "/" + name + ".json", 0);
        JsonNode tree = root.get(name);
        if (tree == null) {
            throw new SourceException(file, "missing: the run data has no " + name + ".json; run the model's Export");
        }
        try {
            return RunDataJson.read(tree, type);
        } catch (JsonProcessingException e) {
            String at = e instanceof JsonMappingException mapping
                    ? mapping.getPathReference() : "";
            throw new SourceException(file, "malformed run data at " + shortPath(at) + ": "
                    + plain(e.getOriginalMessage()) + " (rebuild it with the model's Export)");
        } catch (IOException | RuntimeException e) {
            throw new SourceException(file, "malformed run data: " + e.getMessage());
        }
    }

    /** Jackson's sentence without its advice on features: "missing field 'min'" and the like. */
    private static String plain(String message) {
        String first = message.lines().findFirst().orElse(message);
        if (first.startsWith("Missing creator property")) {
            return "missing field " + first.replaceAll("^Missing creator property ('[^']*').*$", "$1");
        }
        if (first.startsWith("Null value for creator property")) {
            return "null field " + first.replaceAll("^Null value for creator property ('[^']*').*$", "$1");
        }
        return first.replaceAll(";? *`[^`]*` enabled.*$", "");
    }

    /** Jackson's reference chain ({@code dev.microgpt.rundata.Step3Data["training"]->…}) as a JSON path. */
    private static String shortPath(String reference) {
        return reference.replaceAll("[\\w.$]+\\[\"", "[\"").replace("->", "");
    }
}
