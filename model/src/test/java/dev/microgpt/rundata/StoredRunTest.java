package dev.microgpt.rundata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the build reuses run data: the same names, sources and runtime give the same key, and a
 * folder holding every file of that key is up to date; a changed source or dataset, a lost or
 * edited file, or an export that started and never finished means training again.
 */
class StoredRunTest {
    private static final List<String> NAMES = List.of("emma", "olivia", "ava");
    private static final List<String> ENV = List.of("java test", "jar jackson-databind-2.23.0.jar");
    private static final List<String> FILES = List.of("dataset.json", "step0.json");

    @TempDir
    Path sources;
    @TempDir
    Path run;

    @BeforeEach
    void files() throws IOException {
        Files.createDirectories(sources.resolve("java/dev/microgpt/ladder"));
        Files.writeString(sources.resolve("java/dev/microgpt/ladder/Step0.java"), "class Step0 {}");
        Files.writeString(sources.resolve("java/dev/microgpt/ladder/Step1.java"), "class Step1 {}");
        Files.writeString(run.resolve("dataset.json"), "{\"names\":3}");
        Files.writeString(run.resolve("step0.json"), "{\"loss\":[3.3]}");
    }

    private String key() {
        return RunKey.of(NAMES, sources, ENV);
    }

    @Test
    void theSameInputsGiveTheSameKeyAndReuseTheRun() {
        assertThat(key()).isEqualTo(RunKey.of(List.copyOf(NAMES), sources, List.copyOf(ENV)))
                .hasSize(64);
        StoredRun.commit(run, key(), FILES);
        assertThat(StoredRun.upToDate(run, key(), FILES)).isTrue();
        assertThat(run.resolve(StoredRun.FILE)).content().startsWith("key " + key() + "\n");
    }

    @Test
    void aChangedSourceRetrains() throws IOException {
        String before = key();
        StoredRun.commit(run, before, FILES);
        Files.writeString(sources.resolve("java/dev/microgpt/ladder/Step1.java"),
                "class Step1 { int lr = 2; }");
        assertThat(key()).isNotEqualTo(before);
        assertThat(StoredRun.upToDate(run, key(), FILES)).isFalse();
    }

    @Test
    void anAddedOrRenamedSourceRetrains() throws IOException {
        String before = key();
        Files.move(sources.resolve("java/dev/microgpt/ladder/Step1.java"),
                sources.resolve("java/dev/microgpt/ladder/Step9.java"));
        String renamed = key();
        Files.writeString(sources.resolve("java/dev/microgpt/ladder/Extra.java"), "");
        assertThat(List.of(before, renamed, key())).doesNotHaveDuplicates();
    }

    @Test
    void aChangedDatasetRuntimeOrLibraryRetrains() {
        String before = key();
        assertThat(RunKey.of(List.of("emma", "olivia", "eva"), sources, ENV)).isNotEqualTo(before);
        assertThat(RunKey.of(List.of("emma", "olivia"), sources, ENV)).isNotEqualTo(before);
        assertThat(RunKey.of(List.of("emmao", "livia", "ava"), sources, ENV))
                .isNotEqualTo(before);                            // names, not their letters
        assertThat(RunKey.of(NAMES, sources, List.of("java other", ENV.get(1))))
                .isNotEqualTo(before);
        assertThat(RunKey.of(NAMES, sources, List.of(ENV.get(0), "jar jackson-databind-3.0.jar")))
                .isNotEqualTo(before);
    }

    @Test
    void aMissingOrEditedFileRetrains() throws IOException {
        StoredRun.commit(run, key(), FILES);
        Files.writeString(run.resolve("step0.json"), "{\"loss\":[3.");    // half written
        assertThat(StoredRun.upToDate(run, key(), FILES)).isFalse();
        StoredRun.commit(run, key(), FILES);
        Files.delete(run.resolve("dataset.json"));
        assertThat(StoredRun.upToDate(run, key(), FILES)).isFalse();
    }

    @Test
    void anEmptyOrMissingFolderRetrains(@TempDir Path empty) {
        assertThat(StoredRun.upToDate(empty, key(), FILES)).isFalse();
        assertThat(StoredRun.upToDate(empty.resolve("absent"), key(), FILES)).isFalse();
    }

    @Test
    void anExportThatStartedHasNoKeyUntilItFinishes() {
        StoredRun.commit(run, key(), FILES);
        StoredRun.invalidate(run);                                // what writeAll does first
        assertThat(run.resolve(StoredRun.FILE)).doesNotExist();
        assertThat(StoredRun.upToDate(run, key(), FILES)).isFalse();
        assertThat(run).isDirectoryNotContaining("glob:**.part");
    }
}
