package dev.microgpt.widget;

/** A widget block is wrong; {@code line} is the block's line at fault (0: the fence line). */
public final class WidgetException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;   // 0-based line within the block body, −1 for the opening fence

    public WidgetException(int line, String message) {
        super(message);
        this.line = line;
    }

    /** The line within the block's body (0-based), or −1 for the fence line. */
    public int line() {
        return line;
    }
}
