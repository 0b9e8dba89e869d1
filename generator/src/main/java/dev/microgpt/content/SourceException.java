package dev.microgpt.content;

/**
 * Something is wrong in a source file; the message starts with its {@code file:line} and is one
 * line, whatever source text it quotes (line breaks in a quote become spaces), so that each
 * problem is exactly one {@code file:line: message} line in a terminal or a CI log.
 */
public final class SourceException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient SourcePosition at;   // where the problem is

    public SourceException(SourcePosition at, String message) {
        super(at + ": " + message.replaceAll("\\R", " "));
        this.at = at;
    }

    /** Where the problem is. */
    public SourcePosition at() {
        return at;
    }
}
