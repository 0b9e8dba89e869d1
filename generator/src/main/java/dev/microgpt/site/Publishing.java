package dev.microgpt.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.microgpt.content.Course;
import dev.microgpt.content.Page;
import dev.microgpt.content.RunData;
import dev.microgpt.page.HeadView;
import dev.microgpt.page.Numbers;
import dev.microgpt.rundata.LossCurve;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a page says about itself to browsers, search engines and link previews, and the files a
 * host and a crawler look for: {@code robots.txt}, {@code sitemap.xml}, {@code 404.html}.
 * Everything absolute depends on the site's base URL ({@code --site-url}); without one the site
 * stays relative and portable (it works from {@code file://}), so the canonical links, the
 * sitemap and the sharing pictures, which the Open Graph protocol wants absolute, are left out.
 */
final class Publishing {
    /** The fonts the first screen of a page with formulas draws with: KaTeX's upright and its italic letters. */
    static final String MAIN_FONT = "assets/katex/fonts/KaTeX_Main-Regular.woff2";
    static final String MATH_FONT = "assets/katex/fonts/KaTeX_Math-Italic.woff2";
    static final String SITEMAP = "sitemap.xml";
    static final String ROBOTS = "robots.txt";
    static final String NOT_FOUND = "404.html";
    static final String PREVIEWS = "assets/preview/";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String siteUrl;           // ends with '/', or null: a relative site
    private final String siteName;          // the home page's title
    private final StyleTokens tokens;
    private final List<Rung> rungs;         // by rung number; null where the run lacks one

    /** What a sharing picture and its alt text show of a rung. */
    private record Rung(String title, double[] curve, String firstLoss, String lastLoss) {
    }

    Publishing(String siteUrl, String siteName, StyleTokens tokens, RunData run) {
        this.siteUrl = siteUrl;
        this.siteName = siteName;
        this.tokens = tokens;
        this.rungs = new ArrayList<>();
        for (int r = 0; r <= 5; r++) {
            if (siteUrl == null || !run.has(r)) {   // without a base URL there are no pictures to draw
                rungs.add(null);
                continue;
            }
            // only the title and the loss curve: the whole rung's record is not needed for a picture
            JsonNode part = run.get("step" + r);
            LossCurve curve = lossCurve(part.path("training"), "step" + r);
            rungs.add(new Rung(part.path("title").asText(), PreviewImage.smooth(curve.loss()),
                    Numbers.fixed(curve.loss()[0], 2), Numbers.fixed(curve.finalMean(), 2)));
        }
    }

    private static LossCurve lossCurve(JsonNode training, String part) {
        try {
            return JSON.treeToValue(training, LossCurve.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("run data " + part + ".json: no training loss curve", e);
        }
    }

    /**
     * The base URL as pages use it: absolute {@code http(s)}, ending with '/'; null for none.
     *
     * @throws IllegalArgumentException for anything else, e.g. a relative path or another scheme
     */
    static String normalize(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.strip();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalArgumentException("the site URL must be an absolute http(s) URL without query "
                        + "or fragment, e.g. https://example.org/microgpt/, not " + url);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the site URL is not a URL: " + url, e);
        }
        return trimmed.endsWith("/") ? trimmed : trimmed + "/";
    }

    /** Whether the build has a base URL. */
    boolean absolute() {
        return siteUrl != null;
    }

    /** The base URL, ending with '/', or null. */
    String siteUrl() {
        return siteUrl;
    }

    /**
     * A file's public URL: {@code step/0/6.html} as it is, {@code step/0/index.html} as the folder
     * ({@code step/0/}), the address a host serves it at and the one people share.
     */
    String url(String output) {
        String path = output.equals("index.html") ? "" : output.endsWith("/index.html")
                ? output.substring(0, output.length() - "index.html".length()) : output;
        return siteUrl + path;
    }

    /** The document title: the page's title, then the site's name unless the title is the name. */
    String title(String pageTitle) {
        return pageTitle.equals(siteName) ? siteName : pageTitle + " · " + siteName;
    }

    /** The head of a page of the course. */
    HeadView head(Page page, Course course, String body) {
        int rung = Views.rung(page);
        return head(title(page.title()), page.frontMatter().summary(),
                page.kind() == Page.Kind.HOME ? "website" : "article", page.output(), page.root(), body,
                absolute() ? image(page.output(), rung) : null, false);
    }

    /** The head of the print edition. */
    HeadView printHead(String description, String body) {
        return head(title("The whole guide on one page"), description, "article", PrintEdition.FILE, "", body,
                absolute() ? image(PrintEdition.FILE, -1) : null, false);
    }

    /** The head of the 404 page: served at any address, so it is not indexed and has no canonical copy. */
    HeadView notFoundHead(String root) {
        return new HeadView(title("Page not found"), siteName, "", "website", "", null, tokens.light("bg"),
                tokens.dark("bg"), List.of(), true);
    }

    private HeadView head(String title, String description, String type, String output, String root, String body,
            HeadView.Image image, boolean noindex) {
        List<String> fonts = new ArrayList<>();
        // Only for a site served over HTTP: from file:// a font preload (a CORS request, as fonts
        // are fetched) fails and Chromium logs it, and the site without a base URL must work there.
        if (absolute() && body.contains("class=\"katex")) {
            fonts.add(root + MAIN_FONT);               // every formula's digits, operators and upright names
            if (body.contains("mathnormal")) {
                fonts.add(root + MATH_FONT);           // italic variables: only when the page has some
            }
        }
        return new HeadView(title, siteName, description == null ? "" : description, type,
                absolute() ? url(output) : "", image, tokens.light("bg"), tokens.dark("bg"), fonts, noindex);
    }

    /** Where a page's sharing picture is written: {@code assets/preview/step/0/6.png}. */
    static String imageFile(String output) {
        return PREVIEWS + output.substring(0, output.length() - ".html".length()) + ".png";
    }

    private HeadView.Image image(String output, int rung) {
        Rung shown = rung >= 0 ? rungs.get(rung) : null;
        return new HeadView.Image(url(imageFile(output)), PreviewImage.WIDTH, PreviewImage.HEIGHT,
                shown == null ? -1 : rung, shown == null ? "" : shown.title(), shown == null ? "" : shown.firstLoss(),
                shown == null ? "" : shown.lastLoss());
    }

    /** A page's sharing picture: its step, the ladder and the losses, its place in its section. */
    PreviewImage picture(Page page, Course course) {
        int rung = Views.rung(page);
        int position = -1;
        int positions = 0;
        if (!page.section().isEmpty() && page.kind() != Page.Kind.HOME) {
            List<Page> section = new ArrayList<>();
            course.page(page.section()).ifPresent(section::add);
            section.addAll(course.lessons(page.section()));
            position = section.indexOf(page);
            positions = section.size();
        }
        return picture(rung, position, positions);
    }

    /** The picture of a page outside the sections (the print edition): the whole ladder. */
    PreviewImage picture(int rung, int position, int positions) {
        List<double[]> curves = new ArrayList<>();
        for (Rung r : rungs) {
            curves.add(r == null ? null : r.curve());
        }
        return new PreviewImage(rung >= 0 && rungs.get(rung) != null ? rung : -1, curves, position, positions);
    }

    /** The colour tokens the pictures are drawn with. */
    StyleTokens tokens() {
        return tokens;
    }

    /**
     * {@code robots.txt}: allow everything, and name the sitemap when there is one. Without a
     * base URL there is no sitemap to name (its entries and this line must be absolute), and an
     * allow-all file is still valid: it only answers the crawler's request instead of a 404.
     */
    String robots() {
        return "User-agent: *\nAllow: /\n" + (absolute() ? "\nSitemap: " + siteUrl + SITEMAP + "\n" : "");
    }
}
