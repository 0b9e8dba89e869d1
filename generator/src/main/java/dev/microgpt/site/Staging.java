package dev.microgpt.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A fresh folder beside the output, written in full and swapped in only when the build has
 * succeeded, so a failed build leaves the last good site where it was.
 */
final class Staging {
    private Staging() {
    }

    /** A new empty folder beside {@code output}; stale ones from crashed builds are removed first. */
    static Path create(Path output) {
        try {
            Path parent = output.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            String prefix = output.getFileName() + ".staging-";
            try (Stream<Path> siblings = Files.list(parent)) {
                for (Path stale : siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                    delete(stale);
                }
            }
            return Files.createTempDirectory(parent, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a staging folder beside " + output, e);
        }
    }

    /** Puts {@code staging} where {@code output} is, removing the old output. */
    static void swap(Path staging, Path output) {
        try {
            Path old = null;
            if (Files.exists(output)) {
                old = output.resolveSibling(output.getFileName() + ".old-" + System.nanoTime());
                Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (old != null) {
                    Files.move(old, output, StandardCopyOption.ATOMIC_MOVE);   // put the last good site back
                }
                throw e;
            }
            if (old != null) {
                delete(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the new site into " + output, e);
        }
    }

    /** Deletes a folder and everything in it. */
    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
