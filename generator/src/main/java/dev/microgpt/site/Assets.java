package dev.microgpt.site;

import dev.microgpt.math.Katex;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files pages load: our stylesheet, the theme and search scripts, the widget scripts (every
 * file of the manifest {@code assets/js/scripts.list}, copied as it is to {@code assets/js/}; each
 * page loads only those it needs, see {@link WidgetScripts}), and KaTeX's stylesheet and fonts,
 * taken from its WebJar. KaTeX's CSS is rewritten to offer only
 * WOFF2, which every browser that runs our scripts reads, so no other format is shipped, and to
 * draw its fonts with {@code font-display: optional} instead of {@code block}.
 *
 * <p>Why optional: with {@code block} the text is laid out, invisibly, in a fallback font and laid
 * out again when KaTeX's font arrives, so every formula moves once (Lighthouse measured a layout
 * shift of 0.08 on every page). With {@code optional} a font that is not there by the first paint
 * is not used for that page at all, so nothing moves whenever the font arrives; it is in the cache
 * for the next page. From {@code file://} and with the preloads of a site built with a base URL
 * the fonts are there by the first paint, and Chromium holds the first paint for a preloaded
 * optional font.
 */
final class Assets {
    private static final Pattern OTHER_FONT_FORMATS =
            Pattern.compile(",url\\(fonts/[^)]+\\.(?:woff|ttf)\\) format\\(\"(?:woff|truetype)\"\\)");
    private static final Pattern WOFF2 = Pattern.compile("url\\((fonts/[^)]+\\.woff2)\\)");
    private static final String BLOCK = "font-display:block";
    private static final String OPTIONAL = "font-display:optional";

    private Assets() {
    }

    /** Copies every asset into the site folder. */
    static void copyInto(Path site) {
        copyInto(site, null);
    }

    /**
     * Copies every asset into the site folder, our own from {@code resources} (a folder holding
     * {@code assets/}, for the preview) or, if it is null, from the classpath.
     */
    static void copyInto(Path site, Path resources) {
        write(site.resolve("assets/style.css"), text("assets/style.css", resources));
        write(site.resolve("assets/theme.js"), text("assets/theme.js", resources));
        write(site.resolve("assets/search.js"), text("assets/search.js", resources));
        write(site.resolve("assets/terms.js"), text("assets/terms.js", resources));
        write(site.resolve("assets/term-cards.js"), text("assets/term-cards.js", resources));
        write(site.resolve("assets/listings.js"), text("assets/listings.js", resources));
        write(site.resolve("assets/icon.svg"), text("assets/icon.svg", resources));
        for (String file : WidgetScripts.parse(text(WidgetScripts.MANIFEST, resources)).files()) {
            String path = WidgetScripts.FOLDER + file;
            write(site.resolve(path), text(path, resources));
        }
        String katexCss = katexCss(Katex.css());
        write(site.resolve("assets/katex/katex.css"), katexCss);
        Matcher fonts = WOFF2.matcher(katexCss);
        List<String> copied = new ArrayList<>();
        while (fonts.find()) {
            String font = fonts.group(1);
            if (!copied.contains(font)) {
                copy(Katex.DIST + font, site.resolve("assets/katex/" + font));
                copied.add(font);
            }
        }
    }

    /** KaTeX's stylesheet with WOFF2 fonts only, each drawn with {@code font-display: optional}. */
    static String katexCss(String original) {
        if (!original.contains(BLOCK)) {
            // a KaTeX upgrade that changed how it declares its fonts: look again at the reason above
            throw new IllegalStateException("KaTeX's stylesheet no longer declares " + BLOCK);
        }
        return OTHER_FONT_FORMATS.matcher(original).replaceAll("").replace(BLOCK, OPTIONAL);
    }

    static String text(String resource) {
        return text(resource, null);
    }

    /** An asset's text, from {@code resources} (the preview's folder) or, if it is null, the classpath. */
    static String text(String resource, Path resources) {
        if (resources != null) {
            try {
                return Files.readString(resources.resolve(resource), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resources.resolve(resource), e);
            }
        }
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("asset missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(String resource, Path target) {
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, bytes(resource));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private static void write(Path target, String text) {
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}
