package dev.microgpt.site;

import dev.microgpt.content.BuildFailedException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The command the site build runs after the model's export:
 * {@code Main --content DIR --rundata DIR --sources DIR --out DIR}. Problems in the sources are
 * printed as {@code file:line: message}, one per line, and exit with 1; anything else is a bug
 * and prints its stack trace.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Map<String, String> options = parse(args);
        SiteBuilder builder = new SiteBuilder(Path.of(options.get("--content")), Path.of(options.get("--rundata")),
                Path.of(options.get("--sources")), Path.of(options.get("--out")));
        try {
            SiteBuilder.Report report = builder.build();
            System.out.println(String.format(Locale.ROOT,
                    "site: %d pages · load %.2f s · render %.2f s · write %.2f s → %s", report.pages(),
                    report.loadSeconds(), report.renderSeconds(), report.writeSeconds(), options.get("--out")));
        } catch (BuildFailedException e) {
            System.err.println(e.getMessage());
            System.err.println("site: build failed; the previous site is untouched");
            System.exit(1);
        } catch (dev.microgpt.content.SourceException e) {
            System.err.println(e.getMessage());
            System.err.println("site: build failed; the previous site is untouched");
            System.exit(1);
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        for (String required : new String[] {"--content", "--rundata", "--sources", "--out"}) {
            if (!options.containsKey(required)) {
                System.err.println("usage: Main --content DIR --rundata DIR --sources DIR --out DIR (missing "
                        + required + ")");
                System.exit(2);
            }
        }
        return options;
    }
}
