package dev.microgpt.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where inline math ends, Pandoc's rules, found by a loop that no paragraph's length can overflow. */
class InlineMathParserTest {
    @Test
    void aFormulaEndsAtTheFirstDollarThatMayCloseIt() {
        assertThat(InlineMathParser.closing("$x^2$ and", 0)).isEqualTo(4);
        assertThat(InlineMathParser.closing("$a\\$b$", 0)).isEqualTo(5);        // an escaped dollar is TeX
        assertThat(InlineMathParser.closing("$\\{x\\}$", 0)).isEqualTo(6);
    }

    @Test
    void pricesAndSpacesAreNoFormula() {
        assertThat(InlineMathParser.closing("$5 or $6", 0)).isEqualTo(-1);       // closing dollar before a digit
        assertThat(InlineMathParser.closing("$ x$", 0)).isEqualTo(-1);           // space after the opening one
        assertThat(InlineMathParser.closing("$x $", 0)).isEqualTo(-1);           // space before the closing one
        assertThat(InlineMathParser.closing("$x\\\\$", 0)).isEqualTo(-1);         // a backslash before it
        assertThat(InlineMathParser.closing("$", 0)).isEqualTo(-1);
        assertThat(InlineMathParser.closing("$x\\", 0)).isEqualTo(-1);
    }

    @Test
    void aLongParagraphAfterAPriceIsScannedWithoutRecursion() {
        // the regular expression this replaced overflowed the stack here (it recursed once per character)
        String paragraph = "It costs about $5 " + "and then a long paragraph follows, ".repeat(3_000);
        assertThat(InlineMathParser.closing(paragraph, paragraph.indexOf('$'))).isEqualTo(-1);
        String formula = "$" + "x+".repeat(50_000) + "y$";
        assertThat(InlineMathParser.closing(formula, 0)).isEqualTo(formula.length() - 1);
    }
}
