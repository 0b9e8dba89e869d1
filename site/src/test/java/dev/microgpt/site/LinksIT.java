package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Every internal link and reference in the finished HTML resolves: each {@code href} and
 * {@code src} that stays in the site names a file that exists inside it, each {@code #fragment}
 * an id on its target page, and each id reference ({@code for}, {@code aria-labelledby}, …) an id
 * on the same page. This reads the final pages, so links the templates write are checked as well
 * as those in lessons. Links to cited sources (http, https, mailto) are left to the reader.
 */
class LinksIT {
    private static final List<String> ID_REFERENCES = List.of("for", "headers", "list", "aria-labelledby",
            "aria-describedby", "aria-controls", "aria-owns", "aria-activedescendant", "aria-details",
            "aria-errormessage", "aria-flowto");

    private final Map<Path, Set<String>> idsByFile = new HashMap<>();

    @Test
    void everyInternalHrefAndFragmentResolves() {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (String page : SiteFiles.pages()) {
            Document doc = SiteFiles.parse(page);
            Path file = Browser.WWW.resolve(page);
            for (Element element : doc.select("[href], [src], [xlink:href]")) {
                for (String attribute : List.of("href", "src", "xlink:href")) {
                    if (element.hasAttr(attribute)) {
                        String problem = resolve(file, element.attr(attribute));
                        checked++;
                        if (problem != null) {
                            broken.add(page + ": <" + element.normalName() + " " + attribute + "=\""
                                    + element.attr(attribute) + "\"> " + problem);
                        }
                    }
                }
            }
            Set<String> ids = ids(file);
            for (String attribute : ID_REFERENCES) {
                for (Element element : doc.select("[" + attribute + "]")) {
                    for (String id : element.attr(attribute).trim().split("\\s+")) {
                        if (!ids.contains(id)) {
                            broken.add(page + ": <" + element.normalName() + " " + attribute + "=\"" + id
                                    + "\"> names no id on the page");
                        }
                    }
                }
            }
        }
        assertThat(broken).as("broken links and references (%d checked)", checked).isEmpty();
        assertThat(checked).as("links seen").isGreaterThan(SiteFiles.pages().size() * 5);
    }

    @Test
    void theCheckNoticesADeadLinkAndAMissingAnchor() {
        Path index = Browser.WWW.resolve("index.html");
        assertThat(resolve(index, "step/0/nowhere.html")).contains("no such file");
        assertThat(resolve(index, "index.html#no-such-anchor")).contains("no id");
        assertThat(resolve(index, "../../etc/passwd")).contains("outside the site");
        assertThat(resolve(index, "https://example.org/")).isNull();
        assertThat(resolve(index, "#main")).isNull();
    }

    /** Null if the URL resolves (or leaves the site on purpose), else what is wrong. */
    private String resolve(Path from, String url) {
        java.util.regex.Matcher scheme = java.util.regex.Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):").matcher(url);
        if (scheme.find()) {
            String name = scheme.group(1).toLowerCase(java.util.Locale.ROOT);
            return List.of("data", "http", "https", "mailto").contains(name) ? null : "uses the scheme " + name;
        }
        if (url.startsWith("//")) {
            return "is protocol-relative: it leaves the site";
        }
        int hash = url.indexOf('#');
        URI uri;
        try {
            uri = from.toAbsolutePath().toUri().resolve(new URI(null, null, hash < 0 ? url : url.substring(0, hash),
                    null, hash < 0 ? null : url.substring(hash + 1)));
        } catch (java.net.URISyntaxException e) {
            return "is not a valid URL (" + e.getMessage() + ")";
        }
        Path target = Path.of(uri.getPath()).normalize();
        if (!target.startsWith(Browser.WWW.toAbsolutePath().normalize())) {
            return "points outside the site";
        }
        if (!Files.isRegularFile(target)) {
            return "names no such file" + (Files.isDirectory(target) ? " (a folder: links must end in a file name, "
                    + "or they break from file://)" : "");
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")
                && !ids(target).contains(fragment)) {
            return "names no id #" + fragment + " on " + Browser.WWW.toAbsolutePath().relativize(target);
        }
        return null;
    }

    private Set<String> ids(Path page) {
        return idsByFile.computeIfAbsent(page.toAbsolutePath().normalize(), p -> {
            Set<String> ids = new HashSet<>();
            Document doc = SiteFiles.parse(Browser.WWW.toAbsolutePath().normalize().relativize(p).toString());
            for (Element element : doc.select("[id], a[name]")) {
                ids.add(element.hasAttr("id") ? element.id() : element.attr("name"));
            }
            return ids;
        });
    }
}
