package dev.microgpt.markdown;

import dev.microgpt.content.SourcePosition;

/**
 * Where Markdown nested too deeply for the parser: flexmark recurses once per level of emphasis,
 * block quote or list, and thousands of levels overflow the stack. Nothing a lesson needs comes
 * near that; the line to look at is the one with the longest run of one marker character.
 */
final class Nesting {
    static final String MESSAGE = "Markdown nested too deeply to parse (emphasis, quotes or lists thousands of "
            + "levels deep, e.g. a long run of * or >); write the characters as \\* or \\> if they are meant as text";

    private Nesting() {
    }

    /** The line of {@code markdown} with the longest run of {@code * _ > [ ( -} one after the other. */
    static SourcePosition deepest(String file, String markdown) {
        int line = 1;
        int bestLine = 1;
        int best = 0;
        int run = 0;
        char previous = 0;
        for (int i = 0; i < markdown.length(); i++) {
            char ch = markdown.charAt(i);
            if (ch == '\n') {
                line++;
                run = 0;
                previous = 0;
                continue;
            }
            boolean marker = "*_>[(-".indexOf(ch) >= 0;
            run = !marker ? 0 : ch == previous ? run + 1 : 1;
            previous = ch;
            if (run > best) {
                best = run;
                bestLine = line;
            }
        }
        return SourcePosition.line(file, bestLine);
    }
}
