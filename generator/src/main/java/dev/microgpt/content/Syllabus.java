package dev.microgpt.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The guide's structure as agreed in SYLLABUS.md, kept in {@code content/syllabus.txt}: one page
 * id per line (the rest of the line is its title, for people), {@code #} for comments. The build
 * fails if a listed page is missing from {@code content/}, or if a page exists that the syllabus
 * does not list, so the guide can neither lose a lesson nor grow one by accident.
 */
public final class Syllabus {
    /** The file, inside the content folder. */
    public static final String FILE = "syllabus.txt";

    private Syllabus() {
    }

    /** Checks the course against {@code content/syllabus.txt}, if there is one. */
    public static void check(Path contentDir, String label, Course course, Problems problems) {
        Path file = contentDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return;
        }
        Map<String, Integer> listed = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String source = label + "/" + FILE;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String id = line.split("\\s+", 2)[0];
            if (listed.put(id, i + 1) != null) {
                problems.add(SourcePosition.line(source, i + 1), "page '" + id + "' is listed twice");
            }
        }
        Set<String> present = new HashSet<>(course.ids());
        listed.forEach((id, line) -> {
            if (!present.contains(id)) {
                problems.add(SourcePosition.line(source, line), "the syllabus lists page '" + id
                        + "', but content/ has no such page (a lesson N.M is content/step-N/0M-slug.md)");
            }
        });
        for (Page page : course.pages()) {
            if (!listed.containsKey(page.id())) {
                problems.add(SourcePosition.line(page.source(), 1), "page '" + page.id() + "' is not in "
                        + source + "; add it there, in reading order");
            }
        }
    }
}
