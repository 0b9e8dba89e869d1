package dev.microgpt.rundata;

import dev.microgpt.dataset.NamesFile;
import dev.microgpt.dataset.NamesFileException;
import java.io.IOException;
import java.nio.file.Files;
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
 * <p>Usage: {@code Export OUTPUT_DIR [--timings FILE]}. Writes {@code dataset.json} and
 * {@code stepN.json}, one per rung, and, if asked, how long each took (for the site's build
 * report). The rungs are independent, so they train at the same time, one per core.
 */
public final class Export {
    private Export() {
    }

    public static void main(String[] args) throws InterruptedException, IOException {
        if (args.length != 1 && !(args.length == 3 && args[1].equals("--timings"))) {
            System.err.println("usage: Export OUTPUT_DIR [--timings FILE]");
            System.exit(2);
        }
        try {
            long started = System.nanoTime();
            List<Timed> timings = writeAll(NamesFile.load(), Path.of(args[0]));
            StringBuilder line = new StringBuilder("model: trained and exported");
            StringBuilder file = new StringBuilder();
            for (Timed t : timings) {
                line.append(String.format(Locale.ROOT, " · %s %.2f s", t.file, t.seconds));
                file.append(String.format(Locale.ROOT, "%s %.2f%n", t.file, t.seconds));
            }
            double wall = (System.nanoTime() - started) / 1e9;
            line.append(String.format(Locale.ROOT, " · wall %.2f s", wall));
            file.append(String.format(Locale.ROOT, "wall %.2f%n", wall));
            System.out.println(line);
            if (args.length == 3) {                               // for the site's build report
                Files.writeString(Path.of(args[2]), file);
            }
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
