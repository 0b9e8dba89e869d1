package dev.microgpt.content;

import java.util.Arrays;

/** Turns a 0-based offset into a file into a 1-based line and column, by binary search over line starts. */
public final class LineMap {
    private final String file;       // the file, for the positions it makes
    private final int[] lineStarts;  // offset of the first character of each line

    public LineMap(String file, CharSequence text) {
        this.file = file;
        int[] starts = new int[16];
        int count = 1;                // line 1 starts at offset 0
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** The position of a 0-based offset. */
    public SourcePosition at(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        int lineIndex = index >= 0 ? index : -index - 2;
        return new SourcePosition(file, lineIndex + 1, offset - lineStarts[lineIndex] + 1);
    }

    /** The file these positions belong to. */
    public String file() {
        return file;
    }
}
