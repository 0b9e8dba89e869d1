package dev.microgpt.testing;

import dev.microgpt.content.RunData;
import dev.microgpt.math.Katex;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The fixture site in src/test/resources/fixture, and one KaTeX engine shared by every test. */
public final class Fixtures {
    private static Katex katex;

    private Fixtures() {
    }

    /** The fixture folder. */
    public static Path root() {
        try {
            return Path.of(Fixtures.class.getResource("/fixture").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fixture's run data. */
    public static RunData runData() {
        return RunData.read(root().resolve("rundata"));
    }

    /** KaTeX takes seconds to load, so the tests share one engine. */
    public static synchronized Katex katex() {
        if (katex == null) {
            katex = new Katex();
        }
        return katex;
    }
}
