package dev.microgpt.math;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Renders TeX to HTML and MathML with KaTeX running in GraalJS. One engine per build, started
 * only when a formula is not in the cache; each formula is rendered once and cached by (TeX,
 * display mode). With a cache file ({@link #Katex(Path)}) the formulas of the last build are read
 * from it and the ones this build used written back, so a rebuild after a lesson edit renders
 * only the formulas that changed (KaTeX is deterministic: the same TeX, options and version give
 * the same HTML, see {@link MathCache}). Not thread-safe beyond that cache: the JavaScript
 * context is used by one thread at a time.
 */
public final class Katex implements AutoCloseable {
    /** The KaTeX version, as on the classpath (the WebJar's folder name). */
    public static final String VERSION = "0.16.47";
    /** Where the WebJar keeps the distribution. */
    public static final String DIST = "META-INF/resources/webjars/katex/" + VERSION + "/dist/";

    // trust: KaTeX draws a refused command (\\href, \\url, \\htmlClass, \\includegraphics …) as red
    // text and carries on; we record it and fail the formula instead. A RangeError is KaTeX's
    // recursion running out of stack on a formula nested thousands of braces deep.
    private static final String RENDER = """
            (function (tex, display) {
              var refused = [];
              try {
                var html = katex.renderToString(tex, {displayMode: display, output: 'htmlAndMathml',
                    throwOnError: true, strict: 'error', maxExpand: 1000,
                    trust: function (context) { refused.push(context.command); return false; }});
                if (refused.length > 0) {
                  return {message: refused[0] + ' is not allowed in formulas here (no links, '
                      + 'classes, styles or pictures from TeX)', position: tex.indexOf(refused[0])};
                }
                return html;
              } catch (e) {
                if (e instanceof katex.ParseError) return {message: e.rawMessage, position: e.position};
                if (e instanceof RangeError) return {message: 'formula nested too deeply', position: -1};
                throw e;
              }
            })""";

    /** What a cached formula depends on besides its TeX: KaTeX's version and our options. */
    static final String FINGERPRINT = VERSION + "\n" + RENDER;

    private Engine engine;                                        // started at the first formula not cached
    private Context context;
    private Value render;                                         // the function above
    private final Map<Key, String> cache = new ConcurrentHashMap<>();
    private final Path cacheFile;                                 // or null: no cache between builds
    private final Map<Key, String> stored;                        // what the cache file held
    private long renderNanos;                                     // time spent in KaTeX, for the build report
    private int rendered;                                         // formulas KaTeX rendered, for the report

    /** KaTeX without a cache between builds; starting it takes a few seconds, so use one per build. */
    public Katex() {
        this(null);
    }

    /** KaTeX with the formulas of earlier builds kept in {@code cacheFile} (read now, written by {@link #close}). */
    public Katex(Path cacheFile) {
        this.cacheFile = cacheFile;
        this.stored = cacheFile == null ? Map.of() : MathCache.read(cacheFile, FINGERPRINT);
    }

    private void start() {
        engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
        context = Context.newBuilder("js").engine(engine).build();
        context.eval(Source.create("js", resource(DIST + "katex.min.js")));
        render = context.eval("js", RENDER);
    }

    /**
     * The HTML of a formula.
     *
     * @throws TexException if KaTeX cannot parse it; the exception carries KaTeX's message and
     *     the 0-based offset into {@code tex} where it went wrong (−1 if unknown)
     */
    public String render(String tex, boolean display) {
        Key key = new Key(tex, display);
        String cached = cache.get(key);
        if (cached == null) {
            cached = stored.get(key);
        }
        if (cached != null) {
            cache.put(key, cached);
            return cached;
        }
        String html;
        synchronized (this) {
            long start = System.nanoTime();
            if (engine == null) {
                start();
            }
            rendered++;
            Value result = render.execute(tex, display);
            renderNanos += System.nanoTime() - start;
            if (!result.isString()) {
                Value position = result.getMember("position");
                throw new TexException(result.getMember("message").asString(),
                        position.isNumber() ? position.asInt() : -1);
            }
            html = result.asString();
        }
        cache.put(key, html);
        return html;
    }

    /** Seconds spent starting KaTeX and rendering formulas so far (cache hits cost nothing), for the build report. */
    public synchronized double renderSeconds() {
        return renderNanos / 1e9;
    }

    /** How many formulas KaTeX itself rendered so far; the others came from the cache file. */
    public synchronized int renderedCount() {
        return rendered;
    }

    /** KaTeX's stylesheet, as shipped. */
    public static String css() {
        return resource(DIST + "katex.min.css");
    }

    static String resource(String path) {
        try (InputStream in = Katex.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("KaTeX WebJar not on the classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the formulas used since this was made to the cache file, if any, and stops KaTeX. */
    @Override
    public synchronized void close() {
        if (cacheFile != null && !cache.equals(stored)) {
            MathCache.write(cacheFile, FINGERPRINT, cache);   // only what was used: the cache never grows stale
        }
        if (engine != null) {
            context.close();
            engine.close();
            engine = null;
        }
    }

    record Key(String tex, boolean display) {
    }

    /** KaTeX could not parse a formula. */
    public static final class TexException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int offset;   // 0-based offset into the TeX, −1 if unknown

        TexException(String message, int offset) {
            super(message);
            this.offset = offset;
        }

        /** Where in the TeX KaTeX stopped, 0-based, or −1. */
        public int offset() {
            return offset;
        }
    }
}
