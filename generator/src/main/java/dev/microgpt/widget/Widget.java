package dev.microgpt.widget;

import dev.microgpt.content.RunData;
import java.util.Set;

/** One kind of interactive figure: its name in {@code ```widget NAME}, its keys, and its rendering. */
public interface Widget {
    /** The name lessons use, e.g. {@code count-table}. */
    String name();

    /** The keys its block may set, besides {@code caption}. */
    Set<String> keys();

    /**
     * The static fallback and the data for the script.
     *
     * @throws WidgetException if an argument is wrong; the exception names the key's line
     */
    Rendered render(Args args, RunData run);
}
