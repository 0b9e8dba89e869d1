package dev.microgpt.widget;

import dev.microgpt.content.RunData;
import java.util.ArrayList;
import java.util.List;

/** Reading rung numbers from widget keys, and what the run says about each rung. */
final class Rungs {
    private Rungs() {
    }

    /** One rung from a key, checked against the run; {@code allowed} says which kinds fit the widget. */
    static int one(Args args, String key, int otherwise, RunData run, int min, int max) {
        int rung = args.integer(key, otherwise);
        check(args, key, rung, run, min, max);
        return rung;
    }

    /** A list of rungs from a key, each checked. */
    static List<Integer> list(Args args, String key, List<Integer> otherwise, RunData run, int min, int max) {
        List<Integer> rungs = args.integers(key, otherwise);
        if (rungs.isEmpty()) {
            throw args.error(key, key + " must name at least one rung");
        }
        List<Integer> seen = new ArrayList<>();
        for (int rung : rungs) {
            check(args, key, rung, run, min, max);
            if (seen.contains(rung)) {
                throw args.error(key, key + " names rung " + rung + " twice");
            }
            seen.add(rung);
        }
        return rungs;
    }

    private static void check(Args args, String key, int rung, RunData run, int min, int max) {
        if (rung < min || rung > max) {
            String range = min == max ? "" + min : min + " to " + max;
            throw args.error(key, key + " must be " + (min == max ? "rung " : "a rung from ") + range
                    + " for this widget, was " + rung);
        }
        if (!run.has(rung)) {
            throw args.error(key, "the run has no rung " + rung);
        }
    }

    /** The rung's title, e.g. "Gradient descent". */
    static String title(RunData run, int rung) {
        return rung == 0 ? run.counting().title() : run.rung(rung).title();
    }


    /** A decimal key, or {@code otherwise}, within [min, max]. */
    static double decimal(Args args, String key, double otherwise, double min, double max) {
        if (!args.has(key)) {
            return otherwise;
        }
        String text = args.text(key, "");
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw args.error(key, key + " must be a number, was \"" + text + "\"");
        }
        if (!(value >= min && value <= max)) {
            throw args.error(key, key + " must be between " + min + " and " + max + ", was " + text);
        }
        return value;
    }
}
