package dev.microgpt.rundata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.List;

/**
 * The key file beside the run data, {@value #FILE}: the {@link RunKey} the files were trained
 * with, then the SHA-256 of each file. It is deleted before training starts and written last,
 * atomically, so a killed export never leaves a key beside half-written data, and a file
 * changed or lost since does not match.
 */
public final class StoredRun {
    /** The key file's name in the run data folder. */
    public static final String FILE = "key.txt";

    private StoredRun() {
    }

    /** True if {@code dir} holds every file, unchanged since it was trained with {@code key}. */
    public static boolean upToDate(Path dir, String key, List<String> files) {
        try {
            return Files.readString(dir.resolve(FILE), StandardCharsets.UTF_8)
                    .equals(contents(dir, key, files));
        } catch (NoSuchFileException e) {
            return false;                                      // never trained, or lost a file
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the run data in " + dir, e);
        }
    }

    /** Forgets the key: the files are about to change. */
    public static void invalidate(Path dir) {
        try {
            Files.deleteIfExists(dir.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir.resolve(FILE), e);
        }
    }

    /** Records that the files now in {@code dir} are the run of {@code key}. */
    public static void commit(Path dir, String key, List<String> files) {
        Path target = dir.resolve(FILE);
        try {
            String text = contents(dir, key, files);
            Path part = Files.createTempFile(dir, "key", ".part");
            try {
                Files.writeString(part, text, StandardCharsets.UTF_8);
                try {
                    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private static String contents(Path dir, String key, List<String> files) throws IOException {
        StringBuilder text = new StringBuilder("key ").append(key).append('\n');
        for (String file : files) {
            byte[] bytes = Files.readAllBytes(dir.resolve(file));
            text.append(HexFormat.of().formatHex(RunKey.sha256().digest(bytes)))
                    .append("  ").append(file).append('\n');
        }
        return text.toString();
    }
}
