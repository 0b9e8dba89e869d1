package dev.microgpt.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The files of the finished site, for checks that must hold on every page, including pages added
 * after the check was written: they iterate over whatever the build produced.
 */
final class SiteFiles {
    private SiteFiles() {
    }

    /** Every HTML page, relative to the site root with forward slashes, sorted. */
    static List<String> pages() {
        List<String> pages = withSuffix(".html");
        if (!pages.contains("index.html")) {
            throw new IllegalStateException("no site in " + Browser.WWW + ": build it first (mvn package)");
        }
        return pages;
    }

    /** Every file whose name ends with {@code suffix}, relative to the site root, sorted. */
    static List<String> withSuffix(String suffix) {
        try (Stream<Path> files = Files.walk(Browser.WWW, FileVisitOption.FOLLOW_LINKS)) {
            return files.filter(Files::isRegularFile).map(p -> Browser.WWW.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the site in " + Browser.WWW, e);
        }
    }

    /** A file of the site as text. */
    static String text(String path) {
        try {
            return Files.readString(Browser.WWW.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page parsed as a browser would, its base set to the file so relative URLs resolve. */
    static Document parse(String page) {
        return Jsoup.parse(text(page), Browser.WWW.resolve(page).toUri().toString());
    }
}
