package dev.microgpt.excerpt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The sources of one language that lessons may quote, indexed by the Java class name they
 * stand for, and the named regions inside them. A Java file is its class ({@code Step0Counting}
 * is {@code Step0Counting.java}); a Python file is that name in snake case
 * ({@code step0_counting.py}), so that a lesson names a region once and gets both twins.
 */
public final class SourceRegions {
    /** How a language marks its regions and names its files. */
    public enum Language {
        /** {@code // region NAME} … {@code // endregion} in {@code ClassName.java}. */
        JAVA("Java", ".java", "//"),
        /** {@code # region NAME} … {@code # endregion} in {@code class_name.py}. */
        PYTHON("Python", ".py", "#");

        private final String label;     // how readers and messages name it
        private final String extension; // of its files
        private final Pattern start;    // a region's first line
        private final Pattern end;      // its last

        Language(String label, String extension, String comment) {
            this.label = label;
            this.extension = extension;
            this.start = Pattern.compile("^\\s*" + Pattern.quote(comment) + " region ([A-Za-z0-9_-]+)\\s*$");
            this.end = Pattern.compile("^\\s*" + Pattern.quote(comment) + " endregion\\s*$");
        }

        /** The language's name: Java, Python. */
        public String label() {
            return label;
        }

        /** The file name (without extension) that holds a class's regions in this language. */
        String stem(String className) {
            return this == JAVA ? className : className.replaceAll("(?<=[a-z0-9])([A-Z])", "_$1").toLowerCase();
        }
    }

    private final Map<String, Path> classes = new TreeMap<>();   // file name without extension → file
    private final Path root;                                     // the source root, e.g. model/src/main/java
    private final String label;                                  // how messages name the root
    private final Language language;                             // what its files are written in

    /** Indexes every {@code .java} file under {@code root}. */
    public SourceRegions(Path root, String label) {
        this(root, label, Language.JAVA);
    }

    /** Indexes every file of {@code language} under {@code root}. */
    public SourceRegions(Path root, String label, Language language) {
        this.root = root;
        this.label = label;
        this.language = language;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(language.extension)).sorted().toList()) {
                String name = file.getFileName().toString();
                classes.put(name.substring(0, name.length() - language.extension.length()), file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sources in " + root.toAbsolutePath(), e);
        }
    }

    /**
     * One region of a source file.
     *
     * @param file the file as messages name it, from the repository's root
     * @param className the class it stands for (the Java class name, in both languages)
     * @param name the region's name
     * @param firstLine the 1-based line of the region's first code line in the file
     * @param lines the code lines, common indentation removed
     */
    public record Region(String file, String className, String name, int firstLine, List<String> lines) {
        public Region {
            lines = List.copyOf(lines);
        }

        /** The 1-based line of the region's last code line in the file. */
        public int lastLine() {
            return firstLine + lines.size() - 1;
        }

        /** The file's own name, e.g. {@code Step0Counting.java}. */
        public String fileName() {
            return file.substring(file.lastIndexOf('/') + 1);
        }
    }

    /** The region {@code name} of class {@code className}, or a reason why there is none. */
    public Optional<Region> find(String className, String name) {
        Path file = classes.get(language.stem(className));
        if (file == null) {
            return Optional.empty();
        }
        List<String> source = read(file);
        for (int i = 0; i < source.size(); i++) {
            Matcher start = language.start.matcher(source.get(i));
            if (start.matches() && start.group(1).equals(name)) {
                List<String> lines = new ArrayList<>();
                for (int j = i + 1; j < source.size(); j++) {
                    if (language.end.matcher(source.get(j)).matches()) {
                        return Optional.of(new Region(display(file), className, name, i + 2, dedent(lines)));
                    }
                    lines.add(source.get(j));
                }
                return Optional.empty();                          // never closed
            }
        }
        return Optional.empty();
    }

    /** Whether a class of that name is among the sources. */
    public boolean hasClass(String className) {
        return classes.containsKey(language.stem(className));
    }

    /** The language of these sources. */
    public Language language() {
        return language;
    }

    /** The names of the regions of a class, for "known regions" messages. */
    public List<String> regionNames(String className) {
        Path file = classes.get(language.stem(className));
        List<String> names = new ArrayList<>();
        if (file != null) {
            for (String line : read(file)) {
                Matcher start = language.start.matcher(line);
                if (start.matches()) {
                    names.add(start.group(1));
                }
            }
        }
        return names;
    }

    /** The file of a class as messages name it. */
    public String display(String className) {
        Path file = classes.get(language.stem(className));
        return file == null ? language.stem(className) + language.extension : display(file);
    }

    private String display(Path file) {
        return label + "/" + root.relativize(file).toString().replace('\\', '/');
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Removes the indentation all non-blank lines share, and blank lines at either end. */
    static List<String> dedent(List<String> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isBlank()) {
            to--;
        }
        int indent = Integer.MAX_VALUE;
        for (String line : lines.subList(from, to)) {
            if (!line.isBlank()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        List<String> out = new ArrayList<>();
        for (String line : lines.subList(from, to)) {
            out.add(line.isBlank() ? "" : line.substring(indent).stripTrailing());
        }
        return out;
    }
}
