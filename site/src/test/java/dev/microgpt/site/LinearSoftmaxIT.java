package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.microgpt.page.Numbers;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** {@code linear} and {@code softmax}: the reader's numbers, computed as typed. */
@ExtendWith(SharedChromium.class)
class LinearSoftmaxIT {
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void linearRecomputesEachDotProductAsTheReaderTypes() {
        browser.gallery("maths.html");
        WebElement widget = browser.widget("linear", 0);
        List<WebElement> sums = widget.findElements(By.cssSelector(".live td.sum"));
        assertThat(sums.get(0).getText()).isEqualTo("y0 = 0.5 × 1 + (−1) × 2 = −1.5");
        WebElement w00 = widget.findElement(By.cssSelector(".live input[aria-label='weight 0, 0']"));
        w00.click();
        w00.sendKeys(Keys.chord(Keys.CONTROL, "a"), "3");
        assertThat(sums.get(0).getText()).isEqualTo("y0 = 3 × 1 + (−1) × 2 = 1");
        WebElement x1 = widget.findElement(By.cssSelector(".live input[aria-label='input 1']"));
        x1.sendKeys(Keys.BACK_SPACE, "-4");
        assertThat(sums.get(1).getText()).isEqualTo("y1 = 2 × 1 + 0.25 × (−4) = 1");
        assertThat(widget.findElement(By.cssSelector(".live .readout")).getText()).isEqualTo("y = (7, 1)");
        assertThat(browser.problems()).isEmpty();
    }

    static double[] softmax(double[] z, double t) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v / t);
        }
        double total = 0;
        double[] e = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            e[i] = Math.exp(z[i] / t - max);
            total += e[i];
        }
        for (int i = 0; i < z.length; i++) {
            e[i] /= total;
        }
        return e;
    }

    static String readout(double[] p) {
        StringBuilder out = new StringBuilder("p = (");
        for (int i = 0; i < p.length; i++) {
            out.append(i > 0 ? ", " : "").append(Numbers.fixed(p[i], 4));
        }
        return out.append(')').toString();
    }

    @Test
    void softmaxFollowsTheTemperatureAndTheLogits() {
        browser.gallery("maths.html");
        WebElement widget = browser.widget("softmax", 0);
        WebElement readout = widget.findElement(By.cssSelector(".live .readout"));
        assertThat(readout.getText()).isEqualTo(readout(softmax(new double[] {2, 1, 0.1}, 1))
                + ", with or without subtracting the max");
        WebElement slider = widget.findElement(By.cssSelector(".live input[type=range]"));
        slider.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        assertThat(widget.findElement(By.cssSelector(".live output")).getText()).isEqualTo("1.20");
        assertThat(readout.getText()).startsWith(readout(softmax(new double[] {2, 1, 0.1}, 1.2)));
        WebElement z2 = widget.findElement(By.cssSelector(".live input[aria-label='logit 2']"));
        z2.click();
        z2.sendKeys(Keys.chord(Keys.CONTROL, "a"), "3");
        assertThat(readout.getText()).startsWith(readout(softmax(new double[] {2, 1, 3}, 1.2)));
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void withoutTheMaxSubtractedLargeLogitsOverflow() {
        browser.gallery("maths.html");
        WebElement widget = browser.widget("softmax", 1);
        List<WebElement> naive = widget.findElements(By.cssSelector(".live tbody:first-of-type tr:nth-child(3) td"));
        assertThat(naive.get(0).getText()).isEqualTo("Infinity");   // e^800 as a double
        assertThat(widget.findElement(By.cssSelector(".live .readout")).getText())
                .isEqualTo(readout(softmax(new double[] {800, 799, 0}, 1))
                        + "; without subtracting the max, exp overflows to Infinity and p is NaN or 0.0000");
    }

    @Test
    void withoutJavaScriptTheTablesShowTheNumbers() {
        try (Browser noScript = Browser.withoutJavaScript()) {
            noScript.gallery("maths.html");
            List<WebElement> figures = noScript.driver().findElements(By.cssSelector("figure.widget"));
            assertThat(figures.get(0).findElement(By.cssSelector(".static td.sum")).getText())
                    .isEqualTo("y0 = 0.5 × 1 + (−1) × 2 = −1.5");
            List<WebElement> p = figures.get(2).findElements(By.cssSelector(".static tbody.stable tr:last-child td"));
            assertThat(p.get(0).getText()).isEqualTo(Numbers.fixed(softmax(new double[] {2, 1, 0.1}, 1)[0], 4));
        }
    }
}
