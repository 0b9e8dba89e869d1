package dev.microgpt.ladder;

import java.util.Locale;

/** Argument checks in one place, so every message has the same shape. */
public final class Check {
    private Check() {
    }

    /** Throws unless {@code condition} holds; the message is formatted with {@link Locale#ROOT}. */
    public static void that(boolean condition, String format, Object... args) {
        if (!condition) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, format, args));
        }
    }

    /** Throws unless {@code x} is a finite number. */
    public static double finite(String what, double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException(what + " is " + x + ", expected a finite number");
        }
        return x;
    }

    /** Throws unless every element of {@code xs} is finite, naming the first that is not. */
    public static double[] finite(String what, double[] xs) {
        for (int i = 0; i < xs.length; i++) {
            finite(what + "[" + i + "]", xs[i]);
        }
        return xs;
    }

    /** Throws unless every element of {@code xs} is finite. */
    public static double[][] finite(String what, double[][] xs) {
        for (int i = 0; i < xs.length; i++) {
            finite(what + "[" + i + "]", xs[i]);
        }
        return xs;
    }
}
