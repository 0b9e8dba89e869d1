package dev.microgpt.math;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The file in which {@link Katex} keeps rendered formulas between builds: a fingerprint (KaTeX's
 * version and our render options), then each formula's display mode, TeX and HTML.
 *
 * <p>A cache can only save time, never change a page: a file that is missing, unreadable, cut
 * short or made for another fingerprint reads as empty, and every formula is rendered afresh. It
 * is written to a temporary file first and moved into place, so a build stopped halfway, or two
 * at once, leave either the old file or a whole new one.
 */
final class MathCache {
    private static final String MAGIC = "microgpt math cache 1";

    private MathCache() {
    }

    /** The formulas in {@code file}, or none if it is not a whole cache made with {@code fingerprint}. */
    static Map<Katex.Key, String> read(Path file, String fingerprint) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (!text(in).equals(MAGIC) || !text(in).equals(fingerprint)) {
                return Map.of();
            }
            int count = in.readInt();
            Map<Katex.Key, String> formulas = new HashMap<>();
            for (int i = 0; i < count; i++) {
                boolean display = in.readBoolean();
                formulas.put(new Katex.Key(text(in), display), text(in));
            }
            return in.read() == -1 ? Map.copyOf(formulas) : Map.of();
        } catch (IOException | RuntimeException e) {
            return Map.of();                   // a damaged cache: render everything, as without one
        }
    }

    /** Replaces {@code file} with these formulas; a cache that cannot be written is left out. */
    static void write(Path file, String fingerprint, Map<Katex.Key, String> formulas) {
        Path temporary = null;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            temporary = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName() + ".", ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                    Files.newOutputStream(temporary)))) {
                text(out, MAGIC);
                text(out, fingerprint);
                out.writeInt(formulas.size());
                Map<String, Map.Entry<Katex.Key, String>> sorted = new TreeMap<>();   // the same bytes each time
                formulas.entrySet().forEach(e -> sorted.put(e.getKey().display() + e.getKey().tex(), e));
                for (Map.Entry<Katex.Key, String> formula : sorted.values()) {
                    out.writeBoolean(formula.getKey().display());
                    text(out, formula.getKey().tex());
                    text(out, formula.getValue());
                }
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Only time is lost: the next build renders these formulas again.
            try {
                if (temporary != null) {
                    Files.deleteIfExists(temporary);
                }
            } catch (IOException ignored) {
                // nothing more to undo
            }
        }
    }

    private static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 1 << 26) {
            throw new IOException("not a cache: a string of " + length + " bytes");
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new IOException("cut short");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }
}
