package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The site works offline: every page opened from {@code file://} in Chromium with networking off
 * makes no request that is not a local file, has no failed request and no console error; and no
 * file of the site refers to anything outside it that a browser would load (links to cited
 * sources are fine: a reader follows them, the page does not load them). The pages are visited
 * once for all page-wide checks ({@link AllPagesIT}), widgets driven by the keyboard included;
 * this class proves the offline browser catches a request, and reads the files as text (jsoup).
 */
@ExtendWith(SharedChromium.class)
class OfflineIT {
    private static final JsonMapper JSON = new JsonMapper();
    /** What a script of ours must never do: each fails from file:// or reaches the network. */
    private static final Pattern NETWORK_JS = Pattern.compile("\\bfetch\\s*\\(|XMLHttpRequest|\\bimport\\s*\\(|"
            + "importScripts|new\\s+(?:Shared)?Worker|WebSocket|EventSource|sendBeacon|^\\s*(?:import|export)\\s",
            Pattern.MULTILINE);
    /** An absolute URL in a script; XML namespaces are names, not addresses. */
    private static final Pattern URL_IN_JS = Pattern.compile("(?:https?:)?//[a-z0-9.-]+\\.[a-z]{2,}[^\\s\"')]*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)|@import\\s+['\"]([^'\"]+)");

    @TempDir
    Path temp;

    @Test
    void theOfflineBrowserCatchesAPageThatReachesForTheNetwork() throws IOException {
        Path page = temp.resolve("online.html");
        Files.writeString(page, "<!DOCTYPE html><html lang=en><title>t</title><img alt='' "
                + "src='https://cdn.example.org/logo.png'><script src='missing.js'></script>");
        try (Browser browser = Browser.offline()) {
            network(browser);
            browser.visit(page);
            List<String> found = network(browser);
            assertThat(found).anyMatch(p -> p.contains("https://cdn.example.org/logo.png"))
                    .anyMatch(p -> p.contains("missing.js"));
        }
    }

    @Test
    void noFileOfTheSiteLoadsAnythingFromOutsideIt() {
        List<String> found = new ArrayList<>();
        for (String page : SiteFiles.pages()) {
            Document doc = SiteFiles.parse(page);
            for (Element element : doc.select("[src], [srcset], [poster], object[data], link[href], use[href], "
                    + "image[href], [xlink:href], [style*=url], meta[http-equiv=refresh], [action], [formaction]")) {
                for (String attribute : List.of("src", "srcset", "poster", "data", "href", "xlink:href", "action",
                        "formaction", "content", "style")) {
                    if (!element.hasAttr(attribute) || element.normalName().equals("a")
                            || (attribute.equals("content") && !element.normalName().equals("meta"))) {
                        continue;
                    }
                    String value = element.attr(attribute);
                    List<String> urls = attribute.equals("style") ? cssUrls(value)
                            : attribute.equals("content") ? List.of(value.replaceFirst("(?i)^[^;]*;\\s*url=", ""))
                            : List.of(value);
                    for (String url : urls) {
                        if (leavesTheSite(url)) {
                            found.add(page + ": <" + element.normalName() + " " + attribute + "=\"" + url + "\">");
                        }
                    }
                }
            }
        }
        for (String sheet : SiteFiles.withSuffix(".css")) {
            String[] lines = SiteFiles.text(sheet).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                for (String url : cssUrls(lines[i])) {
                    if (leavesTheSite(url)) {
                        found.add(sheet + ":" + (i + 1) + ": url(" + url + ")");
                    }
                }
            }
        }
        for (String script : SiteFiles.withSuffix(".js")) {
            String[] lines = withoutComments(SiteFiles.text(script)).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher network = NETWORK_JS.matcher(lines[i]);
                if (network.find()) {
                    found.add(script + ":" + (i + 1) + ": " + network.group().strip());
                }
                Matcher url = URL_IN_JS.matcher(lines[i]);
                while (url.find()) {
                    if (!url.group().startsWith("http://www.w3.org/")) {
                        found.add(script + ":" + (i + 1) + ": " + url.group());
                    }
                }
            }
        }
        assertThat(found).as("references to resources outside the site").isEmpty();
    }

    /** Requests to anything but a local file, and requests that failed, since the last call. */
    static List<String> network(Browser browser) {
        List<String> found = new ArrayList<>();
        Map<String, String> urls = new LinkedHashMap<>();
        for (LogEntry entry : browser.driver().manage().logs().get(LogType.PERFORMANCE).getAll()) {
            JsonNode message;
            try {
                message = JSON.readTree(entry.getMessage()).path("message");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            JsonNode params = message.path("params");
            switch (message.path("method").asText()) {
                case "Network.requestWillBeSent" -> {
                    if (!params.path("documentURL").asText().startsWith("file:")) {
                        continue;                                    // the browser's own pages (new tab page)
                    }
                    String url = params.path("request").path("url").asText();
                    urls.put(params.path("requestId").asText(), url);
                    if (!url.startsWith("file:") && !url.startsWith("data:")) {
                        found.add("request to " + url);
                    }
                }
                case "Network.loadingFailed" -> {
                    String url = urls.get(params.path("requestId").asText());
                    if (url != null) {
                        found.add("failed: " + url + " (" + params.path("errorText").asText() + ")");
                    }
                }
                default -> {
                    // other events say nothing about where the page reached
                }
            }
        }
        return found;
    }

    /** Resources the page loaded (the Performance API's view) that are not local files. */
    @SuppressWarnings("unchecked")
    static List<String> nonLocalResources(Browser browser) {
        List<Object> names = (List<Object>) browser.script(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                        + ".filter(n => !n.startsWith('file:') && !n.startsWith('data:'))");
        return names.stream().map(n -> "loaded " + n).toList();
    }

    /** A script with its comments blanked (line breaks kept, so line numbers hold): prose may say "fetch()". */
    private static String withoutComments(String js) {
        Matcher block = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL).matcher(js);
        String noBlocks = block.replaceAll(m -> m.group().replaceAll("[^\n]", ""));
        return noBlocks.replaceAll("(?m)(?<![:\"'\\\\])//.*$", "");
    }

    private static List<String> cssUrls(String css) {
        List<String> urls = new ArrayList<>();
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) {
            urls.add((m.group(1) != null ? m.group(1) : m.group(2)).strip());
        }
        return urls;
    }

    /** Whether a browser would go outside the site for this URL: any scheme but data:, or a protocol-relative one. */
    private static boolean leavesTheSite(String url) {
        String u = url.strip().toLowerCase(java.util.Locale.ROOT);
        if (u.isEmpty() || u.startsWith("#") || u.startsWith("data:")) {
            return false;
        }
        return u.startsWith("//") || u.matches("^[a-z][a-z0-9+.-]*:.*");
    }
}
