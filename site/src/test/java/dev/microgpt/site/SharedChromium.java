package dev.microgpt.site;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Hands every test class of the JVM the same {@link Chromium}: started when the first session
 * asks for it, kept in the root context's store, and quit by JUnit when the whole run ends (the
 * store closes what is {@link AutoCloseable}). A class that opens pages says
 * {@code @ExtendWith(SharedChromium.class)}; {@link Browser} refuses to start a browser of its own.
 */
final class SharedChromium implements BeforeAllCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedChromium.class);
    private static volatile ExtensionContext.Store root;

    @Override
    public void beforeAll(ExtensionContext context) {
        root = context.getRoot().getStore(NAMESPACE);
    }

    /** The JVM's browser, started on first use. */
    static synchronized Chromium get() {
        if (root == null) {
            throw new IllegalStateException("a class that opens pages needs @ExtendWith(SharedChromium.class)");
        }
        return root.computeIfAbsent(Chromium.class, k -> Chromium.launch(), Chromium.class);
    }
}
