package dev.microgpt.excerpt;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The two languages every listing shows: the Python reference, which readers of microgpt.py
 * know, and the Java that trained the site's models at build time.
 *
 * @param python the Python reference's sources ({@code tools/reference})
 * @param java the model's Java sources ({@code model/src/main/java})
 */
public record ExcerptSources(SourceRegions python, SourceRegions java) {
    /** Where the Python reference lives, from the repository's root. */
    public static final String PYTHON_LABEL = "tools/reference";

    /**
     * The Java under {@code javaRoot} and the Python beside it: {@code tools/reference} of the
     * repository whose {@code model/src/main/java} that is. A source tree laid out otherwise (a
     * test fixture) keeps its {@code .py} files among its {@code .java} files.
     */
    public static ExcerptSources beside(Path javaRoot, String javaLabel) {
        Path repository = javaRoot.toAbsolutePath().normalize().getParent();
        for (int up = 0; up < 3 && repository != null; up++) {
            repository = repository.getParent();                 // model/src/main/java → the root
        }
        Path reference = repository == null ? null : repository.resolve(PYTHON_LABEL);
        boolean laidOut = reference != null && Files.isDirectory(reference)
                && javaRoot.toAbsolutePath().normalize().endsWith(Path.of("model", "src", "main", "java"));
        SourceRegions python = laidOut
                ? new SourceRegions(reference, PYTHON_LABEL, SourceRegions.Language.PYTHON)
                : new SourceRegions(javaRoot, javaLabel, SourceRegions.Language.PYTHON);
        return new ExcerptSources(python, new SourceRegions(javaRoot, javaLabel));
    }
}
