package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.microgpt.page.Numbers;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Figures that used to mislead (issue 12), read as the reader sees them on the site's pages:
 * the playground's loss for odd names, the softmax's overflow, the tokenizer's one rule, the
 * value graph's edges and labels, the gradient check on equal scales with its differences, and
 * the seed boxes.
 */
@ExtendWith(SharedChromium.class)
class HonestFiguresIT {
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    private static void type(WebElement input, String text) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        if (!text.isEmpty()) {
            input.sendKeys(text);
        }
    }

    private static String noteOf(WebElement widget) {
        return widget.findElement(By.cssSelector(".live > p.summary-line")).getText();
    }

    /** The loss line of the playground, as a number. */
    private static double loss(WebElement widget) {
        String line = widget.findElement(By.cssSelector(".live div > p.summary-line")).getText();
        assertThat(line).startsWith("mean surprise, the loss of this name: ").doesNotContain("NaN");
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1).replace('−', '-'));
    }

    @Test
    void playgroundsLossIsTheMeanOfItsSurprisesForAnythingTyped() {
        browser.open("beyond/playground.html");
        WebElement widget = browser.widget("playground", 0);
        WebElement input = widget.findElement(By.cssSelector(".live input[type=text]"));
        JsonNode emma = RunNumbers.read("step5").path("examples");
        int letters = RunNumbers.read("step5").path("hyperparameters").path("blockSize").asInt() - 1;
        double emmaLoss = 0;
        for (JsonNode example : emma) {
            if (example.path("name").asText().equals("emma") && example.path("step").asInt() == 1000) {
                emmaLoss = example.path("loss").asDouble();
            }
        }
        String[][] cases = {
            {"ava", "", "4"},
            {"", "", "1"},
            {"EMMA", "Letters a–z only: “E” became “e”; “M” became “m”; “A” became “a”.", "5"},
            {"em3 ma", "Letters a–z only: “3”, “␣” skipped.", "5"},
            {"abcdefghijklmnopqrstuvwxyz", "Letters a–z only: only the first " + letters + " read: the model has "
                    + (letters + 1) + " positions, BOS included.", String.valueOf(letters + 1)},
        };
        for (String[] c : cases) {
            type(input, c[0]);
            assertThat(noteOf(widget)).as(c[0]).isEqualTo(c[1]);
            List<WebElement> rows = widget.findElements(By.cssSelector(".live table.pairs tbody tr"));
            assertThat(rows).as(c[0]).hasSize(Integer.parseInt(c[2]));
            double sum = 0;
            for (WebElement row : rows) {
                sum += Double.parseDouble(row.findElements(By.tagName("td")).get(1).getText());
            }
            assertThat(loss(widget)).as(c[0]).isCloseTo(sum / rows.size(), within(1e-4));
            if (c[0].equalsIgnoreCase("emma") || c[0].equals("em3 ma")) {
                assertThat(loss(widget)).isEqualTo(Double.parseDouble(Numbers.fixed(emmaLoss, 4)));
            }
        }
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void naiveSoftmaxShowsInfinityAndNaNWhereTheStableOneStillWorks() {
        browser.open("step/1/3.html");
        WebElement widget = browser.widget("softmax", 0);
        WebElement z0 = widget.findElement(By.cssSelector(".live input[aria-label='logit 0']"));
        type(z0, "1000");
        List<WebElement> plain = widget.findElements(By.cssSelector(".live tbody:first-of-type tr"));
        List<String> exps = plain.get(2).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        List<String> probs = plain.get(3).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        assertThat(exps.get(0)).isEqualTo("Infinity");
        assertThat(exps.get(exps.size() - 1)).isEqualTo("Infinity");           // Σ
        assertThat(probs.get(0)).isEqualTo("NaN");
        assertThat(probs.get(probs.size() - 1)).isEqualTo("NaN");               // Σ of p is no longer 1
        List<WebElement> stable = widget.findElements(By.cssSelector(".live tbody:last-of-type tr"));
        List<String> stableP = stable.get(stable.size() - 1).findElements(By.tagName("td")).stream()
                .map(WebElement::getText).toList();
        assertThat(stableP.get(0)).isEqualTo("1.0000");
        assertThat(stableP.get(stableP.size() - 1)).isEqualTo("1.0000");
        assertThat(widget.findElement(By.cssSelector(".live .readout")).getText())
                .contains("without subtracting the max, exp overflows to Infinity and p is NaN");

        type(z0, "709");
        WebElement cell = widget.findElements(By.cssSelector(".live tbody:first-of-type tr")).get(2)
                .findElements(By.tagName("td")).get(0);
        String expected = String.format(Locale.ROOT, "%.2e", Math.exp(709));
        assertThat(cell.getText()).isEqualTo(expected).isEqualTo("8.22e+307");
        assertThat(browser.script("return arguments[0].scrollWidth <= arguments[0].clientWidth + 1", cell))
                .as("8.22e+307 fits its column").isEqualTo(true);
    }

    @Test
    void tokenizerAndPairStepperReadTypedTextByOneRuleTheySay() {
        String rule = "Letters a–z only: “A” became “a”; “␣”, “3”, “!” skipped.";
        browser.open("step/0/2.html");
        WebElement tokenizer = browser.widget("tokenizer", 0);
        type(tokenizer.findElement(By.cssSelector(".live input")), "Ava 3!");
        List<WebElement> chips = tokenizer.findElements(By.cssSelector(".live .tok-row .tok"));
        assertThat(chips).hasSize(5);
        assertThat(chips.stream().map(chip -> chip.getText().replaceAll("\\s", "")).toList())
                .containsExactly("BOS26", "a0", "v21", "a0", "BOS26");
        assertThat(tokenizer.findElement(By.cssSelector(".live .summary-line")).getText())
                .isEqualTo("5 tokens: BOS 26, a 0, v 21, a 0, BOS 26. " + rule);

        browser.open("step/0/6.html");
        WebElement stepper = browser.widget("pair-stepper", 0);
        type(stepper.findElement(By.cssSelector(".live input[type=text]")), "Ava 3!");
        assertThat(stepper.findElements(By.cssSelector(".live tbody tr"))).hasSize(chips.size() - 1);
        assertThat(stepper.getText()).contains(rule);
        assertThat(browser.problems()).isEmpty();
    }

    /** Every edge of the graph misses the boxes it does not join, and every label misses every line and box. */
    @Test
    void valueGraphEdgesAreVisibleAndMissTheirLabels() {
        browser.open("step/2/5.html");
        WebElement widget = browser.widget("value-graph", 0);
        widget.findElement(By.xpath(".//button[contains(., 'Last')]")).click();
        Object clashes = browser.script("""
                const svg = [...arguments[0].querySelectorAll('svg.graph')].find(s => s.getBBox().width > 0);
                const boxes = [...svg.querySelectorAll('rect.box')].map(r => r.getBBox());
                const inside = (b, x, y, m) => x > b.x + m && x < b.x + b.width - m && y > b.y + m
                    && y < b.y + b.height - m;
                const out = [];
                const lines = [...svg.querySelectorAll('polyline.edge')].map(p =>
                    p.getAttribute('points').split(' ').map(q => q.split(',').map(Number)));
                lines.forEach((pts, e) => {
                  for (let k = 1; k < pts.length; k++) {
                    for (let t = 0.02; t < 1; t += 0.02) {
                      const x = pts[k - 1][0] + t * (pts[k][0] - pts[k - 1][0]);
                      const y = pts[k - 1][1] + t * (pts[k][1] - pts[k - 1][1]);
                      boxes.forEach((b, i) => { if (inside(b, x, y, 1)) out.push('edge ' + e + ' in box ' + i); });
                      svg.querySelectorAll('text.lg').forEach((label, l) => {
                        if (inside(label.getBBox(), x, y, 0)) out.push('edge ' + e + ' through label ' + l);
                      });
                    }
                  }
                });
                svg.querySelectorAll('text.lg').forEach((label, l) => {
                  const b = label.getBBox();
                  boxes.forEach((box, i) => {
                    if (b.x < box.x + box.width && b.x + b.width > box.x && b.y < box.y + box.height
                        && b.y + b.height > box.y) out.push('label ' + l + ' on box ' + i);
                  });
                });
                return [lines.length, [...new Set(out)]];
                """, widget);
        List<?> result = (List<?>) clashes;
        assertThat(((Number) result.get(0)).intValue()).isEqualTo(countEdges());
        assertThat((List<?>) result.get(1)).isEmpty();
    }

    private static int countEdges() {
        int edges = 0;
        for (JsonNode node : RunNumbers.read("step2").path("graph").path("nodes")) {
            edges += node.path("children").size();
        }
        return edges;
    }

    @Test
    void gradientCheckHasEqualScalesAndItsDifferencesOnALogAxis() {
        browser.open("step/1/8.html");
        WebElement widget = browser.widget("gradient-check", 0);
        List<WebElement> charts = widget.findElements(By.cssSelector(".live svg.chart"));
        assertThat(charts).hasSize(2);
        WebElement scatter = charts.get(0);
        // the diagonal at 45° on the screen: as wide as it is tall
        List<?> diagonal = (List<?>) browser.script(
                "const r = arguments[0].querySelector('.diag').getBoundingClientRect(); return [r.width, r.height];",
                scatter);
        assertThat(((Number) diagonal.get(0)).doubleValue())
                .isCloseTo(((Number) diagonal.get(1)).doubleValue(), within(1.5));
        List<String> across = texts(scatter, "text[text-anchor=middle]");
        List<String> up = texts(scatter, "text[text-anchor=end]");
        assertThat(up).containsExactlyInAnyOrderElementsOf(across);

        JsonNode check = RunNumbers.read("step1").path("gradientCheck");
        int exact = 0;
        double smallest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < check.path("analytic").size(); i++) {
            double gap = Math.abs(check.path("numerical").get(i).asDouble() - check.path("analytic").get(i).asDouble());
            exact += gap == 0 ? 1 : 0;
            smallest = gap > 0 ? Math.min(smallest, gap) : smallest;
        }
        assertThat(widget.getText()).contains(Numbers.integer(exact) + " of "
                + Numbers.integer(check.path("analytic").size()) + " weights have a difference of exactly 0");
        List<String> decades = texts(charts.get(1), "text[text-anchor=end]").stream().filter(t -> !t.isEmpty()).toList();
        assertThat(decades.get(0)).isEqualTo("10" + superscript((int) Math.floor(Math.log10(smallest))));
        // the largest difference's ring sits at log10(maxDiff) on the axis its decade labels draw
        double ringY = y(charts.get(1), ".ring circle");
        List<double[]> decadeLines = new java.util.ArrayList<>();
        for (WebElement text : charts.get(1).findElements(By.cssSelector("text[text-anchor=end]"))) {
            String label = text.getAttribute("textContent");
            if (!label.isEmpty()) {
                decadeLines.add(new double[] {exponent(label), Double.parseDouble(text.getAttribute("y")) - 4});
            }
        }
        double[] first = decadeLines.get(0);
        double[] last = decadeLines.get(decadeLines.size() - 1);
        double at = (Math.log10(check.path("maxDiff").asDouble()) - first[0]) / (last[0] - first[0]);
        assertThat(ringY).isCloseTo(first[1] + at * (last[1] - first[1]), within(1.5));
        assertThat(browser.problems()).isEmpty();
    }

    private static List<String> texts(WebElement svg, String css) {
        return svg.findElements(By.cssSelector(css)).stream().map(t -> t.getAttribute("textContent")).toList();
    }

    private static double y(WebElement svg, String css) {
        return Double.parseDouble(svg.findElement(By.cssSelector(css)).getAttribute("cy"));
    }

    /** n from a tick label 10ⁿ. */
    private static int exponent(String label) {
        StringBuilder digits = new StringBuilder();
        for (char c : label.substring(2).toCharArray()) {
            digits.append("-0123456789".charAt("⁻⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c)));
        }
        return Integer.parseInt(digits.toString());
    }

    private static String superscript(int n) {
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            out.append("⁻⁰¹²³⁴⁵⁶⁷⁸⁹".charAt("-0123456789".indexOf(c)));
        }
        return out.toString();
    }

    @Test
    void seedBoxesRefuseWhatIsNotASeedAndSayWhichStreamTheyDraw() {
        browser.open("step/1/9.html");
        WebElement widget = browser.widget("samples", 0);
        WebElement seed = widget.findElement(By.xpath(".//label[contains(., 'Seed')]//input"));
        long runSeed = RunNumbers.read("dataset").path("seed").asLong();
        assertThat(seed.getAttribute("value")).isEqualTo(Long.toString(runSeed));
        List<String> before = SamplesIT.drawn(widget);
        WebElement problem = widget.findElement(By.cssSelector(".live .seed-problem"));
        assertThat(problem.getAttribute("aria-live")).isEqualTo("polite");
        // every keystroke draws: a box that stops being a seed keeps the last seed it was
        type(seed, "abc");
        assertThat(problem.getText()).isEqualTo("“abc” is not a seed: a whole number from 0 to 4294967295. "
                + "Still drawing with seed " + runSeed + ".");
        assertThat(seed.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(SamplesIT.drawn(widget)).isEqualTo(before);
        type(seed, "3");
        List<String> three = SamplesIT.drawn(widget);
        seed.sendKeys(".7");
        assertThat(problem.getText()).isEqualTo("“3.7” is not a seed: a whole number from 0 to 4294967295. "
                + "Still drawing with seed 3.");
        assertThat(SamplesIT.drawn(widget)).isEqualTo(three);
        type(seed, "-1");
        assertThat(problem.getText()).startsWith("“-1” is not a seed").endsWith("Still drawing with seed 3.");
        assertThat(SamplesIT.drawn(widget)).isEqualTo(three);
        type(seed, "7");
        assertThat(problem.getText()).isEmpty();
        assertThat(widget.getText()).contains("seed 7,");
        assertThat(SamplesIT.drawn(widget)).isNotEqualTo(before);
        assertThat(widget.getText()).contains("Each seed here starts a fresh generator; the run drew its own list "
                + "later in the stream that had shuffled the names, so no seed here repeats that list.");
        assertThat(browser.problems()).isEmpty();
    }
}
