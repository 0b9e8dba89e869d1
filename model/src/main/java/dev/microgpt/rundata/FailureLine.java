package dev.microgpt.rundata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What went wrong, as one line for a terminal, for the failures no source file explains: a full
 * disk, a folder that cannot be read, a bug. The entry points (the export, the generator's
 * {@code Main}, the preview) print this instead of a stack trace, which would bury the one line a
 * maintainer needs under frames of ours.
 */
public final class FailureLine {
    private FailureLine() {
    }

    /** The failure and its causes in one line, each message once. */
    public static String of(Throwable failure) {
        Set<String> parts = new LinkedHashSet<>();
        for (Throwable t = failure; t != null && parts.size() < 4; t = t.getCause()) {
            String part = describe(t, String.join(": ", parts));
            if (part != null && parts.stream().noneMatch(known -> known.contains(part))) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? failure.getClass().getSimpleName() : String.join(": ", parts).replaceAll("\\R", " ");
    }

    private static String describe(Throwable t, String said) {
        if (t instanceof StackOverflowError) {
            return "input nested too deeply to process (the stack overflowed)";
        }
        if (t instanceof OutOfMemoryError) {
            return "out of memory (an input far larger than expected?)";
        }
        if (t instanceof NoSuchFileException e) {
            return "no such file: " + e.getFile();
        }
        if (t instanceof AccessDeniedException e) {
            return "permission denied: " + e.getFile();
        }
        if (t instanceof FileSystemException e) {   // its message names the file(s) and the system's reason
            boolean named = e.getFile() != null && said.contains(e.getFile());
            return named && e.getReason() != null ? e.getReason() : e.getMessage();
        }
        String message = t.getMessage();
        if (t.getCause() != null && t.getCause().toString().equals(message)) {
            return null;                            // a wrapper that only repeats its cause: let the cause speak
        }
        if (message == null || message.isBlank()) {
            return t.getCause() == null ? t.getClass().getSimpleName() : null;
        }
        if (t instanceof IOException || t instanceof UncheckedIOException || isOurs(t)) {
            return message;                         // ours say what failed; the system's say why
        }
        return t.getClass().getSimpleName() + ": " + message;   // a bug's kind is part of the story
    }

    private static boolean isOurs(Throwable t) {
        return t.getClass().getName().startsWith("dev.microgpt.");
    }
}
