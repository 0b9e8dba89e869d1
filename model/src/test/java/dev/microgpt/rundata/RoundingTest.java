package dev.microgpt.rundata;

import static org.assertj.core.api.Assertions.assertThat;

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
}
