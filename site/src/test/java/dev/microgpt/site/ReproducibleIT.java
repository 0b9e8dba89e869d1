package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.microgpt.dataset.NamesFile;
import dev.microgpt.rundata.Export;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two clean builds give the same bytes: this test trains every rung again from nothing, generates
 * the site again into a fresh folder, zips it again, and compares every file with what the build
 * made: the run data, {@code site/target/www/} and the offline edition.
 */
class ReproducibleIT {
    private static final Path ZIP = Path.of(System.getProperty("site.zip", "target/microgpt-visualized-offline.zip"));

    @TempDir
    Path temp;

    @Test
    void aSecondCleanBuildWritesTheSameBytes() throws Exception {
        Path rundata = temp.resolve("rundata");
        Files.createDirectories(rundata);
        Export.writeAll(NamesFile.load(), rundata);                  // train every rung again
        assertSameFiles(Browser.RUNDATA, rundata);

        Path www = temp.resolve("www");
        new SiteBuilder(Path.of(System.getProperty("site.content", "../content")), rundata,
                Path.of(System.getProperty("model.sources", "../model/src/main/java")), www).build();
        assertSameFiles(Browser.WWW, www);

        Path zip = temp.resolve("offline.zip");
        OfflineEdition.write(www, zip);
        assertThat(zip).hasSameBinaryContentAs(ZIP);
    }

    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        List<Path> files = files(expected);
        assertThat(files(actual)).as("files in " + actual).isEqualTo(files);
        for (Path file : files) {
            assertThat(actual.resolve(file)).as(file.toString()).hasSameBinaryContentAs(expected.resolve(file));
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
