package dev.microgpt.rundata;

import dev.microgpt.dataset.NamesFile;
import dev.microgpt.dataset.NamesFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The command the site build runs first: trains every rung and writes the run data as JSON.
 *
 * <p>Usage: {@code Export OUTPUT_DIR [--timings FILE] [--sources MODEL_SOURCES]}. Writes
 * {@code dataset.json} and {@code stepN.json}, one per rung, and, if asked, how long each took
 * (for the site's build report). The rungs are independent, so they train at the same time, one
 * per core. With {@code --sources} (the model's {@code src/main}) it keys the run
 * ({@link RunKey}, {@link StoredRun}) and does not retrain when the folder already holds the run
 * of that key: the files would be the same bytes.
 */
public final class Export {
    /** The files of the run data, in the order they are listed. */
    public static final List<String> FILES = List.of("dataset.json", "step0.json", "step1.json",
            "step2.json", "step3.json", "step4.json", "step5.json");
    private static final Set<String> OPTIONS = Set.of("--timings", "--sources", "--reuse");

    private Export() {
    }

    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        if (args.length % 2 != 1 || !OPTIONS.containsAll(options.keySet())) {
            System.err.println(
                    "usage: Export OUTPUT_DIR [--timings FILE] [--sources MODEL_SOURCES] [--reuse RUN_DATA_DIR]");
            System.exit(2);
        }
        Path outDir = Path.of(args[0]).toAbsolutePath().normalize();
        // the generator holds the same lock while it reads this run data: it never sees half of it
        try (BuildLock lock = BuildLock.acquire(outDir.getParent(), "model")) {
            export(outDir, options);
        } catch (NamesFileException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        } catch (Throwable e) {        // a full disk, a bug: one line, never a stack trace
            System.err.println("model: export failed: " + FailureLine.of(e));
            System.exit(1);
        }
    }

    private static void export(Path outDir, Map<String, String> options)
            throws InterruptedException, IOException {
        long started = System.nanoTime();
        List<String> names = NamesFile.load();
        String key = options.containsKey("--sources")
                ? RunKey.of(names, Path.of(options.get("--sources"))) : null;
        StringBuilder file = new StringBuilder();
        if (key != null && StoredRun.upToDate(outDir, key, FILES)) {
            String shortKey = key.substring(0, 12);
            System.out.println(
                    "model: run data up to date (key " + shortKey + "), not retrained");
            file.append("reused ").append(shortKey).append('\n');   // the build report says so
        } else if (key != null && options.containsKey("--reuse")
                && StoredRun.upToDate(Path.of(options.get("--reuse")), key, FILES)) {
            // the same run, trained by the model's tests in this build: copy, don't retrain
            String shortKey = key.substring(0, 12);
            StoredRun.invalidate(outDir);
            Files.createDirectories(outDir);
            for (String name : FILES) {
                Files.copy(Path.of(options.get("--reuse")).resolve(name), outDir.resolve(name),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            StoredRun.commit(outDir, key, FILES);
            System.out.println("model: run data copied from "
                    + Path.of(options.get("--reuse")).normalize() + " (key " + shortKey
                    + ", trained by the model's tests), not retrained");
            file.append("reused ").append(shortKey).append('\n');
        } else {
            Files.createDirectories(outDir);
            List<Timed> timings = writeAll(names, outDir);
            StringBuilder line = new StringBuilder("model: trained and exported");
            for (Timed t : timings) {
                line.append(String.format(Locale.ROOT, " · %s %.2f s", t.file, t.seconds));
                file.append(String.format(Locale.ROOT, "%s %.2f%n", t.file, t.seconds));
            }
            if (key != null) {
                StoredRun.commit(outDir, key, FILES);              // last: the data is complete
            }
            System.out.println(line.append(String.format(Locale.ROOT, " · wall %.2f s",
                    (System.nanoTime() - started) / 1e9)));
        }
        file.append(String.format(Locale.ROOT, "wall %.2f%n",
                (System.nanoTime() - started) / 1e9));
        if (options.containsKey("--timings")) {                // for the site's build report
            Files.writeString(Path.of(options.get("--timings")), file);
        }
    }

    /** Trains every rung and writes its file; returns how long each took. */
    public static List<Timed> writeAll(List<String> names, Path outDir)
            throws InterruptedException {
        return writeAll(names, outDir, rung -> { });
    }

    /**
     * Trains every rung and writes its file, handing each of rungs 1–4 to {@code trained} as
     * it finishes (from the training threads); returns how long each file took. Rung 5 is
     * trained by a loop of the exporter's own, which watches one parameter, so its check trains
     * {@code Step5Adam.train()} itself.
     */
    public static List<Timed> writeAll(List<String> names, Path outDir,
            Consumer<TrainedRung> trained) throws InterruptedException {
        StoredRun.invalidate(outDir);                             // the files are about to change
        List<Job> jobs = jobs(names, trained);
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Timed>> futures = new ArrayList<>();
            for (int i = jobs.size() - 1; i >= 0; i--) {          // the longest rungs first
                Job job = jobs.get(i);
                futures.add(0, pool.submit(() -> job.runInto(outDir)));
            }
            List<Timed> timings = new ArrayList<>();
            for (Future<Timed> future : futures) {
                timings.add(future.get());                        // in file order
            }
            return timings;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Trains one file's rungs and writes that file alone, e.g. {@code step1.json}: a second,
     * independent training of part of the run, to show that another JVM writes the same bytes.
     */
    public static void writeOne(List<String> names, Path outDir, String file) throws Exception {
        for (Job job : jobs(names, rung -> { })) {
            if (job.file().equals(file)) {
                job.runInto(outDir);
                return;
            }
        }
        throw new IllegalArgumentException("no run data file " + file + "; the files are " + FILES);
    }

    private static List<Job> jobs(List<String> names, Consumer<TrainedRung> trained) {
        return List.of(
                new Job("dataset.json", () -> DatasetData.of(names)),
                new Job("step0.json", () -> Step0Export.run(names)),
                new Job("step1.json", () -> Step1Export.run(names, trained)),
                new Job("step2.json", () -> Step2Export.run(names, trained)),
                new Job("step3.json", () -> TransformerExport.step3(names, trained)),
                new Job("step4.json", () -> TransformerExport.step4(names, trained)),
                new Job("step5.json", () -> TransformerExport.step5(names)));
    }

    /** One file of run data and how to compute it. */
    private record Job(String file, Callable<Object> compute) {
        Timed runInto(Path outDir) throws Exception {
            long start = System.nanoTime();
            RunDataJson.write(outDir.resolve(file), compute.call());
            return new Timed(file, (System.nanoTime() - start) / 1e9);
        }
    }

    /** How long one file took to compute and write. */
    public record Timed(String file, double seconds) {
    }
}
