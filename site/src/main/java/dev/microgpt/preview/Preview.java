package dev.microgpt.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.microgpt.content.BuildFailedException;
import dev.microgpt.content.SourceException;
import dev.microgpt.excerpt.ExcerptSources;
import dev.microgpt.dataset.NamesFile;
import dev.microgpt.dataset.NamesFileException;
import dev.microgpt.math.Katex;
import dev.microgpt.rundata.BuildLock;
import dev.microgpt.rundata.Export;
import dev.microgpt.rundata.FailureLine;
import dev.microgpt.rundata.RunKey;
import dev.microgpt.rundata.StoredRun;
import dev.microgpt.site.BodyCache;
import dev.microgpt.site.SiteBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The maintainers' preview: serves {@code site/target/www/} on 127.0.0.1, watches the lessons,
 * the templates and assets, the model's sources and the Python reference (both quoted by the
 * listings) and the run data, rebuilds when
 * one changes and reloads the open page if the rebuild changed it. A rebuild reuses what did not
 * change: the last run data (it never trains, except once if there is none), one warm KaTeX with
 * every formula it has rendered, and the body of every page whose file is unchanged. A failed
 * rebuild keeps the last site and shows its {@code file:line} messages over the page.
 *
 * <p>Pages on disk are exactly what the build writes. Only the responses of this server differ:
 * each HTML page gets one extra script, {@code /__preview/client.js}, which listens to
 * {@code /__preview/events} (the pages' policy allows {@code connect-src 'self'}).
 *
 * <p>Usage: {@code Preview --root REPOSITORY [--port 8000]}; see CONTRIBUTING.md.
 */
public final class Preview implements AutoCloseable {
    private static final String CLIENT = "/__preview/client.js";
    private static final String EVENTS = "/__preview/events";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "json",
            "application/json", "woff2", "font/woff2", "svg", "image/svg+xml", "txt", "text/plain; charset=utf-8",
            "zip", "application/zip", "pdf", "application/pdf");

    private final Path content;     // content/
    private final Path sources;     // model/src/main/java
    private final Path reference;   // tools/reference: the Python the listings quote beside the Java
    private final Path resources;   // generator/src/main/resources: templates/ and assets/
    private final Path rundata;     // site/target/rundata
    private final Path www;         // site/target/www
    private final Katex katex;      // warm for the session, starting from the build's formula cache
    private final BodyCache cache = new BodyCache();
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private Map<String, String> hashes = new TreeMap<>();   // page → hash of its bytes, as last built
    private String lastFailure = null;                      // the messages of a failed build, or null

    /** A preview of the repository at {@code root}, served on {@code port} (0: any free port). */
    public Preview(Path root, int port) throws IOException {
        this.content = root.resolve("content");
        this.sources = root.resolve("model/src/main/java");
        this.reference = root.resolve(ExcerptSources.PYTHON_LABEL);
        this.resources = root.resolve("generator/src/main/resources");
        this.rundata = root.resolve("site/target/rundata");
        this.www = root.resolve("site/target/www");
        this.katex = new Katex(root.resolve("site/target/math-cache.bin"));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "preview-http");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::serve);
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable e) {   // whatever it is, one line: a stack trace would hide it
            fail(FailureLine.of(e));
        }
    }

    private static void run(String[] args) throws IOException, InterruptedException {
        Path root = Path.of(".");
        int port = 8000;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--root" -> root = Path.of(args[i + 1]);
                case "--port" -> port = port(args[i + 1]);
                default -> fail("usage: Preview --root DIR [--port N]");
            }
        }
        stopWithParent();
        Preview preview;
        try {
            preview = new Preview(root.toAbsolutePath().normalize(), port);
        } catch (BindException e) {
            fail("port " + port + " is taken (another preview?): stop it, or pick another port with -Dpreview.port=N");
            return;
        }
        try (preview) {
            preview.start();
            System.out.println("preview: http://127.0.0.1:" + preview.port() + "/ · watching content/, templates, "
                    + "assets, the model's sources, tools/reference and the run data · Ctrl+C stops");
            preview.watch();
        } catch (NamesFileException e) {
            fail("no run data yet and no dataset to train it from: " + e.getMessage()
                    + "; point -Dmicrogpt.names=PATH or MICROGPT_NAMES=PATH at makemore's names.txt");
        }
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        fail("-Dpreview.port must be a port number from 1 to 65535, found '" + text + "'");
        return 0;
    }

    /** One line on stderr, no stack trace: the problem is the machine's, not a bug. */
    private static void fail(String message) {
        System.err.println("preview: " + message);
        System.exit(1);
    }

    /**
     * Exits when the process that started this one ends. Maven runs the preview as a child; a
     * SIGTERM to Maven (an IDE's stop button, {@code kill}, a CI timeout) does not reach the child,
     * which would keep serving the port with nobody to stop it.
     */
    private static void stopWithParent() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
            System.out.println("preview: the process that started it (pid " + parent.pid() + ") ended; stopping");
            System.exit(0);
        }));
    }

    /** Trains once if there is no run data, builds the site and starts serving it. */
    public void start() throws IOException, InterruptedException {
        try (BuildLock lock = BuildLock.acquire(SiteBuilder.lockFolder(www), "preview")) {
            if (!Files.isRegularFile(rundata.resolve("dataset.json"))) {
                System.out.println("preview: no run data yet, training once (later rebuilds reuse it)");
                Files.createDirectories(rundata);
                List<String> names = NamesFile.load();
                Export.writeAll(names, rundata);
                StoredRun.commit(rundata, RunKey.of(names, sources.getParent()), Export.FILES);  // the build reuses it
            }
        }
        rebuild(List.of());
        server.start();
    }

    /** The port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Rebuilds the site after the given files changed and tells the open pages what changed.
     *
     * @return the pages and assets whose bytes changed, relative to the site root
     */
    public synchronized List<String> rebuild(List<Path> changed) {
        long start = System.nanoTime();
        if (changed.stream().anyMatch(p -> p.startsWith(sources) || p.startsWith(reference)
                || p.startsWith(rundata))) {
            cache.clear();                                           // every page may quote them
        }
        SiteBuilder.Report report;
        Map<String, String> now;
        // the hashes read the site this build published: a build in another terminal waits meanwhile
        try (BuildLock lock = BuildLock.acquire(SiteBuilder.lockFolder(www), "preview")) {
            report = new SiteBuilder(content, rundata, sources, www, katex).forPreview(resources, cache).build();
            now = hash(www);
        } catch (BuildFailedException | SourceException e) {
            return failed(e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {   // the preview outlives any content
            cache.clear();
            return failed("preview: " + FailureLine.of(e));
        }
        lastFailure = null;
        List<String> different = new ArrayList<>();
        for (Map.Entry<String, String> file : now.entrySet()) {
            if (!file.getValue().equals(hashes.get(file.getKey()))) {
                different.add(file.getKey());
            }
        }
        hashes = now;
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (!changed.isEmpty()) {
            System.out.printf(Locale.ROOT, "preview: rebuilt in %d ms (%s; load %.0f, render %.0f, write %.0f ms), "
                    + "%d file(s) changed%n", millis, cache.lastBuild(), report.loadSeconds() * 1000,
                    (report.mathSeconds() + report.renderSeconds()) * 1000, report.writeSeconds() * 1000,
                    different.size());
        }
        StringBuilder list = new StringBuilder("[");
        for (String path : different) {
            list.append(list.length() > 1 ? "," : "").append(json(path));
        }
        broadcast("built", "{\"ms\":" + millis + ",\"changed\":" + list.append(']') + "}");
        return different;
    }

    private List<String> failed(String messages) {
        lastFailure = messages;
        System.out.println(messages + "\npreview: build failed; still serving the last good site");
        broadcast("failed", json(messages));
        return List.of();
    }

    /** Watches the sources of the site until interrupted, rebuilding after each burst of changes. */
    public void watch() throws IOException, InterruptedException {
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            Map<WatchKey, Path> dirs = new HashMap<>();
            for (Path root : List.of(content, resources, sources, reference, rundata)) {
                register(watcher, root, dirs);
            }
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watcher.take();
                List<Path> changed = new ArrayList<>();
                do {
                    Path dir = dirs.get(key);
                    for (var event : key.pollEvents()) {
                        if (event.context() instanceof Path name && dir != null) {
                            Path file = dir.resolve(name);
                            changed.add(file);
                            if (Files.isDirectory(file)) {
                                registerIfStill(watcher, file, dirs);   // a new folder: watch it too
                            }
                        }
                    }
                    key.reset();
                    key = watcher.poll(30, TimeUnit.MILLISECONDS);   // an editor's save is several events
                } while (key != null);
                changed.removeIf(p -> p.getFileName().toString().startsWith(".")
                        || p.getFileName().toString().endsWith("~"));  // editors' swap and backup files
                if (!changed.isEmpty()) {
                    rebuild(changed);
                }
            }
        }
    }

    /** Watches a new folder, unless it is gone again (an editor's temporary folder): the preview goes on. */
    private static void registerIfStill(WatchService watcher, Path dir, Map<WatchKey, Path> dirs) {
        try {
            register(watcher, dir, dirs);
        } catch (IOException | UncheckedIOException e) {
            System.out.println("preview: not watching " + dir + ": " + FailureLine.of(e));
        }
    }

    private static void register(WatchService watcher, Path root, Map<WatchKey, Path> dirs) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path dir : all.filter(Files::isDirectory).toList()) {
                dirs.put(dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), dir);
            }
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {     // a preview only reads
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, TYPES.get("txt"), "only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
            } else if (!ownHost(exchange.getRequestHeaders().getFirst("Host"))) {
                // another name for 127.0.0.1 (a DNS rebinding page) must not read the preview
                send(exchange, 421, TYPES.get("txt"), "not this server's host\n".getBytes(StandardCharsets.UTF_8));
            } else if (path.equals(EVENTS)) {
                events(exchange);
            } else if (path.equals(CLIENT)) {
                send(exchange, 200, TYPES.get("js"), resource("client.js"));
            } else {
                file(exchange, path);
            }
        }
    }

    /** The names this server answers to: its loopback address or localhost, with its port. */
    private boolean ownHost(String host) {
        int port = port();
        return host != null && List.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port)
                .contains(host.toLowerCase(Locale.ROOT));
    }

    private void file(HttpExchange exchange, String path) throws IOException {
        String relative = path.replaceFirst("^/+", "");
        if (relative.isEmpty() || relative.endsWith("/")) {
            relative += "index.html";
        }
        Path file = www.resolve(relative).normalize();
        if (!file.startsWith(www) || !Files.isRegularFile(file)) {
            send(exchange, 404, TYPES.get("txt"), ("not found: " + path).getBytes(StandardCharsets.UTF_8));
            return;
        }
        String name = file.getFileName().toString();
        String type = contentType(name);
        byte[] bytes = Files.readAllBytes(file);
        if (name.endsWith(".html")) {
            bytes = forPreview(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, 200, type, bytes);
    }

    /** The Content-Type of a site file, by its extension. */
    public static String contentType(String fileName) {
        return TYPES.getOrDefault(fileName.substring(fileName.lastIndexOf('.') + 1), "application/octet-stream");
    }

    /** A page as this server sends it: the reload script added. */
    static String forPreview(String html) {
        return html.replaceFirst("</head>", "<script src=\"" + CLIENT + "\" defer></script>\n</head>");
    }

    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write((": preview\n\n" + (lastFailure == null ? "" : "event: failed\ndata: " + json(lastFailure) + "\n\n"))
                .getBytes(StandardCharsets.UTF_8));
        out.flush();
        listeners.add(out);
        try {
            while (listeners.contains(out)) {
                Thread.sleep(15_000);
                synchronized (out) {
                    out.write(": still here\n\n".getBytes(StandardCharsets.UTF_8));   // notices a closed tab
                    out.flush();
                }
            }
        } catch (IOException | InterruptedException e) {
            listeners.remove(out);
        }
    }

    private void broadcast(String event, String data) {
        byte[] message = ("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : listeners) {
            try {
                synchronized (out) {
                    out.write(message);
                    out.flush();
                }
            } catch (IOException e) {
                listeners.remove(out);
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
            exchange.sendResponseHeaders(status, -1);                 // the headers of a GET, no body
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = Preview.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private static Map<String, String> hash(Path root) {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {   // www is a link
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                hashes.put(root.relativize(file).toString().replace('\\', '/'),
                        HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return hashes;
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(ch < 0x20 ? String.format(Locale.ROOT, "\\u%04x", (int) ch) : String.valueOf(ch));
            }
        }
        return out.append('"').toString();
    }

    @Override
    public void close() {
        server.stop(0);
        listeners.clear();
        katex.close();
    }
}
