package dev.microgpt.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Finds, downloads once and checks makemore's {@code names.txt}, the 32,033 names the ladder
 * learns from.
 *
 * <p>Where the file comes from, in order: the system property {@value #PROPERTY}, the
 * environment variable {@value #ENV}, or a copy in the user cache, downloaded from
 * {@link #SOURCE} the first time. Whatever the source, its SHA-256 must be {@link #SHA256}: the
 * site's numbers are true only of that exact file.
 */
public final class NamesFile {
    /** System property naming the file; relative paths resolve against {@value #ROOT_PROPERTY}. */
    public static final String PROPERTY = "microgpt.names";
    /**
     * System property the build sets to the repository root, so relative paths mean the same
     * in every module.
     */
    public static final String ROOT_PROPERTY = "microgpt.root";
    /** Environment variable naming the file, used when the property is absent. */
    public static final String ENV = "MICROGPT_NAMES";
    /** Where the file is downloaded from when neither names it. */
    public static final URI SOURCE =
            URI.create("https://raw.githubusercontent.com/karpathy/makemore/master/names.txt");
    /** SHA-256 of the one names.txt this project's numbers are true of. */
    public static final String SHA256 =
            "0a30b5557f192f32ab962680889aac5f6fda0f4cecf40a6d0b5694f58ea8cc4d";

    /** The size of that file, in bytes. */
    static final long SIZE = 228_145;
    /** Larger than this is not names.txt, and is not read: a wrong path may name gigabytes. */
    static final long MAX_BYTES = 4 * SIZE;

    private final Path cacheDir;      // where a downloaded copy is kept
    private final URI source;         // where a missing copy is downloaded from
    private final String sha256;      // the digest the file must have

    NamesFile(Path cacheDir, URI source, String sha256) {
        this.cacheDir = cacheDir;
        this.source = source;
        this.sha256 = sha256;
    }

    /** The names in file order, from the file the property, the environment or the cache names. */
    public static List<String> load() {
        String configured = System.getProperty(PROPERTY, "");
        if (configured.isBlank()) {
            configured = System.getenv().getOrDefault(ENV, "");
        }
        NamesFile names = new NamesFile(defaultCacheDir(System.getenv()), SOURCE, SHA256);
        return configured.isBlank()
                ? names.fromCache()
                : names.fromFile(resolve(configured.strip()));
    }

    private static Path resolve(String configured) {
        String root = System.getProperty(ROOT_PROPERTY, "");
        return root.isBlank() ? Path.of(configured) : Path.of(root).resolve(configured);
    }

    /** {@code $XDG_CACHE_HOME/microgpt-visualized}, or {@code ~/.cache/microgpt-visualized}. */
    static Path defaultCacheDir(Map<String, String> env) {
        String xdg = env.getOrDefault("XDG_CACHE_HOME", "");
        Path base = xdg.isBlank()
                ? Path.of(System.getProperty("user.home"), ".cache")
                : Path.of(xdg);
        return base.resolve("microgpt-visualized");
    }

    /** Reads and checks a file the user named. */
    List<String> fromFile(Path path) {
        Path absolute = path.toAbsolutePath();
        String setBy = " (set by -D" + PROPERTY + " or " + ENV + ")";
        if (Files.isDirectory(absolute)) {
            throw new NamesFileException("names file " + absolute + " is a folder, not a file" + setBy);
        }
        if (!Files.exists(absolute)) {
            throw new NamesFileException("names file not found: " + absolute + setBy);
        }
        if (!Files.isRegularFile(absolute)) {
            throw new NamesFileException("names file " + absolute
                    + " is not a plain file (a device or a pipe?)" + setBy);
        }
        byte[] bytes;
        try {
            long size = Files.size(absolute);       // before reading: a wrong file may be huge
            if (size > MAX_BYTES) {
                throw new NamesFileException("names file " + absolute + " is " + size
                        + " bytes; makemore's names.txt is " + SIZE + setBy);
            }
            bytes = Files.readAllBytes(absolute);
        } catch (IOException e) {
            throw new NamesFileException("cannot read names file " + absolute + ": "
                    + describe(e));
        }
        return parse(verified(bytes, absolute.toString()));
    }

    /**
     * Reads the cached copy, downloading it first if there is none, and again if the copy does
     * not check out (a download cut short before this check existed, a disk error, an edit).
     */
    List<String> fromCache() {
        Path cached = cacheDir.resolve("names.txt");
        if (Files.isRegularFile(cached)) {
            try {
                return fromFile(cached);
            } catch (NamesFileException e) {
                System.err.println("dataset: the cached copy is damaged (" + e.getMessage()
                        + "); downloading it again");
            }
        }
        download(cached);
        return fromFile(cached);
    }

    /** Downloads into a temporary file beside the target; moves it in once it checks out. */
    private void download(Path target) {
        byte[] bytes;
        try {
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(20))
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
            HttpRequest request =
                    HttpRequest.newBuilder(source).timeout(Duration.ofSeconds(60)).build();
            HttpResponse<byte[]> response =
                    client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new NamesFileException("download of " + source + " failed: HTTP "
                        + response.statusCode());
            }
            bytes = response.body();
        } catch (IOException e) {
            throw new NamesFileException("download of " + source + " failed: " + describe(e)
                    + "; download it yourself and pass -D" + PROPERTY + "=PATH");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NamesFileException("download of " + source + " was interrupted");
        }
        verified(bytes, source.toString());
        try {
            Files.createDirectories(target.getParent());
            Path part = Files.createTempFile(target.getParent(), "names", ".part");
            try {
                Files.write(part, bytes);
                moveInto(part, target);
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private static void moveInto(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Returns the bytes if their digest is the expected one. */
    private byte[] verified(byte[] bytes, String from) {
        if (bytes.length == 0) {
            throw new NamesFileException("names file is empty: " + from);
        }
        String actual = sha256(bytes);
        if (!actual.equals(sha256)) {
            throw new NamesFileException("names file " + from + " has SHA-256 " + actual
                    + ", expected " + sha256
                    + ": this is not makemore's names.txt");
        }
        return bytes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** As the reference reads it: strip the text, split at newlines, strip lines, drop blanks. */
    static List<String> parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        List<String> docs = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) {
                docs.add(line.strip());
            }
        }
        return docs;
    }
}
