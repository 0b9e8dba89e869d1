package dev.microgpt.page;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * How the site writes numbers, in prose, tables and static figures alike: decimals rounded half
 * to even from the exact binary value (as Python's {@code f"{x:.4f}"} does, so a figure matches
 * the reference printout), thousands separators, and a true minus sign (U+2212).
 */
public final class Numbers {
    /** The minus sign readers see, wider than a hyphen. */
    public static final char MINUS = '\u2212';
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Numbers() {
    }

    /** {@code x} with {@code digits} decimals: 2.6873, −0.0427, 1,234.5. */
    public static String fixed(double x, int digits) {
        BigDecimal rounded = round(x, digits);
        if (rounded.signum() == 0) {
            rounded = rounded.abs();                           // never print "−0.0000"
        }
        return withMinus(group(rounded.toPlainString()));
    }

    /** {@code x} rounded to {@code digits} decimals, half to even from its exact binary value. */
    public static BigDecimal round(double x, int digits) {
        return new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN);
    }

    /** The double nearest to {@code x} rounded to {@code digits} decimals, for embedded data. */
    public static double rounded(double x, int digits) {
        return round(x, digits).doubleValue();
    }

    /** An integer with thousands separators: 1,000 and 32,033. */
    public static String integer(long n) {
        return withMinus(group(Long.toString(n)));
    }

    /** An integer with thousands separators. */
    public static String integer(BigInteger n) {
        return withMinus(group(n.toString()));
    }

    /** {@code 2.03 × 10⁻⁹}, with no-break spaces so it never splits across lines. */
    public static String scientific(double x, int digits) {
        if (x == 0) {
            return fixed(0, digits);
        }
        int exponent = (int) Math.floor(Math.log10(Math.abs(x)));
        BigDecimal mantissa = new BigDecimal(x).movePointLeft(exponent).setScale(digits, RoundingMode.HALF_EVEN);
        if (mantissa.abs().compareTo(BigDecimal.TEN) >= 0) {
            exponent++;
            mantissa = new BigDecimal(x).movePointLeft(exponent).setScale(digits, RoundingMode.HALF_EVEN);
        }
        return withMinus(mantissa.toPlainString()) + "\u00a0×\u00a010" + superscript(exponent);   // never broken
    }

    private static String superscript(int exponent) {
        StringBuilder out = new StringBuilder(exponent < 0 ? "⁻" : "");
        for (char digit : Integer.toString(Math.abs(exponent)).toCharArray()) {
            out.append(SUPERSCRIPTS.charAt(digit - '0'));
        }
        return out.toString();
    }

    private static String group(String plain) {
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');                           // 1,000 and 32,033 alike
            }
            grouped.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + grouped + (dot < 0 ? "" : digits.substring(dot));
    }

    private static String withMinus(String text) {
        return text.startsWith("-") ? MINUS + text.substring(1) : text;
    }
}
