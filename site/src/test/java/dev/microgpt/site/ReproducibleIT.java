package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.microgpt.dataset.NamesFile;
import dev.microgpt.rundata.Export;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two clean builds give the same bytes. Training: the build trains the ladder once, in the model's
 * tests ({@code TrainedLadder}); the site build copies that export when its key is the build's own
 * ({@code Export --reuse}). This JVM trains the quickest files again (the dataset, Steps 0 and 1)
 * and compares them byte for byte with the build's: a second training in a second JVM, of a
 * second of work. Generating: the site is generated again from the run data into a fresh folder
 * and zipped again; every file is compared with what the build made, {@code site/target/www/}
 * and the offline edition.
 */
class ReproducibleIT {
    private static final Path ZIP = Path.of(System.getProperty("site.zip", "target/microgpt-visualized-offline.zip"));
    private static final Path MODEL = Path.of(System.getProperty("microgpt.root", "..")).resolve("model/target");

    @TempDir
    Path temp;

    @Test
    void anotherJvmTrainingAgainWritesTheSameRunData() throws Exception {
        // The build's run data is the model tests' export, copied (Export --reuse) or trained by
        // the build itself; either way one more, independent training in this JVM of the files
        // that train fastest must give the same bytes. Steps 2-5 run the same code paths
        // (PyRandom, the shuffle, Value, the JSON writer) on more steps.
        Path again = temp.resolve("rundata");
        Files.createDirectories(again);
        List<String> names = NamesFile.load();
        for (String file : List.of("dataset.json", "step0.json", "step1.json")) {
            Export.writeOne(names, again, file);
            assertThat(Browser.RUNDATA.resolve(file)).as(file).hasSameBinaryContentAs(again.resolve(file));
        }
    }

    @Test
    void theBuildsRunDataIsTheModelTestsRunWhenItsKeyIsTheirs() throws Exception {
        Path export = MODEL.resolve("test-export");
        if (!fresh(export)) {
            System.out.println("ReproducibleIT: no fresh export from the model's tests in " + export
                    + " (their tests were skipped): nothing to compare");
            return;
        }
        assertThat(Files.readString(export.resolve("key.txt"))).isEqualTo(Files.readString(
                Browser.RUNDATA.resolve("key.txt")));
        assertSameJson(export, Browser.RUNDATA);
    }

    /** The run data's JSON files; key.txt beside them records which inputs made them, it is not the run. */
    private static void assertSameJson(Path expected, Path actual) throws IOException {
        List<Path> files = json(expected);
        assertThat(files).as("run data in " + expected).isNotEmpty();
        assertThat(json(actual)).as("run data in " + actual).isEqualTo(files);
        for (Path file : files) {
            assertThat(actual.resolve(file)).as(file.toString()).hasSameBinaryContentAs(expected.resolve(file));
        }
    }

    private static List<Path> json(Path root) throws IOException {
        return files(root).stream().filter(p -> p.toString().endsWith(".json")).toList();
    }

    @Test
    void generatingAgainFromTheRunDataWritesTheSameSiteAndZip() throws Exception {
        Path www = temp.resolve("www");
        new SiteBuilder(Path.of(System.getProperty("site.content", "../content")), Browser.RUNDATA,
                Path.of(System.getProperty("model.sources", "../model/src/main/java")), www).build();
        assertSameFiles(Browser.WWW, www);

        Path zip = temp.resolve("offline.zip");
        OfflineEdition.write(www, zip);
        assertThat(zip).hasSameBinaryContentAs(ZIP);
    }

    /** Whether the model tests' export is there and newer than every class of the model. */
    private static boolean fresh(Path export) throws IOException {
        if (!Files.isDirectory(export) || files(export).isEmpty()) {
            return false;
        }
        FileTime oldest = newest(export, false);
        FileTime classes = newest(MODEL.resolve("classes"), true);
        return classes != null && oldest.compareTo(classes) > 0;
    }

    /** The newest (or, for {@code newest == false}, the oldest) modification time of the files under a folder. */
    private static FileTime newest(Path root, boolean newest) throws IOException {
        if (!Files.isDirectory(root)) {
            return null;
        }
        FileTime found = null;
        for (Path file : files(root)) {
            FileTime time = Files.getLastModifiedTime(root.resolve(file));
            if (found == null || (newest ? time.compareTo(found) > 0 : time.compareTo(found) < 0)) {
                found = time;
            }
        }
        return found;
    }

    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        List<Path> files = files(expected);
        assertThat(files(actual)).as("files in " + actual).isEqualTo(files);
        for (Path file : files) {
            assertThat(actual.resolve(file)).as(file.toString()).hasSameBinaryContentAs(expected.resolve(file));
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
            return all.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
