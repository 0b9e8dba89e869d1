package dev.microgpt.content;

import java.util.List;

/** The sources have problems; the message lists them, one {@code file:line: message} per line. */
public final class BuildFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<SourceException> problems;   // in position order

    BuildFailedException(List<SourceException> problems, int dropped, int following) {
        super(message(problems, dropped, following));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, in position order. */
    public List<SourceException> problems() {
        return problems;
    }

    private static String message(List<SourceException> problems, int dropped, int following) {
        StringBuilder text = new StringBuilder();
        for (SourceException problem : problems) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(problem.getMessage());
        }
        if (dropped > 0) {
            text.append("\n… and ").append(dropped).append(" more");
        }
        if (following > 0) {
            text.append("\n… and ").append(following).append(following == 1
                    ? " more problem, not listed: it may follow from the front matter above; fix that first"
                    : " more problems, not listed: they may follow from the front matter above; fix that first");
        }
        return text.toString();
    }
}
