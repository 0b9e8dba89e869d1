package dev.microgpt.markdown;

import com.fasterxml.jackson.databind.JsonNode;
import dev.microgpt.content.RunData;
import dev.microgpt.page.Numbers;
import java.util.ArrayList;
import java.util.List;

/** The formats a binding may ask for; numbers are written by {@link Numbers}. */
final class Formats {
    /** The most digits a format may ask for: a double holds 17 significant digits, no more. */
    static final int MAX_DIGITS = 17;

    private Formats() {
    }

    /** Formats a value as a binding's format asks. */
    static String format(JsonNode value, String format, String path, RunData run) {
        String[] parts = format.isEmpty() ? new String[0] : format.split("\\s+");
        String kind = parts.length == 0 ? "" : parts[0];
        if (kind.matches("\\d+") && parts.length == 1) {
            return Numbers.fixed(number(value, path, format), bounded(kind, path, format));
        }
        switch (kind) {
            case "":
                if (value.isIntegralNumber()) {
                    return Numbers.integer(value.bigIntegerValue());
                }
                if (value.isTextual()) {
                    return escapeMarkdown(value.asText());
                }
                if (value.isNumber()) {
                    throw new Bindings.BindingException(path + " is a fraction (" + value
                            + "): say how many decimals, e.g. {{ " + path + " | 4 }}");
                }
                throw new Bindings.BindingException(path + " is " + describe(value)
                        + ", not a single value; use | list or | len, or index it");
            case "sci":
                return Numbers.scientific(number(value, path, format), digits(parts, path, format));
            case "exp":
                // e to the value, for quantities defined from a loss (perplexity = e^loss); StrictMath
                // so every JVM prints the same digits
                return Numbers.fixed(StrictMath.exp(number(value, path, format)), digits(parts, path, format));
            case "pct":
                return Numbers.fixed(number(value, path, format) * 100, digits(parts, path, format)) + "%";
            case "list":
                return list(value, path);
            case "len":
                if (!value.isArray() && !value.isTextual()) {
                    throw new Bindings.BindingException(path + " is " + describe(value) + "; | len needs a list");
                }
                return Numbers.integer(value.isArray() ? value.size() : value.asText().length());
            case "token":
                return token(value, path, run);
            case "raw":
                return escapeMarkdown(value.isTextual() ? value.asText() : value.toString());
            default:
                throw new Bindings.BindingException("unknown format '" + format + "' for " + path
                        + "; known: a digit count (4), sci N, pct N, exp N, list, len, token, raw");
        }
    }

    private static String list(JsonNode value, String path) {
        if (!value.isArray()) {
            throw new Bindings.BindingException(path + " is " + describe(value) + "; | list needs a list");
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isValueNode()) {
                throw new Bindings.BindingException(path + " holds " + describe(item) + "; | list needs plain values");
            }
            items.add(escapeMarkdown(item.asText()));
        }
        return String.join(", ", items);
    }

    private static String token(JsonNode value, String path, RunData run) {
        if (!value.isIntegralNumber()) {
            throw new Bindings.BindingException(path + " is " + describe(value) + "; | token needs a token id");
        }
        String uchars = run.get("dataset").path("uchars").asText();
        int id = value.asInt();
        if (id == uchars.length()) {
            return "BOS";
        }
        if (id < 0 || id > uchars.length()) {
            throw new Bindings.BindingException(path + " = " + id + " is not a token id");
        }
        return String.valueOf(uchars.charAt(id));
    }

    private static double number(JsonNode value, String path, String format) {
        if (!value.isNumber()) {
            throw new Bindings.BindingException("format '" + format + "' needs a number, but " + path + " is "
                    + describe(value));
        }
        return value.doubleValue();
    }

    private static int digits(String[] parts, String path, String format) {
        if (parts.length != 2 || !parts[1].matches("\\d+")) {
            throw new Bindings.BindingException("format '" + format + "' for " + path
                    + " needs a digit count, e.g. | " + parts[0] + " 2");
        }
        return bounded(parts[1], path, format);
    }

    /** A digit count from 0 to {@value #MAX_DIGITS}: more would print digits the run never had. */
    private static int bounded(String digits, String path, String format) {
        if (digits.length() > 2 || Integer.parseInt(digits) > MAX_DIGITS) {
            throw new Bindings.BindingException("format '" + format + "' for " + path + " asks for " + digits
                    + " digits; a number from the run has at most " + MAX_DIGITS + " (use 0 to " + MAX_DIGITS + ")");
        }
        return Integer.parseInt(digits);
    }

    private static String describe(JsonNode value) {
        if (value.isArray()) {
            return "a list of " + value.size();
        }
        if (value.isObject()) {
            return "an object";
        }
        return value.isTextual() ? "text \"" + value.asText() + "\"" : value.toString();
    }

    /** Backslash-escapes Markdown's punctuation so bound text is shown, never interpreted. */
    static String escapeMarkdown(String text) {
        StringBuilder out = new StringBuilder();
        for (char ch : text.toCharArray()) {
            if ("\\`*_{}[]()#+-.!|<>~$&\"'".indexOf(ch) >= 0) {
                out.append('\\');
            }
            out.append(ch);
        }
        return out.toString();
    }
}
