package dev.microgpt.site;

import dev.microgpt.content.BuildFailedException;
import dev.microgpt.content.SourceException;
import dev.microgpt.math.Katex;
import dev.microgpt.rundata.BuildLock;
import dev.microgpt.rundata.FailureLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The command the site build runs after the model's export:
 * {@code Main --content DIR --rundata DIR --sources DIR --out DIR [--zip FILE] [--report FILE]
 * [--train-timings FILE] [--site-url URL] [--math-cache FILE]}, or {@code Main --check DIR}, which runs before training the
 * checks that need no run data. {@code --site-url=URL} works too, and an empty URL is none (Maven passes
 * {@code -Dsite.url} that way, set or not). It builds the site, then the offline edition (a zip of it), then the
 * build report, and prints the report's one-line summary last. Problems in the sources are printed
 * as {@code file:line: message}, one per line, and exit with 1; so does anything else (a full disk,
 * an unreadable folder, a bug), as one line without a stack trace. The build and everything that
 * reads the site it published (zip, report) hold the output folder's {@link BuildLock}.
 */
public final class Main {
    private static final List<String> REQUIRED = List.of("--content", "--rundata", "--sources", "--out");
    private static final List<String> OPTIONAL = List.of("--zip", "--report", "--train-timings", "--site-url",
            "--math-cache");

    private Main() {
    }

    public static void main(String[] args) {
        boolean checkOnly = args.length == 2 && args[0].equals("--check");
        try {
            run(args);
        } catch (BuildFailedException | SourceException e) {
            System.err.println(e.getMessage());
            fail(checkOnly);
        } catch (Throwable e) {   // a full disk, an unreadable folder, a bug: one line, never a trace
            System.err.println("site: " + FailureLine.of(e));
            fail(checkOnly);
        }
    }

    private static void fail(boolean checkOnly) {
        if (!checkOnly) {
            System.err.println("site: build failed; the previous site is untouched");
        }
        System.exit(1);
    }

    private static void run(String[] args) {
        if (args.length == 2 && args[0].equals("--check")) {
            check(Path.of(args[1]));
            return;
        }
        Map<String, String> options = parse(args);
        Path out = Path.of(options.get("--out"));
        // the formulas of the last build, so that an edit renders only what changed
        try (Katex katex = new Katex(options.containsKey("--math-cache") ? Path.of(options.get("--math-cache")) : null)) {
            SiteBuilder builder;
            try {
                builder = new SiteBuilder(Path.of(options.get("--content")), Path.of(options.get("--rundata")),
                        Path.of(options.get("--sources")), out, katex).withSiteUrl(options.get("--site-url"));
            } catch (IllegalArgumentException e) {
                usage(e.getMessage());
                return;
            }
            // the zip and the report read the site just published: another build must not swap it meanwhile
            try (BuildLock lock = BuildLock.acquire(SiteBuilder.lockFolder(out), "site")) {
                build(builder, out, options);
            }
        }
    }

    private static void build(SiteBuilder builder, Path out, Map<String, String> options) {
        SiteBuilder.Report report = builder.build();
        try {
            afterBuild(report, out, options);
        } catch (RuntimeException | Error e) {
            System.err.println("site: " + FailureLine.of(e));
            System.err.println("site: the new site is in place, but its zip or report is not");
            System.exit(1);
        }
    }

    /** The offline edition and the build report, from the site just published. */
    private static void afterBuild(SiteBuilder.Report report, Path out, Map<String, String> options) {
        System.out.println(String.format(Locale.ROOT,
                "site: %d pages · load %.2f s · math %.2f s · pages %.2f s · write %.2f s → %s", report.pages(),
                report.loadSeconds(), report.mathSeconds(), report.renderSeconds(), report.writeSeconds(), out));
        long zip = options.containsKey("--zip") ? OfflineEdition.write(out, Path.of(options.get("--zip"))) : -1;
        List<BuildReport.Stage> stages = new ArrayList<>();
        if (options.containsKey("--train-timings")) {
            stages.add(train(Path.of(options.get("--train-timings"))));
        }
        stages.add(new BuildReport.Stage("load", report.loadSeconds(), "read content and run data"));
        stages.add(new BuildReport.Stage("render math", report.mathSeconds(), "KaTeX, each distinct formula once, unless the last build's cache holds it"));
        stages.add(new BuildReport.Stage("render pages", report.renderSeconds(),
                "Markdown, bindings, excerpts, widgets' static figures, link checks"));
        stages.add(new BuildReport.Stage("write", report.writeSeconds(),
                "layout, print edition, search index, assets, swap into place"));
        BuildReport weights = report.weights();                  // measured before it was published
        if (options.containsKey("--report")) {
            weights.write(Path.of(options.get("--report")), stages, zip);
        }
        System.out.println(weights.summary(stages, zip)
                + (options.containsKey("--report") ? " → " + options.get("--report") : ""));
    }

    /** {@code Main --check CONTENT_DIR}: what can be checked before the model trains, in a second. */
    private static void check(Path content) {
        long start = System.nanoTime();
        int pages = SiteBuilder.check(content);
        System.out.println(String.format(Locale.ROOT, "site: content checked, %d pages · %.2f s", pages,
                (System.nanoTime() - start) / 1e9));
    }

    /** The training stage as the model's export timed it (its wall clock; the rungs train in parallel). */
    private static BuildReport.Stage train(Path timings) {
        try {
            double wall = 0;
            StringBuilder note = new StringBuilder("the model's export, rungs in parallel:");
            for (String line : Files.readAllLines(timings)) {
                String[] parts = line.trim().split(" ");
                if (parts.length != 2) {
                    continue;
                }
                if (parts[0].equals("wall")) {
                    wall = Double.parseDouble(parts[1]);
                } else if (parts[0].equals("reused")) {       // the export found its key: no training
                    note = new StringBuilder("run data up to date (key " + parts[1] + "), not retrained,");
                } else {
                    note.append(' ').append(parts[0]).append(' ').append(parts[1]).append(" s,");
                }
            }
            note.setLength(note.length() - 1);
            return new BuildReport.Stage("train", wall, note.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the training timings " + timings, e);
        }
    }

    private static Map<String, String> parse(String[] args) {
        List<String> words = new ArrayList<>();
        for (String arg : args) {   // --key=value as two words
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                words.add(arg.substring(0, eq));
                words.add(arg.substring(eq + 1));
            } else {
                words.add(arg);
            }
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < words.size(); i += 2) {
            options.put(words.get(i), words.get(i + 1));
        }
        for (String key : options.keySet()) {
            if (!REQUIRED.contains(key) && !OPTIONAL.contains(key)) {
                usage("unknown option " + key);
            }
        }
        for (String required : REQUIRED) {
            if (!options.containsKey(required)) {
                usage("missing " + required);
            }
        }
        return options;
    }

    private static void usage(String problem) {
        System.err.println("usage: Main --content DIR --rundata DIR --sources DIR --out DIR [--zip FILE] "
                + "[--report FILE] [--train-timings FILE] [--site-url URL] [--math-cache FILE] (" + problem + ")");
        System.exit(2);
    }
}
