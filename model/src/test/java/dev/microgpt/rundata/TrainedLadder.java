package dev.microgpt.rundata;

import dev.microgpt.dataset.NamesFile;
import dev.microgpt.ladder.Rung;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one training of the ladder in the model's tests: the export, written to
 * {@code model/target/test-export/} with its key, and each rung it trained. {@code ExportTest}
 * checks the files, each rung's {@code ReferenceRunTest} the trained rung, and the site build
 * copies the files instead of training again ({@code Export --reuse}), since the key says they
 * are the same run. Step 5 is the exception: the export trains it with a loop of its own, so its
 * test trains {@code Step5Adam.train()} itself.
 */
public final class TrainedLadder {
    /** Where the export is kept (the tests run in the module's folder). */
    public static final Path KEPT = Path.of("target", "test-export");

    private static TrainedLadder ladder;

    private final Map<Class<?>, TrainedRung> rungs = new ConcurrentHashMap<>();
    private boolean forgotStaleKey;     // writeAll deleted the earlier key before writing

    private TrainedLadder() {
    }

    /** The ladder, trained and exported on the first call in this JVM. */
    public static synchronized TrainedLadder get() {
        if (ladder == null) {
            TrainedLadder trained = new TrainedLadder();
            try {
                clean(KEPT);
                StoredRun.commit(KEPT, "stale", List.of());            // a key from an earlier run
                List<String> names = NamesFile.load();
                Export.writeAll(names, KEPT, rung -> trained.rungs.putIfAbsent(rung.model().getClass(), rung));
                trained.forgotStaleKey = !Files.exists(KEPT.resolve(StoredRun.FILE));
                StoredRun.commit(KEPT, RunKey.of(names, Path.of("src", "main")), Export.FILES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            ladder = trained;
        }
        return ladder;
    }

    /** Whether the export deleted the key of the earlier run before it wrote the new files. */
    public boolean forgotStaleKey() {
        return forgotStaleKey;
    }

    /** The rung of this class as the export trained it (rungs 1–4). */
    public TrainedRung rung(Class<? extends Rung> type) {
        TrainedRung rung = rungs.get(type);
        if (rung == null) {
            throw new IllegalArgumentException("the export hands out no " + type.getSimpleName());
        }
        return rung;
    }

    private static void clean(Path dir) {
        try {
            if (Files.isDirectory(dir)) {
                try (var old = Files.list(dir)) {
                    for (Path file : old.toList()) {
                        Files.delete(file);
                    }
                }
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
