package dev.microgpt.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The numbers the training run wrote, one JSON file per part ({@code dataset.json},
 * {@code step0.json} …), as one tree whose top-level keys are the file names without
 * {@code .json}. Lessons bind to paths in it; widgets take slices of it.
 */
public final class RunData {
    private static final JsonMapper MAPPER = new JsonMapper();
    private final ObjectNode root;   // file name → its JSON

    private RunData(ObjectNode root) {
        this.root = root;
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
        return new RunData(root);
    }

    /** Run data from a tree already in memory (tests). */
    public static RunData of(JsonNode root) {
        return new RunData((ObjectNode) root.deepCopy());
    }

    /** The whole tree. */
    public JsonNode root() {
        return root;
    }

    /** One file's tree, or a missing node. */
    public JsonNode get(String part) {
        return root.path(part);
    }
}
