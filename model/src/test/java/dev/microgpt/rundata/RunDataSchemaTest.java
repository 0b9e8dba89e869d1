package dev.microgpt.rundata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RUNDATA.md documents every record of every file, field by field, and nothing else: under a
 * heading {@code ### Record} (nested: {@code ### Outer.Inner}), each bullet starts with the
 * backquoted names of the fields it describes.
 */
class RunDataSchemaTest {
    /** The record of each file Export writes. */
    static final List<Class<?>> FILES = List.of(DatasetData.class, Step0Data.class,
            Step1Data.class, Step2Data.class, Step3Data.class, Step4Data.class, Step5Data.class);

    private static final Pattern HEADING = Pattern.compile("^### (\\S+)\\s*$");
    private static final Pattern FIELD = Pattern.compile("`(\\w+)`");

    static Map<String, Set<String>> documented;     // heading → field names under it
    static Map<String, Set<String>> records;        // record name → component names

    @BeforeAll
    static void read() throws IOException {
        documented = parse(Files.readAllLines(Path.of("RUNDATA.md")));
        records = reachableRecords();
    }

    static Map<String, Set<String>> parse(List<String> lines) {
        Map<String, Set<String>> fields = new LinkedHashMap<>();
        Set<String> current = null;
        for (String line : joinContinuations(lines)) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                current = new LinkedHashSet<>();
                fields.put(heading.group(1), current);
            } else if (line.startsWith("## ")) {
                current = null;
            } else if (current != null && line.startsWith("- ") && line.contains(":")) {
                Matcher field = FIELD.matcher(line.substring(0, line.indexOf(':')));
                while (field.find()) {
                    current.add(field.group(1));
                }
            }
        }
        return fields;
    }

    /** A bullet may wrap: lines indented by two spaces continue the line before. */
    private static List<String> joinContinuations(List<String> lines) {
        List<String> joined = new java.util.ArrayList<>();
        for (String line : lines) {
            boolean continues = line.startsWith("  ") && !joined.isEmpty()
                    && joined.get(joined.size() - 1).startsWith("- ");
            if (continues) {
                joined.set(joined.size() - 1, joined.get(joined.size() - 1) + " " + line.strip());
            } else {
                joined.add(line);
            }
        }
        return joined;
    }

    static Map<String, Set<String>> reachableRecords() {
        Map<String, Set<String>> found = new LinkedHashMap<>();
        Deque<Class<?>> todo = new ArrayDeque<>(FILES);
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!type.isRecord() || found.containsKey(name(type))) {
                continue;
            }
            Set<String> components = new LinkedHashSet<>();
            for (RecordComponent component : type.getRecordComponents()) {
                components.add(component.getName());
                addTypes(component.getGenericType(), todo);
            }
            found.put(name(type), components);
        }
        return found;
    }

    private static void addTypes(Type type, Deque<Class<?>> todo) {
        if (type instanceof Class<?> c) {
            todo.add(c.isArray() ? c.getComponentType() : c);
        } else if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                addTypes(argument, todo);
            }
        }
    }

    private static String name(Class<?> type) {
        Class<?> outer = type.getEnclosingClass();
        return outer == null ? type.getSimpleName() : name(outer) + "." + type.getSimpleName();
    }

    @Test
    void everyRecordHasAHeading() {
        assertThat(documented.keySet()).containsAll(records.keySet());
    }

    @Test
    void everyHeadingIsARecordOfTheRunData() {
        assertThat(records.keySet()).containsAll(documented.keySet());
    }

    @Test
    void everyFieldIsDocumentedUnderItsRecordAndNothingElse() {
        records.forEach((record, components) ->
                assertThat(documented.get(record)).as(record).containsExactlyInAnyOrderElementsOf(
                        components));
    }

    @Test
    void theParserFindsEveryFileRecord() {
        assertThat(records).containsKeys("Step5Data.AdamTrace", "AttentionTrace.Head",
                "Step0Data.CountedPair", "LengthStats", "NameTrace.PredictedPair");
    }
}
