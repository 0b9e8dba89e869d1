package dev.microgpt.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects what is wrong in the sources so the build reports every problem at once, in position
 * order, and then fails. Stops collecting after {@value #CAP}: past that, more is noise.
 *
 * <p>Some problems are causes: a front matter that does not parse, a file that cannot be read.
 * What follows from one (a name it failed to define, "used" on five later pages; its title
 * "required" after it "has no value") would bury it among lines that are not mistakes of their
 * own, so when there are causes they are reported first, one per line of a file; the other
 * problems of their files and those recorded as {@link #addFollowing following} from a front
 * matter are only counted, in one closing line; the rest is listed after the causes.
 */
public final class Problems {
    static final int CAP = 50;
    private final List<SourceException> problems = new ArrayList<>();
    private final List<SourceException> causes = new ArrayList<>();
    private final List<SourceException> following = new ArrayList<>();   // news only if no front matter failed
    private int dropped;

    /** Records a problem that a broken front matter elsewhere may explain (a name it failed to define). */
    public synchronized void addFollowing(SourcePosition at, String message) {
        SourceException problem = new SourceException(at, message);
        following.add(problem);
        add(problem);
    }

    /** Records a problem others may follow from; only the first at a line of a file counts. */
    public synchronized void addCause(SourcePosition at, String message) {
        for (SourceException known : causes) {
            if (known.at().file().equals(at.file()) && known.at().line() == at.line()) {
                return;
            }
        }
        causes.add(new SourceException(at, message));
    }

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
        return problems.isEmpty() && causes.isEmpty();
    }

    /** The problems to report, in position order: causes first, then what does not follow from them. */
    public synchronized List<SourceException> sorted() {
        List<SourceException> listed = new ArrayList<>(causes);
        listed.sort(Comparator.comparing(SourceException::at));
        List<SourceException> rest = new ArrayList<>(problems);
        rest.removeIf(this::followsFromACause);
        rest.sort(Comparator.comparing(SourceException::at));
        listed.addAll(rest);
        return listed;
    }

    /** Fails the build with every problem, if there are any. */
    public synchronized void throwIfAny() {
        if (!isEmpty()) {
            int hidden = (int) problems.stream().filter(this::followsFromACause).count();
            throw new BuildFailedException(sorted(), dropped, hidden);
        }
    }

    private boolean followsFromACause(SourceException problem) {
        return !causes.isEmpty() && (following.contains(problem)
                || causes.stream().anyMatch(cause -> cause.at().file().equals(problem.at().file())));
    }
}
