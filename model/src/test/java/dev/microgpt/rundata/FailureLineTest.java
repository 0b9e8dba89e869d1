package dev.microgpt.rundata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the entry points print for failures no source file explains: one line, each cause once. */
class FailureLineTest {
    @TempDir
    Path temp;

    @Test
    void aFullDiskSaysWhatCouldNotBeWrittenAndWhy() {
        Throwable full = new UncheckedIOException("cannot write site/target/www.staging-1/index.html",
                new FileSystemException("site/target/www.staging-1/index.html", null, "No space left on device"));
        assertThat(FailureLine.of(full))
                .isEqualTo("cannot write site/target/www.staging-1/index.html: No space left on device");
    }

    @Test
    void systemFailuresAndBugsAreNamed() {
        assertThat(FailureLine.of(new UncheckedIOException(new NoSuchFileException("rundata/step5.json"))))
                .isEqualTo("no such file: rundata/step5.json");
        assertThat(FailureLine.of(new StackOverflowError())).startsWith("input nested too deeply");
        assertThat(FailureLine.of(new OutOfMemoryError("Java heap space"))).startsWith("out of memory");
        assertThat(FailureLine.of(new NullPointerException("x is null"))).isEqualTo("NullPointerException: x is null");
        assertThat(FailureLine.of(new IllegalStateException())).isEqualTo("IllegalStateException");
        assertThat(FailureLine.of(new IOException("line one\nline two"))).isEqualTo("line one line two");
        assertThat(FailureLine.of(new UncheckedIOException(new IOException("content folder not found: x"))))
                .isEqualTo("content folder not found: x");
    }

    @Test
    void theExportFailsInOneLineWhenItCannotWriteWhereItIsTold() throws Exception {
        Path file = Files.writeString(temp.resolve("a-file"), "not a folder");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Export.class.getName(),
                file.resolve("rundata").toString()));
        Process export = new ProcessBuilder(command).start();
        export.getOutputStream().close();
        String stderr = new String(export.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(export.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(export.exitValue()).isEqualTo(1);
        assertThat(stderr.lines().toList()).singleElement().asString()
                .isEqualTo("model: export failed: cannot lock " + file.resolve(BuildLock.FILE) + ": " + file
                        + " is a file, not a folder");
    }
}
