package dev.microgpt.page;

import java.util.List;

/**
 * What a page's {@code <head>} says about it beyond its stylesheets and scripts: its title in the
 * browser and in search results, sharing metadata (Open Graph, Twitter cards), where its
 * canonical copy lives, its theme colours and the fonts its first screen needs.
 *
 * @param title the document's title: the page's title and the site's name, never the name twice
 * @param siteName the site's name, for {@code og:site_name}
 * @param description what {@code og:description} says, the page's summary; may be empty
 * @param type {@code website} for the home page, {@code article} for the others
 * @param canonical the page's absolute URL under the site's base URL, or "" when the build has none
 * @param image the sharing picture, or null when the build has no base URL (Open Graph wants absolute URLs)
 * @param themeLight the browser chrome's colour in the light scheme ({@code --bg})
 * @param themeDark the same in the dark scheme
 * @param fonts fonts to preload, relative to the page or absolute, those the first screen draws with
 * @param noindex whether search engines should leave the page out (the 404 page)
 */
public record HeadView(String title, String siteName, String description, String type, String canonical,
        Image image, String themeLight, String themeDark, List<String> fonts, boolean noindex) {

    public HeadView {
        fonts = List.copyOf(fonts);
    }

    /**
     * A sharing picture.
     *
     * @param url its absolute URL
     * @param width in pixels
     * @param height in pixels
     * @param rung the step it shows, or −1 for the whole ladder (the alt text says which)
     * @param step the step's name, e.g. "Counting"; empty for the whole ladder
     * @param firstLoss the step's first training loss, formatted; empty for the whole ladder
     * @param lastLoss its final loss, formatted; empty for the whole ladder
     */
    public record Image(String url, int width, int height, int rung, String step, String firstLoss,
            String lastLoss) {
    }
}
