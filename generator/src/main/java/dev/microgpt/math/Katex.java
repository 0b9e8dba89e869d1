package dev.microgpt.math;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Renders TeX to HTML and MathML with KaTeX running in GraalJS. One engine per build; each
 * formula is rendered once and cached by (TeX, display mode). Not thread-safe beyond that cache:
 * the JavaScript context is used by one thread at a time.
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

    private final Engine engine;
    private final Context context;
    private final Value render;                                   // the function above
    private final Map<Key, String> cache = new ConcurrentHashMap<>();
    private long renderNanos;                                     // time spent in KaTeX, for the build report

    /** Loads KaTeX; takes a few seconds, so build one per build. */
    public Katex() {
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
        if (cached != null) {
            return cached;
        }
        String html;
        synchronized (this) {
            long start = System.nanoTime();
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

    /** Seconds spent rendering formulas so far (cache hits cost nothing), for the build report. */
    public synchronized double renderSeconds() {
        return renderNanos / 1e9;
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

    @Override
    public void close() {
        context.close();
        engine.close();
    }

    private record Key(String tex, boolean display) {
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
