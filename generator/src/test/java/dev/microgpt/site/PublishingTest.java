package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.microgpt.testing.Fixtures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/** The fixture site built with and without a base URL: sharing metadata, sitemap, robots.txt, 404, pictures. */
class PublishingTest {
    static final String BASE = "https://example.org/microgpt/";

    @TempDir
    static Path temp;
    static Path withUrl;
    static Path without;

    @BeforeAll
    static void build() throws IOException {
        Path fixture = SiteBuilderTest.copyFixture(temp.resolve("fixture"));
        withUrl = temp.resolve("with");
        without = temp.resolve("without");
        SiteBuilderTest.builder(fixture, withUrl).withSiteUrl("https://example.org/microgpt").build();
        SiteBuilderTest.builder(fixture, without).build();
    }

    /** The pages of the course and the print edition: what the sitemap lists and every share shows. */
    static List<String> pages(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site, FileVisitOption.FOLLOW_LINKS)) {
            return files.filter(f -> f.toString().endsWith(".html")).map(f -> site.relativize(f).toString())
                    .filter(p -> !p.equals(Publishing.NOT_FOUND)).sorted().toList();
        }
    }

    static Document parse(Path site, String page) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(page), StandardCharsets.UTF_8));
    }

    static String meta(Document doc, String key) {
        Element e = doc.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
        assertThat(e).as(key).isNotNull();
        return e.attr("content");
    }

    @Test
    void everyPageHasSharingMetadataWithAbsoluteUrlsAndAPicture() throws IOException {
        List<String> pages = pages(withUrl);
        assertThat(pages).contains("index.html", "step/0/index.html", "step/0/1.html", "print.html");
        for (String page : pages) {
            Document doc = parse(withUrl, page);
            assertThat(meta(doc, "og:title")).as(page).isNotBlank();
            assertThat(meta(doc, "og:description")).as(page).isNotBlank();
            assertThat(meta(doc, "og:type")).isIn("website", "article");
            assertThat(meta(doc, "twitter:card")).isEqualTo("summary_large_image");
            assertThat(meta(doc, "og:image:alt")).isNotBlank();
            String canonical = doc.selectFirst("link[rel=canonical]").attr("href");
            assertThat(canonical).startsWith(BASE).isEqualTo(meta(doc, "og:url"));
            String image = meta(doc, "og:image");
            assertThat(image).startsWith(BASE).endsWith(".png");
            BufferedImage png = ImageIO.read(withUrl.resolve(image.substring(BASE.length())).toFile());
            assertThat(png.getWidth()).isEqualTo(Integer.parseInt(meta(doc, "og:image:width"))).isEqualTo(1200);
            assertThat(png.getHeight()).isEqualTo(Integer.parseInt(meta(doc, "og:image:height"))).isEqualTo(630);
        }
        assertThat(meta(parse(withUrl, "index.html"), "og:type")).isEqualTo("website");
        assertThat(parse(withUrl, "index.html").selectFirst("link[rel=canonical]").attr("href")).isEqualTo(BASE);
        assertThat(parse(withUrl, "step/0/index.html").selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo(BASE + "step/0/");
    }

    @Test
    void theSitemapListsEveryPageAndRobotsNamesIt() throws Exception {
        var xml = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(withUrl.resolve("sitemap.xml").toFile());
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        NodeList locs = xml.getElementsByTagNameNS("*", "loc");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            urls.add(locs.item(i).getTextContent());
        }
        assertThat(urls).isSorted().doesNotHaveDuplicates().allMatch(u -> u.startsWith(BASE));
        List<String> canonical = new ArrayList<>();
        for (String page : pages(withUrl)) {
            canonical.add(parse(withUrl, page).selectFirst("link[rel=canonical]").attr("href"));
        }
        assertThat(urls).containsExactlyInAnyOrderElementsOf(canonical);
        assertThat(Files.readString(withUrl.resolve("sitemap.xml"))).doesNotContain("lastmod");
        assertThat(Files.readString(withUrl.resolve("robots.txt")))
                .isEqualTo("User-agent: *\nAllow: /\n\nSitemap: " + BASE + "sitemap.xml\n");
    }

    @Test
    void withoutAUrlNothingAbsolutePointsAtTheSite() throws IOException {
        assertThat(without.resolve("sitemap.xml")).doesNotExist();
        assertThat(without.resolve("assets/preview")).doesNotExist();
        assertThat(Files.readString(without.resolve("robots.txt"))).isEqualTo("User-agent: *\nAllow: /\n");
        try (Stream<Path> files = Files.walk(without, FileVisitOption.FOLLOW_LINKS)) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.(html|txt|xml|js|css)$")).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain("example.org", "canonical",
                        "og:url", "og:image");
            }
        }
        Document home = parse(without, "index.html");
        assertThat(meta(home, "og:title")).isEqualTo("Fixture home");
        assertThat(meta(home, "twitter:card")).isEqualTo("summary");
        Document notFound = parse(without, Publishing.NOT_FOUND);
        assertThat(notFound.select("a[href], link[href], script[src]")).allMatch(e -> !e.attr("href").startsWith("/")
                && !e.attr("href").contains("://") && !e.attr("src").contains("://"));
    }

    @Test
    void titlesNameTheSiteOnceAndThemeColoursComeFromTheTokens() throws IOException {
        StyleTokens tokens = StyleTokens.parse(Assets.text("assets/style.css"));
        assertThat(tokens.light("bg")).isEqualTo("#fcfcfa");
        assertThat(tokens.dark("bg")).isEqualTo("#15171a");
        for (String page : pages(without)) {
            Document doc = parse(without, page);
            String title = doc.title();
            assertThat(title.indexOf("Fixture home")).as(title).isEqualTo(title.lastIndexOf("Fixture home"));
            assertThat(doc.selectFirst("meta[name=theme-color][media='(prefers-color-scheme: light)']")
                    .attr("content")).isEqualTo(tokens.light("bg"));
            assertThat(doc.selectFirst("meta[name=theme-color][media='(prefers-color-scheme: dark)']")
                    .attr("content")).isEqualTo(tokens.dark("bg"));
        }
        assertThat(parse(without, "index.html").title()).isEqualTo("Fixture home");
        assertThat(parse(without, "step/0/1.html").title()).isEqualTo("First lesson · Fixture home");
        assertThat(parse(without, "step/0/1.html").select("link[rel=preload]")).isEmpty();   // fails from file://
        Document lesson = parse(withUrl, "step/0/1.html");
        assertThat(lesson.select("link[rel=preload][as=font]").eachAttr("href"))
                .contains("../../assets/katex/fonts/KaTeX_Main-Regular.woff2");
        for (Element font : lesson.select("link[rel=preload][as=font]")) {
            assertThat(withUrl.resolve("step/0").resolve(font.attr("href")).normalize()).exists();
        }
    }

    @Test
    void katexFontsNeverSwapInOnceTheTextIsDrawn() throws IOException {
        String css = Files.readString(without.resolve("assets/katex/katex.css"));
        List<String> faces = java.util.regex.Pattern.compile("@font-face\\{[^}]*}").matcher(css).results()
                .map(java.util.regex.MatchResult::group).toList();
        assertThat(faces).hasSizeGreaterThan(10)
                .allMatch(face -> face.contains("font-display:optional"))
                .allMatch(face -> face.contains(".woff2") && !face.contains(".woff)") && !face.contains(".ttf"));
        assertThatThrownBy(() -> Assets.katexCss("@font-face{font-display:swap;src:url(a.woff2)}"))
                .hasMessageContaining("font-display:block");
    }

    @Test
    void theNotFoundPageLinksAbsolutelyWithAUrl() throws IOException {
        Document doc = parse(withUrl, Publishing.NOT_FOUND);
        assertThat(doc.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(doc.select("a[href]").eachAttr("href")).isNotEmpty()
                .allMatch(h -> h.startsWith(BASE) || h.startsWith("#"));
        assertThat(doc.select("link[href], script[src]")).allMatch(e -> (e.attr("href") + e.attr("src")).startsWith(BASE));
        assertThat(doc.selectFirst("form.site-search").attr("data-root")).isEqualTo(BASE);
        assertThat(doc.select("link[rel=canonical]")).isEmpty();
    }

    @Test
    void picturesAreTheSameBytesEveryTime() throws IOException {
        StyleTokens tokens = StyleTokens.parse(Assets.text("assets/style.css"));
        Publishing publishing = new Publishing(BASE, "Fixture home", tokens, Fixtures.runData());
        byte[] a = publishing.picture(0, 1, 7).png(tokens);
        byte[] b = publishing.picture(0, 1, 7).png(tokens);
        assertThat(a).isEqualTo(b);
        assertThat(publishing.picture(-1, -1, 0).png(tokens)).isNotEqualTo(a);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(a));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);
        // two builds wrote the same pictures too
        Path again = temp.resolve("again");
        SiteBuilderTest.builder(temp.resolve("fixture"), again).withSiteUrl(BASE).build();
        for (String page : pages(withUrl)) {
            String png = Publishing.imageFile(page);
            assertThat(again.resolve(png)).hasSameBinaryContentAs(withUrl.resolve(png));
        }
    }

    @Test
    void aSiteUrlMustBeAbsoluteHttp() {
        assertThat(Publishing.normalize("")).isNull();
        assertThat(Publishing.normalize("https://example.org")).isEqualTo("https://example.org/");
        assertThatThrownBy(() -> Publishing.normalize("example.org/x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Publishing.normalize("ftp://example.org/")).isInstanceOf(IllegalArgumentException.class);
    }
}
