package dev.microgpt.rundata;

import dev.microgpt.dataset.NamesFile;
import dev.microgpt.dataset.NamesFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The command the site build runs first: trains every rung and writes the run data as JSON.
 *
 * <p>Usage: {@code Export OUTPUT_DIR}. Writes {@code dataset.json} and {@code stepN.json}, one per
 * rung. The rungs are independent, so they train at the same time, one per core.
 */
public final class Export {
    private Export() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 1) {
            System.err.println("usage: Export OUTPUT_DIR");
            System.exit(2);
        }
        try {
            long started = System.nanoTime();
            List<Timed> timings = writeAll(NamesFile.load(), Path.of(args[0]));
            StringBuilder line = new StringBuilder("model: trained and exported");
            for (Timed t : timings) {
                line.append(String.format(Locale.ROOT, " · %s %.2f s", t.file, t.seconds));
            }
            double wall = (System.nanoTime() - started) / 1e9;
            line.append(String.format(Locale.ROOT, " · wall %.2f s", wall));
            System.out.println(line);
        } catch (NamesFileException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Trains every rung and writes its file; returns how long each took. */
    public static List<Timed> writeAll(List<String> names, Path outDir)
            throws InterruptedException {
        List<Job> jobs = List.of(
                new Job("dataset.json", () -> DatasetData.of(names)),
                new Job("step0.json", () -> Step0Export.run(names)),
                new Job("step1.json", () -> Step1Export.run(names)),
                new Job("step2.json", () -> Step2Export.run(names)),
                new Job("step3.json", () -> TransformerExport.step3(names)),
                new Job("step4.json", () -> TransformerExport.step4(names)),
                new Job("step5.json", () -> TransformerExport.step5(names)));
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
