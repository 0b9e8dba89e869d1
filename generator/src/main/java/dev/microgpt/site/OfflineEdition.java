package dev.microgpt.site;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The offline edition: the finished site in one zip, to unpack anywhere and open from disk. Every
 * link in the site is relative, so it works from whatever folder it lands in. The zip is the same
 * bytes from build to build: entries sorted by path, one fixed timestamp, no extra fields.
 */
final class OfflineEdition {
    /** The folder every entry sits in, so unpacking never scatters files. */
    static final String FOLDER = "microgpt-visualized/";
    /** The timestamp of every entry (the project's {@code project.build.outputTimestamp}). */
    private static final LocalDateTime TIME = LocalDateTime.of(2026, 1, 1, 0, 0);
    private static final String README = """
            MicroGPT Visualized, offline edition

            Open microgpt-visualized/index.html in any web browser. Nothing is downloaded: every
            page, figure, formula and the search work from this folder, wherever you put it.
            print.html holds the whole guide on one page, ready to print or save as PDF.
            """;

    private OfflineEdition() {
    }

    /** Zips the site in {@code www} into {@code zip}, replacing it only once the new zip is complete. */
    static long write(Path www, Path zip) {
        Path temp = zip.resolveSibling(zip.getFileName() + ".part");
        try {
            Files.createDirectories(zip.toAbsolutePath().getParent());
            List<Path> files;
            try (Stream<Path> all = Files.walk(www, FileVisitOption.FOLLOW_LINKS)) {
                files = all.filter(Files::isRegularFile).sorted().toList();
            }
            try (OutputStream out = Files.newOutputStream(temp); ZipOutputStream zipped = new ZipOutputStream(out)) {
                add(zipped, "README.txt", README.getBytes(StandardCharsets.UTF_8));
                for (Path file : files) {
                    add(zipped, FOLDER + www.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            }
            Files.move(temp, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Files.size(zip);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the offline edition " + zip, e);
        }
    }

    private static void add(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(TIME);            // DOS time, no extended timestamp field: no time zone, no clock
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }
}
