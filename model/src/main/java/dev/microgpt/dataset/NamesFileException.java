package dev.microgpt.dataset;

/** The names file is missing, unreadable, empty, not the expected file, or not downloadable. */
public final class NamesFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NamesFileException(String message) {
        super(message);
    }
}
