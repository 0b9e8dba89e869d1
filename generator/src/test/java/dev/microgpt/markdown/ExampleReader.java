package dev.microgpt.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a spec file: Markdown documents of examples, each a {@code ````example} block holding
 * the input, a line with a single {@code .}, and the expected HTML; the nearest heading above
 * names it.
 */
final class ExampleReader {
    /** One example: its heading, the Markdown, the expected HTML. */
    record Example(String name, String markdown, String html) {
        @Override
        public String toString() {
            return name;
        }
    }

    private ExampleReader() {
    }

    static List<Example> read(String resource) {
        String text;
        try (InputStream in = ExampleReader.class.getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Example> examples = new ArrayList<>();
        String heading = resource;
        StringBuilder markdown = null;
        StringBuilder html = null;
        for (String line : text.split("\n", -1)) {
            if (markdown == null) {
                if (line.startsWith("## ")) {
                    heading = line.substring(3).strip();
                } else if (line.equals("````example")) {
                    markdown = new StringBuilder();
                }
            } else if (html == null) {
                if (line.equals(".")) {
                    html = new StringBuilder();
                } else {
                    markdown.append(line).append('\n');
                }
            } else if (line.equals("````")) {
                examples.add(new Example(heading, markdown.toString(), html.toString()));
                markdown = null;
                html = null;
            } else {
                html.append(line).append('\n');
            }
        }
        return examples;
    }
}
