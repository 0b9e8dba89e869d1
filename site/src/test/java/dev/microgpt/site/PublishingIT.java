package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * What the finished site says about itself to browsers, crawlers and link previews, read with
 * jsoup. The default build has no base URL, so it must stay relative: no canonical link, no
 * sitemap, no absolute Open Graph URL (the generator's PublishingTest builds a site with one).
 */
class PublishingIT {
    static final String SITE = "MicroGPT Visualized";

    @Test
    void everyTitleNamesTheSiteOnceAndEveryPageShares() {
        for (String page : SiteFiles.pages()) {
            Document doc = SiteFiles.parse(page);
            String title = doc.title();
            assertThat(title.indexOf(SITE)).as(page + ": " + title).isEqualTo(title.lastIndexOf(SITE)).isNotNegative();
            assertThat(doc.select("meta[name=theme-color][media='(prefers-color-scheme: light)']")).as(page).hasSize(1);
            assertThat(doc.select("meta[name=theme-color][media='(prefers-color-scheme: dark)']")).as(page).hasSize(1);
            assertThat(doc.select("meta[property=og:title]").attr("content")).as(page).isNotBlank();
            assertThat(doc.select("meta[property=og:type]").attr("content")).as(page).isIn("website", "article");
            assertThat(doc.select("link[rel=canonical], meta[property=og:url], meta[property=og:image]")).as(page)
                    .isEmpty();
            for (var font : doc.select("link[rel=preload][as=font]")) {
                assertThat(font.attr("crossorigin")).isEmpty();   // present, no value: anonymous, as fonts load
                assertThat(font.absUrl("href")).as(page).startsWith("file:");
                assertThat(java.nio.file.Path.of(java.net.URI.create(font.absUrl("href")))).as(page).exists();
            }
        }
        assertThat(SiteFiles.parse("index.html").title()).isEqualTo(SITE);
    }

    @Test
    void hostsAndCrawlersFindWhatTheyAskFor() {
        assertThat(SiteFiles.text("robots.txt")).isEqualTo("User-agent: *\nAllow: /\n");
        assertThat(Browser.WWW.resolve("sitemap.xml")).doesNotExist();
        assertThat(Files.isDirectory(Browser.WWW.resolve("assets/preview"))).isFalse();
        Document notFound = SiteFiles.parse("404.html");
        assertThat(notFound.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(notFound.select("a[href='index.html']")).isNotEmpty();
        assertThat(notFound.select("form.site-search")).hasSize(1);
    }
}
