package dev.microgpt.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects what is wrong in the sources so the build reports every problem at once, in position
 * order, and then fails. Stops collecting after {@value #CAP}: past that, more is noise.
 */
public final class Problems {
    static final int CAP = 50;
    private final List<SourceException> problems = new ArrayList<>();
    private int dropped;

    /** Records a problem at a position. */
    public synchronized void add(SourcePosition at, String message) {
        add(new SourceException(at, message));
    }

    /** Records a problem already raised as an exception. */
    public synchronized void add(SourceException problem) {
        for (SourceException known : problems) {
            if (known.getMessage().equals(problem.getMessage())) {
                return;                                   // the same mistake seen twice is one problem
            }
        }
        if (problems.size() < CAP) {
            problems.add(problem);
        } else {
            dropped++;
        }
    }

    /** Whether nothing has been recorded. */
    public synchronized boolean isEmpty() {
        return problems.isEmpty();
    }

    /** The problems so far, in position order. */
    public synchronized List<SourceException> sorted() {
        List<SourceException> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing(SourceException::at));
        return sorted;
    }

    /** Fails the build with every problem, if there are any. */
    public synchronized void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new BuildFailedException(sorted(), dropped);
        }
    }
}
