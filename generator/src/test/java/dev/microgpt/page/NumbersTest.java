package dev.microgpt.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void roundsHalfToEvenFromTheExactBinaryValueAsPythonDoes() {
        // python3 -c 'print(f"{2.64965:.4f}", f"{0.125:.2f}", f"{0.375:.2f}", f"{2.675:.2f}")' → 2.6496 0.12 0.38 2.67
        assertThat(Numbers.fixed(2.64965, 4)).isEqualTo("2.6496");
        assertThat(Numbers.fixed(0.125, 2)).isEqualTo("0.12");
        assertThat(Numbers.fixed(0.375, 2)).isEqualTo("0.38");
        assertThat(Numbers.fixed(2.675, 2)).isEqualTo("2.67");
    }

    @Test
    void writesATrueMinusAndNeverANegativeZero() {
        assertThat(Numbers.fixed(-0.04273180935726127, 4)).isEqualTo("\u22120.0427");
        assertThat(Numbers.fixed(-0.00001, 4)).isEqualTo("0.0000");
    }

    @Test
    void groupsThousands() {
        assertThat(Numbers.integer(32033)).isEqualTo("32,033");
        assertThat(Numbers.integer(1000)).isEqualTo("1,000");
        assertThat(Numbers.integer(999)).isEqualTo("999");
        assertThat(Numbers.integer(-1234567)).isEqualTo("\u22121,234,567");
        assertThat(Numbers.fixed(1234.5, 1)).isEqualTo("1,234.5");
    }

    @Test
    void writesScientificNotationWithSuperscripts() {
        assertThat(Numbers.scientific(2.029518201499686e-09, 2)).isEqualTo("2.03\u00a0×\u00a010⁻⁹");
        assertThat(Numbers.scientific(12345, 1)).isEqualTo("1.2\u00a0×\u00a010⁴");
        assertThat(Numbers.scientific(9.996, 2)).isEqualTo("1.00\u00a0×\u00a010¹");
    }
}
