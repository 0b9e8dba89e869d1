package dev.microgpt.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dataset's faults, each with a message that says what the path is, and a damaged cache mended. */
class NamesFileTest {
    private static final byte[] NAMES = "ava\nbob\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path temp;

    private NamesFile names(URI source) {
        return new NamesFile(temp.resolve("cache"), source, NamesFile.sha256(NAMES));
    }

    @Test
    void aFolderIsCalledAFolder() {
        assertThatThrownBy(() -> names(URI.create("http://127.0.0.1:9/")).fromFile(temp))
                .isInstanceOf(NamesFileException.class)
                .hasMessageStartingWith("names file " + temp.toAbsolutePath() + " is a folder, not a file");
    }

    @Test
    void aDeviceIsNotReadForever() {
        assertThatThrownBy(() -> names(URI.create("http://127.0.0.1:9/")).fromFile(Path.of("/dev/zero")))
                .isInstanceOf(NamesFileException.class)
                .hasMessageStartingWith("names file /dev/zero is not a plain file (a device or a pipe?)");
    }

    @Test
    void aMissingFileIsNotFound() {
        assertThatThrownBy(() -> names(URI.create("http://127.0.0.1:9/")).fromFile(temp.resolve("nope.txt")))
                .isInstanceOf(NamesFileException.class)
                .hasMessageStartingWith("names file not found: " + temp.resolve("nope.txt").toAbsolutePath());
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead() throws IOException {
        Path huge = temp.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L << 30);                      // 3 GB, sparse: nothing is written
        }
        assertThatThrownBy(() -> names(URI.create("http://127.0.0.1:9/")).fromFile(huge))
                .isInstanceOf(NamesFileException.class)
                .hasMessageStartingWith("names file " + huge.toAbsolutePath() + " is 3221225472 bytes; makemore's "
                        + "names.txt is 228145");
    }

    @Test
    void aDamagedCachedCopyIsDownloadedAgain() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/names.txt", exchange -> {
            exchange.sendResponseHeaders(200, NAMES.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(NAMES);
            }
        });
        server.start();
        try {
            Path cached = Files.createDirectories(temp.resolve("cache")).resolve("names.txt");
            Files.writeString(cached, "ava\nbo");          // cut short
            NamesFile names = names(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/names.txt"));
            assertThat(names.fromCache()).isEqualTo(List.of("ava", "bob"));
            assertThat(Files.readAllBytes(cached)).isEqualTo(NAMES);
        } finally {
            server.stop(0);
        }
    }
}
