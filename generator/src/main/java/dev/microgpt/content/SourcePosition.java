package dev.microgpt.content;

import java.util.Comparator;

/**
 * Where in a source file: the path as a maintainer would open it (relative to the repository
 * root), and a 1-based line and column (0: unknown).
 */
public record SourcePosition(String file, int line, int column) implements Comparable<SourcePosition> {
    private static final Comparator<SourcePosition> ORDER = Comparator.comparing(SourcePosition::file)
            .thenComparingInt(SourcePosition::line)
            .thenComparingInt(SourcePosition::column);

    public SourcePosition {
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, or 0 for unknown");
        }
    }

    /** A position known only to the line. */
    public static SourcePosition line(String file, int line) {
        return new SourcePosition(file, line, 0);
    }

    /** The same line, {@code columns} further right (for a formula that starts mid-line). */
    public SourcePosition plusColumns(int columns) {
        return new SourcePosition(file, line, column + columns);
    }

    @Override
    public int compareTo(SourcePosition other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        if (line == 0) {
            return file;
        }
        return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
    }
}
