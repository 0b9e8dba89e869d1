package dev.microgpt.content;

/** Something is wrong in a source file; the message starts with its {@code file:line}. */
public final class SourceException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient SourcePosition at;   // where the problem is

    public SourceException(SourcePosition at, String message) {
        super(at + ": " + message);
        this.at = at;
    }

    /** Where the problem is. */
    public SourcePosition at() {
        return at;
    }
}
