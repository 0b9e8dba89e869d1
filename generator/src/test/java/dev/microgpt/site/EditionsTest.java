package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a build writes besides the pages: the print edition, the search index, the report, the zip. */
class EditionsTest {
    @TempDir
    Path temp;

    private Path www;

    @BeforeEach
    void buildTheFixture() throws IOException {
        Path fixture = SiteBuilderTest.copyFixture(temp.resolve("fixture"));
        www = temp.resolve("www");
        SiteBuilderTest.builder(fixture, www).build();
    }

    @Test
    void thePrintEditionPrefixesIdsAndTurnsLinksBetweenPagesIntoLinksWithinIt() throws IOException {
        String print = Files.readString(www.resolve("print.html"));
        assertThat(print).contains("<section class=\"chapter part\" id=\"p-0\">",
                "<section class=\"chapter\" id=\"p-0-1\">",
                "id=\"p-0-1--def-twice\"", "id=\"p-0-1--top-anchor\"", "href=\"#p-0-1--top-anchor\"",
                "<h3 id=\"p-0-1--top-anchor\">Top anchor</h3>", "<figure class=\"widget\" id=\"p-0-1--fig-1\"",
                "href=\"#p-home\"")
                .doesNotContain("application/json", "assets/js/", "id=\"def-twice\"", "step/0/1.html");
        assertThat(print.indexOf("id=\"p-0\"")).isLessThan(print.indexOf("id=\"p-0-1\""));
    }

    @Test
    void theSearchIndexIsAClassicScriptWithEveryPageSplitAtItsHeadings() throws IOException {
        String index = Files.readString(www.resolve(SearchIndex.FILE));
        assertThat(index).startsWith("/* The search index").contains("self.MG_SEARCH_INDEX = {\"pages\":[")
                .contains("\"u\":\"step/0/1.html\"", "[\"top-anchor\",\"Top anchor\",\"Samples:")
                .doesNotContain("class=", "<p>", "application/json");
    }

    @Test
    void theReportWeighsEveryPageAndFlagsWhatIsOverBudget() throws IOException {
        BuildReport report = BuildReport.measure(www);
        assertThat(report.pages()).extracting(BuildReport.PageWeight::path)
                .containsExactly("404.html", "index.html", "print.html", "step/0/1.html", "step/0/index.html");
        BuildReport.PageWeight lesson = report.pages().get(3);
        assertThat(lesson.data()).isPositive();
        assertThat(lesson.page()).isEqualTo(Files.size(www.resolve("step/0/1.html")));
        String html = Files.readString(www.resolve("step/0/1.html"));
        long js = 0;
        long gzip = 0;
        List<String> scripts = List.of("assets/theme.js", "assets/listings.js", "assets/search.js", "assets/terms.js",
                "assets/js/core.js", "assets/js/models.js", "assets/js/typed-text.js",
                "assets/js/pair-stepper.js");   // its listing, its widget and what that needs
        for (String script : scripts) {
            js += Files.size(www.resolve(script));
            gzip += BuildReport.gzipSize(Files.readAllBytes(www.resolve(script)));
        }
        assertThat(org.jsoup.Jsoup.parse(html).select("script[src]").eachAttr("src"))
                .containsExactlyElementsOf(scripts.stream().map(script -> "../../" + script).toList());
        assertThat(lesson.js()).isEqualTo(js);
        assertThat(lesson.jsGzip()).isEqualTo(gzip).isLessThan(js);
        assertThat(report.overBudget()).isEmpty();

        Files.writeString(www.resolve("step/0/1.html"), "x".repeat((int) BuildReport.PAGE_BUDGET + 1));
        Files.writeString(www.resolve("print.html"), "x".repeat((int) BuildReport.PAGE_BUDGET * 2));
        java.util.Random random = new java.util.Random(1);   // noise: gzip cannot shrink it below the budget
        byte[] noise = new byte[(int) BuildReport.JS_GZIP_BUDGET];
        random.nextBytes(noise);
        Files.write(www.resolve("assets/theme.js"), noise);
        List<String> over = BuildReport.measure(www).overBudget();
        assertThat(over).hasSize(4);   // the lesson's weight, then the three pages that load only theme.js, listings.js and search.js
        assertThat(over.get(0)).startsWith("step/0/1.html weighs 256,001 bytes");
        assertThat(over.get(1)).startsWith("404.html loads ");
        assertThat(over.get(2)).startsWith("index.html loads ").contains("bytes of JavaScript gzip-compressed",
                "the budget is 26,624 per page");
        assertThat(over.get(3)).startsWith("step/0/index.html loads ");
        String text = BuildReport.measure(www).text(List.of(new BuildReport.Stage("train", 1.5, "x")), 10);
        assertThat(text).contains("  train            1.50  x", "OVER BUDGET", "(the whole guide: no page budget)");
    }

    @Test
    void theOfflineEditionIsTheSameBytesEveryTimeWithEveryFileInOrder() throws IOException {
        Path a = temp.resolve("a.zip");
        Path b = temp.resolve("b.zip");
        OfflineEdition.write(www, a);
        OfflineEdition.write(www, b);
        assertThat(a).hasSameBinaryContentAs(b);
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(a))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                if (entry.getName().equals("microgpt-visualized/index.html")) {
                    assertThat(new String(zip.readAllBytes(), StandardCharsets.UTF_8))
                            .isEqualTo(Files.readString(www.resolve("index.html")));
                }
            }
        }
        assertThat(names).first().isEqualTo("README.txt");
        assertThat(names.subList(1, names.size())).isSorted().allMatch(n -> n.startsWith(OfflineEdition.FOLDER))
                .contains("microgpt-visualized/print.html", "microgpt-visualized/assets/search-index.js");
        assertThat(temp.resolve("a.zip.part")).doesNotExist();
    }
}
