package dev.microgpt.rundata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What determines every number of the run data, as one SHA-256: the names the ladder learns
 * from, the model module's main sources (the ladder, the exporter, the JSON writer), the
 * version of Jackson (the model's one library: it writes the bytes) and the Java runtime (its
 * {@code Math} may differ in the last bit). Never a timestamp: a
 * fresh clone of the same commit has the same key.
 */
public final class RunKey {
    private RunKey() {
    }

    /** The key of a run of this JVM on these names and sources. */
    public static String of(List<String> names, Path modelSources) {
        List<String> environment = new ArrayList<>();
        environment.add("java " + System.getProperty("java.vm.vendor") + " "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"));
        // The one library that writes the bytes. Not the classpath's jars: the model's tests and
        // the site build run the same export on different classpaths, and must share the key.
        environment.add("jackson-core " + com.fasterxml.jackson.core.json.PackageVersion.VERSION);
        environment.add("jackson-databind "
                + com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION);
        return of(names, modelSources, environment);
    }

    /** The key of names, the sources under a folder and a list of other facts, in this order. */
    static String of(List<String> names, Path modelSources, List<String> environment) {
        MessageDigest sha = sha256();
        update(sha, "names");
        for (String name : names) {
            update(sha, name);
        }
        for (Path file : filesUnder(modelSources)) {
            update(sha, "source " + modelSources.relativize(file).toString().replace('\\', '/'));
            try {
                update(sha, Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        for (String fact : environment) {
            update(sha, fact);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static List<Path> filesUnder(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UncheckedIOException(new IOException("no model sources in "
                    + dir.toAbsolutePath()));
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile)
                    .sorted((a, b) -> a.toString().replace('\\', '/')
                            .compareTo(b.toString().replace('\\', '/')))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** Each part with its length first, so that no two different lists hash alike. */
    private static void update(MessageDigest sha, String text) {
        update(sha, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void update(MessageDigest sha, byte[] bytes) {
        for (int shift = 24; shift >= 0; shift -= 8) {
            sha.update((byte) (bytes.length >>> shift));
        }
        sha.update(bytes);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
