package dev.microgpt.site;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Hands every test class of the JVM the same {@link Chromium}: started when the first session
 * asks for it and quit when JUnit's launcher session ends, after the JVM's last class. Not the
 * root context's store: Failsafe, running two test JVMs that each take the next class when free,
 * runs every class as an execution of its own, so the root store would close (and quit Chromium)
 * after each class; the launcher session spans them all. JUnit finds the listener through
 * {@code META-INF/services}. A class that opens pages says {@code @ExtendWith(SharedChromium.class)},
 * which tells the reader so; {@link Browser} refuses to start a browser without it.
 */
public final class SharedChromium implements BeforeAllCallback, LauncherSessionListener {
    private static Chromium chromium;
    private static volatile boolean declared;

    @Override
    public void beforeAll(ExtensionContext context) {
        declared = true;
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        synchronized (SharedChromium.class) {
            if (chromium != null) {
                chromium.close();
                chromium = null;
            }
        }
    }

    /** The JVM's browser, started on first use. */
    static synchronized Chromium get() {
        if (!declared) {
            throw new IllegalStateException("a class that opens pages needs @ExtendWith(SharedChromium.class)");
        }
        if (chromium == null) {
            chromium = Chromium.launch();
        }
        return chromium;
    }
}
