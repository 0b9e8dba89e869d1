package dev.microgpt.rundata;

import dev.microgpt.dataset.NamesFile;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Times the whole export, {@link Export#writeAll}, a few times in one JVM: the first run is
 * what the site build pays (a cold JVM), the later ones show the steady state. Prints, per run,
 * each file's seconds, the wall time, the process's CPU time, the JIT's time, the garbage
 * collector's count and time, and the peak heap. Not a test (Surefire skips *Bench); the
 * command is in model/BENCHMARK.md.
 *
 * <p>Usage: {@code LadderBench [RUNS]}, default 3; the names file comes from
 * {@code -Dmicrogpt.names} as for {@link Export}.
 */
public final class LadderBench {
    private LadderBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        List<String> names = NamesFile.load();
        System.out.printf(Locale.ROOT, "java %s, %s, %d processors, max heap %d MB, GC %s%n",
                System.getProperty("java.version"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, collectors());
        for (int run = 1; run <= runs; run++) {
            Path out = Files.createTempDirectory("ladder-bench");
            resetPeaks();
            long gcCount = gcCount();
            long gcMillis = gcMillis();
            long jitMillis = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            long cpu = processCpuNanos();
            long start = System.nanoTime();
            List<Export.Timed> timings = Export.writeAll(names, out);
            double wall = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "run %d:", run));
            for (Export.Timed t : timings) {
                line.append(String.format(Locale.ROOT, " %s %.2f s ·", t.file(), t.seconds()));
            }
            line.append(String.format(Locale.ROOT,
                    " wall %.2f s · cpu %.2f s · jit %.2f s · gc %d in %.2f s · peak heap %d MB",
                    wall, cpuSeconds,
                    (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitMillis)
                            / 1e3,
                    gcCount() - gcCount, (gcMillis() - gcMillis) / 1e3, peakHeapBytes() >> 20));
            System.out.println(line);
            delete(out);
        }
    }

    private static String collectors() {
        StringBuilder names = new StringBuilder();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            names.append(names.length() == 0 ? "" : "/").append(gc.getName());
        }
        return names.toString();
    }

    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun
                ? sun.getProcessCpuTime() : 0;
    }

    private static long gcCount() {
        long count = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += gc.getCollectionCount();
        }
        return count;
    }

    private static long gcMillis() {
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            millis += gc.getCollectionTime();
        }
        return millis;
    }

    /** The sum of every heap pool's peak since the last reset. */
    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
