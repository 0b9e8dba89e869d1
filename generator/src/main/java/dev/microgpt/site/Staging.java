package dev.microgpt.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a build writes and how its site is published, so that a failed or killed build never
 * damages the last good site. Every call is made holding the folder's
 * {@link dev.microgpt.rundata.BuildLock}.
 *
 * <p>A build writes into {@code www.staging-PID-…}, a fresh folder beside the output named for
 * its process. Once complete, the folder becomes {@code www.site-N} and the output
 * {@code www} is a symbolic link to it, replaced by renaming a new link over it: a rename is
 * atomic, so at every instant {@code www} is the old site or the new one, whole. The version it
 * replaced is then deleted. Where links cannot be made (Windows without the privilege) the
 * output is a folder, swapped by two renames.
 */
final class Staging {
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");

    private Staging() {
    }

    /**
     * A new empty folder beside {@code output}, named for this process. Staging folders of builds
     * whose process has ended (killed mid-write) are removed first; a live process's never are.
     */
    static Path create(Path output) {
        Path parent = parent(output);
        String name = output.getFileName().toString();
        try {
            Files.createDirectories(parent);
            Pattern staging = Pattern.compile(Pattern.quote(name) + "\\.staging-(\\d+)-.*");
            for (Path sibling : siblings(parent)) {
                Matcher owner = staging.matcher(sibling.getFileName().toString());
                if (owner.matches() && !alive(Long.parseLong(owner.group(1)))) {
                    delete(sibling);
                }
            }
            return Files.createTempDirectory(parent, name + ".staging-" + ProcessHandle.current().pid() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a staging folder beside " + output + ": " + e.getMessage(), e);
        }
    }

    /**
     * Publishes {@code staging} as {@code output}, if it holds every file in {@code expected}
     * (paths relative to the site root): files get mode 0644 and folders 0755, whatever the umask
     * and the staging folder's own 0700; then the swap, then the versions it replaced go.
     *
     * @throws IllegalStateException if a file is missing: the site is left as it was
     */
    static void publish(Path staging, Path target, List<String> expected) {
        Path output = target.toAbsolutePath().normalize();
        List<String> missing = expected.stream().filter(file -> !Files.isRegularFile(staging.resolve(file))).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the new site lost " + missing.size() + " of its files before it was "
                    + "published (" + missing.get(0) + " …): was " + staging + " deleted by another program?");
        }
        try {
            setModes(staging);
            Path parent = parent(output);
            String name = output.getFileName().toString();
            Path version = parent.resolve(name + ".site-" + (lastVersion(parent, name) + 1));
            Files.move(staging, version, StandardCopyOption.ATOMIC_MOVE);
            if (!swapLink(version, output)) {
                swapFolder(version, output);
            }
            removeOldVersions(parent, name, output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the new site into " + output + ": " + e.getMessage(), e);
        }
    }

    /** {@code output} becomes a link to {@code version}; false where the system makes no links. */
    private static boolean swapLink(Path version, Path output) throws IOException {
        Path link = output.resolveSibling(output.getFileName() + ".link-" + ProcessHandle.current().pid());
        Files.deleteIfExists(link);
        try {
            Files.createSymbolicLink(link, version.getFileName());   // relative: target/ may move
        } catch (UnsupportedOperationException | FileSystemException e) {
            return false;
        }
        if (Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            // a folder from a build before links (once): a rename cannot replace a folder by a link
            Files.move(output, output.resolveSibling(output.getFileName() + ".old-" + System.nanoTime()),
                    StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(link, output, StandardCopyOption.ATOMIC_MOVE);   // rename(2): replaces the old link at once
        return true;
    }

    /** Without links: the old folder aside, the new one in its place, the old one back if that fails. */
    private static void swapFolder(Path version, Path output) throws IOException {
        Path old = null;
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            old = output.resolveSibling(output.getFileName() + ".old-" + System.nanoTime());
            Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(version, output, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null) {
                Files.move(old, output, StandardCopyOption.ATOMIC_MOVE);   // put the last good site back
            }
            throw e;
        }
    }

    /** Deletes the published versions {@code output} no longer shows, and folders set aside by a swap. */
    private static void removeOldVersions(Path parent, String name, Path output) throws IOException {
        Optional<Path> current = Files.isSymbolicLink(output)
                ? Optional.of(parent.resolve(Files.readSymbolicLink(output)).normalize()) : Optional.empty();
        Pattern old = Pattern.compile(Pattern.quote(name) + "\\.(site-\\d+|old-\\d+)");
        for (Path sibling : siblings(parent)) {
            if (old.matcher(sibling.getFileName().toString()).matches()
                    && !current.map(sibling.normalize()::equals).orElse(false)) {
                delete(sibling);
            }
        }
    }

    /** The highest N of the {@code NAME.site-N} folders beside the output, 0 if none. */
    private static long lastVersion(Path parent, String name) throws IOException {
        Pattern version = Pattern.compile(Pattern.quote(name) + "\\.site-(\\d+)");
        long last = 0;
        for (Path sibling : siblings(parent)) {
            Matcher m = version.matcher(sibling.getFileName().toString());
            if (m.matches()) {
                last = Math.max(last, Long.parseLong(m.group(1)));
            }
        }
        return last;
    }

    private static void setModes(Path root) throws IOException {
        if (Files.getFileAttributeView(root, PosixFileAttributeView.class) == null) {
            return;                                            // not a POSIX file system: nothing to set
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                Files.setPosixFilePermissions(p, Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? FOLDER : FILE);
            }
        }
    }

    private static boolean alive(long pid) {
        return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static Path parent(Path output) {
        return output.toAbsolutePath().normalize().getParent();
    }

    private static List<Path> siblings(Path parent) throws IOException {
        try (Stream<Path> all = Files.list(parent)) {
            return new ArrayList<>(all.toList());
        }
    }

    /** Deletes a folder and everything in it (a link is deleted, not followed). */
    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
