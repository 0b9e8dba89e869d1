package dev.microgpt.rundata;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Expected strings are CPython 3.11's: {@code python3 -c 'print(f"{x:.4f}")'}. */
class RoundingTest {
    @Test
    void roundsTheExactBinaryValueHalfToEvenAsPythonDoes() {
        // 2.64965 is stored as 2.6496499999999998…: Python prints 2.6496, %.4f prints 2.6497
        assertThat(Rounding.format(2.64965, 4)).isEqualTo("2.6496");
        assertThat(Rounding.format(0.125, 2)).isEqualTo("0.12");       // an exact tie: to even
        assertThat(Rounding.format(3.2978301365579290, 4)).isEqualTo("3.2978");
    }

    @Test
    void keepsTheSignOfANegativeNumberRoundedToZero() {
        assertThat(Rounding.format(-0.00001, 4)).isEqualTo("-0.0000");
        assertThat(Rounding.format(-0.0, 4)).isEqualTo("-0.0000");
        assertThat(Rounding.format(0.0, 4)).isEqualTo("0.0000");
    }

    @Test
    void roundedDoublesAreTheNearestToThePrintedDecimal() {
        assertThat(Rounding.round(2.64965, 4)).isEqualTo(2.6496);
        assertThat(Rounding.round(new double[] {0.33333, -1.99999}, 2)).containsExactly(0.33, -2.0);
    }

    @Test
    void theFastPathGivesBigDecimalsBitsExactly() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 300_000; i++) {
            int digits = random.nextInt(0, 9);
            double x = switch (i % 4) {
                case 0 -> random.nextGaussian() * 0.1;                     // weights, probabilities
                case 1 -> random.nextGaussian() * Math.pow(10, random.nextInt(-12, 12));
                case 2 -> (random.nextLong(-2_000_000, 2_000_000) + 0.5) / Math.pow(10, digits);
                default -> Double.longBitsToDouble(random.nextLong());     // any double at all
            };
            if (!Double.isFinite(x)) {
                continue;
            }
            double expected = new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN)
                    .doubleValue();
            assertThat(Double.doubleToRawLongBits(Rounding.round(x, digits)))
                    .as("round(%s, %d)", x, digits)
                    .isEqualTo(Double.doubleToRawLongBits(expected));
        }
        for (double x : new double[] {0.0, -0.0, -0.00004, 0.00005, -0.00005, 0.00015, 2.5e-5,
            Double.MIN_VALUE, -Double.MIN_VALUE, 4503599627370495.5 / 1e4}) {
            assertThat(Double.doubleToRawLongBits(Rounding.round(x, 4))).isEqualTo(
                    Double.doubleToRawLongBits(new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN)
                            .doubleValue()));
        }
    }
}
