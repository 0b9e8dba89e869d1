package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.microgpt.rundata.BuildLock;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds of one site at once, as a maintainer gets them with a preview running and
 * {@code mvn package} in another terminal: they take turns on the folder's {@link BuildLock}
 * and the site left is whole. Real builds of the fixture site, started together by a barrier;
 * nothing waits on the clock.
 */
class ConcurrentBuildTest {
    @TempDir
    Path temp;

    @Test
    void twoBuildsAtOnceTakeTurnsAndLeaveTheWholeSite() throws Exception {
        Path fixture = SiteBuilderTest.copyFixture(temp.resolve("fixture"));
        List<Path> expected = reference(fixture);
        Path www = temp.resolve("out/www");
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<SiteBuilder.Report> build = () -> {
            together.await();
            return SiteBuilderTest.builder(fixture, www).build();
        };
        for (SiteBuilder.Report report : both(build, build)) {
            assertThat(report.pages()).isEqualTo(3);
        }
        assertWhole(www, expected);
    }

    @Test
    void aBuildBesideAPreviewRebuildLeavesTheWholeSite() throws Exception {
        Path fixture = SiteBuilderTest.copyFixture(temp.resolve("fixture"));
        List<Path> expected = reference(fixture);
        Path www = temp.resolve("out/www");
        CyclicBarrier together = new CyclicBarrier(2);
        BodyCache cache = new BodyCache();
        Callable<SiteBuilder.Report> preview = () -> {
            together.await();
            return SiteBuilderTest.builder(fixture, www).forPreview(Path.of("src/main/resources"), cache).build();
        };
        Callable<SiteBuilder.Report> build = () -> {
            together.await();
            return SiteBuilderTest.builder(fixture, www).build();
        };
        both(preview, build);
        assertWhole(www, expected);
        both(build, preview);   // and the other way round, the cache now warm
        assertWhole(www, expected);
    }

    @Test
    void aBuildInAnotherProcessWaitsForTheLockSaysSoAndThenPublishes() throws Exception {
        Path fixture = SiteBuilderTest.copyFixture(temp.resolve("fixture"));
        List<Path> expected = reference(fixture);
        Path www = temp.resolve("out/www");
        Process main;
        try (BuildLock held = BuildLock.acquire(www.getParent(), "test")) {
            main = new ProcessBuilder(MainProcessTest.javaCommand("--content", fixture.resolve("content").toString(),
                    "--rundata", fixture.resolve("rundata").toString(), "--sources",
                    fixture.resolve("sources").toString(), "--out", www.toString())).start();
            main.getOutputStream().close();
            BufferedReader stderr = new BufferedReader(new InputStreamReader(main.getErrorStream(),
                    StandardCharsets.UTF_8));
            String first = stderr.readLine();   // blocks until Main reaches the lock
            assertThat(first).startsWith("site: another build is writing " + www.getParent())
                    .contains("waiting for it to finish", "build.lock");
            assertThat(www).doesNotExist();     // it waits: nothing published while the lock is held
        }
        byte[] out = main.getInputStream().readAllBytes();
        assertThat(main.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(main.exitValue()).as(new String(out, StandardCharsets.UTF_8)).isZero();
        assertWhole(www, expected);
    }

    @Test
    void stagingOfALiveProcessIsKeptThatOfAnEndedOneAndOldVersionsGo() throws Exception {
        Path fixture = SiteBuilderTest.copyFixture(temp.resolve("fixture"));
        Path out = Files.createDirectories(temp.resolve("out"));
        Process ended = new ProcessBuilder(MainProcessTest.javaCommand("--help")).start();
        ended.waitFor();
        Path live = Files.createDirectories(out.resolve("www.staging-" + ProcessHandle.current().pid() + "-other"));
        Path dead = Files.createDirectories(out.resolve("www.staging-" + ended.pid() + "-killed"));
        Path old = Files.createDirectories(out.resolve("www.old-123"));
        Path stale = Files.createDirectories(out.resolve("www.site-7"));
        SiteBuilderTest.builder(fixture, out.resolve("www")).build();
        assertThat(live).exists();
        assertThat(dead).doesNotExist();
        assertThat(old).doesNotExist();
        assertThat(stale).doesNotExist();
        assertThat(Files.readSymbolicLink(out.resolve("www"))).isEqualTo(Path.of("www.site-8"));
    }

    @Test
    void aStagingFolderMissingAPageIsNeverPublished() throws Exception {
        Path fixture = SiteBuilderTest.copyFixture(temp.resolve("fixture"));
        Path www = temp.resolve("out/www");
        SiteBuilderTest.builder(fixture, www).build();
        List<Path> before = SiteBuilderTest.files(www);
        Path staging = Staging.create(www);
        Files.writeString(staging.resolve("index.html"), "half a site");
        assertThatThrownBy(() -> Staging.publish(staging, www, List.of("index.html", "step/0/1.html")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("the new site lost 1 of its files before it was published (step/0/1.html …)");
        assertThat(SiteBuilderTest.files(www)).isEqualTo(before);
        assertThat(Files.readString(www.resolve("index.html"))).isNotEqualTo("half a site");
    }

    @Test
    void thePublishedSiteIsReadableByEveryoneWhateverTheStagingFolderWas() throws Exception {
        Path fixture = SiteBuilderTest.copyFixture(temp.resolve("fixture"));
        Path www = temp.resolve("out/www");
        SiteBuilderTest.builder(fixture, www).build();
        try (Stream<Path> all = Files.walk(www.toRealPath())) {
            for (Path p : all.toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p.toString())
                        .isEqualTo(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--");
            }
        }
    }

    /** The files of the fixture site built alone, for comparison. */
    private List<Path> reference(Path fixture) throws IOException {
        Path alone = temp.resolve("alone/www");
        SiteBuilderTest.builder(fixture, alone).build();
        return SiteBuilderTest.files(alone);
    }

    private static void assertWhole(Path www, List<Path> expected) throws IOException {
        assertThat(Files.isSymbolicLink(www)).as("www is a link to the published version").isTrue();
        assertThat(SiteBuilderTest.files(www)).isEqualTo(expected);
        try (Stream<Path> siblings = Files.list(www.getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("www.")))
                    .as("one published version, no staging or old folder").hasSize(1).allMatch(n -> n.matches(
                            "www\\.site-\\d+"));
        }
    }

    private static <T> List<T> both(Callable<T> first, Callable<T> second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<T>> futures = List.of(pool.submit(first), pool.submit(second));
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
