package dev.microgpt.content;

import dev.microgpt.rundata.FailureLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads {@code content/} into a {@link Course}. The layout decides ids and output paths:
 * <pre>
 * index.md                 home           → index.html
 * step-N/index.md          step overview  → step/N/index.html   (id N)
 * step-N/MM-slug.md        lesson N.M     → step/N/M.html       (id N.M)
 * beyond/index.md          overview       → beyond/index.html   (id beyond)
 * beyond/MM-slug.md        page           → beyond/slug.html    (id slug)
 * NAME.md                  page           → NAME.html           (id NAME)
 * </pre>
 * Lessons are ordered by file name. Anything else in the folder is an error.
 */
public final class ContentLoader {
    private static final Pattern STEP_DIR = Pattern.compile("step-(\\d)");
    private static final Pattern LESSON_FILE = Pattern.compile("(\\d\\d)-([a-z0-9-]+)\\.md");
    private static final Pattern PAGE_FILE = Pattern.compile("([a-z0-9-]+)\\.md");
    private static final String BEYOND = "beyond";

    private final Path contentDir;   // the content folder
    private final String label;      // how messages name the folder, e.g. "content"
    private final Problems problems; // where mistakes go

    public ContentLoader(Path contentDir, String label, Problems problems) {
        this.contentDir = contentDir;
        this.label = label;
        this.problems = problems;
    }

    /** Reads every page; problems are collected, not thrown. */
    public Course load() {
        if (!Files.isDirectory(contentDir)) {
            throw new UncheckedIOException(new IOException("content folder not found: " + contentDir.toAbsolutePath()));
        }
        List<Page> pages = new ArrayList<>();
        Path home = contentDir.resolve("index.md");
        if (Files.isRegularFile(home)) {
            pages.add(read(home, "home", Page.Kind.HOME, "", 0, "index.html"));
        } else {
            problems.add(SourcePosition.line(label, 0), "index.md (the home page) is missing");
        }
        List<Path> children = list(contentDir);
        for (Path dir : children) {
            Matcher step = STEP_DIR.matcher(dir.getFileName().toString());
            if (Files.isDirectory(dir) && step.matches()) {
                readSection(dir, step.group(1), pages);
            }
        }
        Path beyond = contentDir.resolve(BEYOND);
        if (Files.isDirectory(beyond)) {
            readSection(beyond, BEYOND, pages);
        }
        for (Path file : children) {
            String name = file.getFileName().toString();
            if (Files.isDirectory(file)) {
                if (!STEP_DIR.matcher(name).matches() && !name.equals(BEYOND)) {
                    problems.add(SourcePosition.line(display(file), 0),
                            "unexpected folder: sections are step-0 … step-9 and beyond");
                }
                continue;
            }
            Matcher page = PAGE_FILE.matcher(name);
            if (name.equals("index.md") || name.equals(Syllabus.FILE)) {
                continue;
            }
            if (page.matches()) {
                pages.add(read(file, page.group(1), Page.Kind.PAGE, "", 0, page.group(1) + ".html"));
            } else {
                problems.add(SourcePosition.line(display(file), 0), "unexpected file: pages are NAME.md, lowercase");
            }
        }
        return new Course(pages);
    }

    private void readSection(Path dir, String section, List<Page> pages) {
        boolean step = !section.equals(BEYOND);
        String base = step ? "step/" + section + "/" : BEYOND + "/";
        Path index = dir.resolve("index.md");
        if (Files.isRegularFile(index)) {
            pages.add(read(index, section, Page.Kind.SECTION, section, 0, base + "index.html"));
        } else {
            problems.add(SourcePosition.line(display(dir), 0), "the section has no index.md overview");
        }
        int previous = 0;
        for (Path file : list(dir)) {
            String name = file.getFileName().toString();
            if (name.equals("index.md") || name.equals(Syllabus.FILE)) {
                continue;
            }
            Matcher lesson = LESSON_FILE.matcher(name);
            if (!lesson.matches()) {
                problems.add(SourcePosition.line(display(file), 0),
                        "unexpected file: lessons are named NN-slug.md, e.g. 06-loss.md");
                continue;
            }
            int number = Integer.parseInt(lesson.group(1));
            if (number == previous) {
                problems.add(SourcePosition.line(display(file), 0), "two lessons numbered " + number);
            }
            previous = number;
            String id = step ? section + "." + number : lesson.group(2);
            String output = base + (step ? String.valueOf(number) : lesson.group(2)) + ".html";
            pages.add(read(file, id, Page.Kind.LESSON, section, number, output));
        }
    }

    private Page read(Path file, String id, Page.Kind kind, String section, int number, String output) {
        String source = display(file);
        String text = readText(file, source);
        // an unreadable file is reported once; what its missing front matter would add is not news
        FrontMatterParser.Parsed parsed = FrontMatterParser.parse(source, text == null ? "" : text,
                text == null ? new Problems() : problems);
        text = text == null ? "" : text;
        String markdown = blankOut(text, parsed.bodyOffset());
        return new Page(id, kind, section, number, source, output, parsed.frontMatter(), markdown);
    }

    /**
     * The file as text. Bytes that are not UTF-8 are reported once, at the line of the first, and
     * read as U+FFFD so that the rest of the file is still checked. A leading byte order mark is
     * dropped. Null if the file cannot be read (reported).
     */
    private String readText(Path file, String source) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | OutOfMemoryError e) {   // permissions, a vanished file, a device
            problems.addCause(SourcePosition.line(source, 0), "cannot read the file ("
                    + (e instanceof OutOfMemoryError ? "far too large" : FailureLine.of(e)) + ")");
            return null;
        }
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            bytes = java.util.Arrays.copyOfRange(bytes, 3, bytes.length);   // a BOM some editors write: not text
        }
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
        java.nio.charset.CoderResult result = StandardCharsets.UTF_8.newDecoder().decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            problems.addCause(SourcePosition.line(source, line), String.format(java.util.Locale.ROOT,
                    "not valid UTF-8 (byte 0x%02X); save the file as UTF-8", bytes[offset] & 0xff));
        }
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
        reportControlCharacter(text, source);
        return text;
    }

    /**
     * The first control character in the text (tabs and line ends aside), which no lesson means to
     * write: invisible in an editor, a parse error in the HTML it would end up in.
     */
    private void reportControlCharacter(String text, String source) {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n') {
                line++;
            } else if ((ch < 0x20 && ch != '\t' && ch != '\r') || ch == 0x7f) {
                problems.add(SourcePosition.line(source, line), String.format(java.util.Locale.ROOT,
                        "control character U+%04X (invisible in most editors); delete it", (int) ch));
                return;
            }
        }
    }

    /** Replaces the front matter with as many empty lines, so the body keeps its line numbers. */
    private static String blankOut(String text, int bodyOffset) {
        StringBuilder blank = new StringBuilder();
        for (int i = 0; i < bodyOffset; i++) {
            blank.append(text.charAt(i) == '\n' ? '\n' : ' ');
        }
        return blank.append(text, bodyOffset, text.length()).toString();
    }

    private String display(Path file) {
        return label + "/" + contentDir.relativize(file).toString().replace('\\', '/');
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
