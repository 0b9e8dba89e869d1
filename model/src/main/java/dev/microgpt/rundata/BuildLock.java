package dev.microgpt.rundata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The lock of a build folder (the site module's {@code target/}): every step that writes there
 * holds it, the export while it trains or decides to reuse the run data, the generator while it
 * writes, swaps in and zips the site, the preview while it rebuilds. Two builds at once then take
 * turns instead of writing into each other's folders; the second says in one line that it waits.
 *
 * <p>It is an operating-system lock on the file {@value #FILE} in that folder, which the system
 * releases when the process ends however it ends, so a killed build never leaves a stale lock and
 * the file itself is never deleted. The system lock belongs to a process, not a thread, so within
 * one JVM a {@link ReentrantLock} per folder makes threads take turns too; it also lets a holder
 * take the lock again ({@code Main} holds it around {@code SiteBuilder.build}, which takes it).
 */
public final class BuildLock implements AutoCloseable {
    /** The lock file's name in the build folder. */
    public static final String FILE = "build.lock";
    private static final Map<Path, Held> FOLDERS = new ConcurrentHashMap<>();

    private final Held held;   // the folder's lock, taken once more by this instance

    private BuildLock(Held held) {
        this.held = held;
    }

    /**
     * Takes the lock of {@code folder} (created if missing), waiting for another build that holds
     * it; the wait is announced in one line on stderr, naming {@code who} waits.
     */
    public static BuildLock acquire(Path folder, String who) {
        Path absolute = folder.toAbsolutePath().normalize();
        Held held = FOLDERS.computeIfAbsent(absolute, Held::new);
        if (!held.threads.tryLock()) {
            waiting(who, absolute);
            held.threads.lock();
        }
        try {
            if (held.threads.getHoldCount() == 1) {
                held.lockFile(who);
            }
        } catch (RuntimeException e) {
            held.threads.unlock();
            throw e;
        }
        return new BuildLock(held);
    }

    @Override
    public void close() {
        try {
            if (held.threads.getHoldCount() == 1) {
                held.unlockFile();
            }
        } finally {
            held.threads.unlock();
        }
    }

    private static void waiting(String who, Path folder) {
        System.err.println(who + ": another build is writing " + folder + "; waiting for it to finish (lock "
                + folder.resolve(FILE) + ")");
    }

    /** One folder's lock: the threads' turn, and the system lock while some thread holds it. */
    private static final class Held {
        final Path folder;
        final ReentrantLock threads = new ReentrantLock();
        FileChannel channel;   // open while held, by the thread holding {@code threads}
        FileLock lock;

        Held(Path folder) {
            this.folder = folder;
        }

        void lockFile(String who) {
            Path file = folder.resolve(FILE);
            try {
                Files.createDirectories(folder);
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                lock = channel.tryLock();
                if (lock == null) {                               // another process builds here
                    waiting(who, folder);
                    lock = channel.lock();
                }
            } catch (IOException e) {
                unlockFile();
                String why = e instanceof FileAlreadyExistsException ? folder + " is a file, not a folder"
                        : e.getMessage();
                throw new UncheckedIOException("cannot lock " + file + ": " + why, e);
            }
        }

        void unlockFile() {
            try {
                if (channel != null) {
                    channel.close();                              // releases the lock with it
                }
            } catch (IOException e) {
                // the lock goes with the channel; nothing is left to undo
            } finally {
                channel = null;
                lock = null;
            }
        }
    }
}
