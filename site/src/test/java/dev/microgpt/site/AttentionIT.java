package dev.microgpt.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.microgpt.page.Numbers;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/** {@code attention}: the in-page transformer's weights are the run's attention traces. */
@ExtendWith(SharedChromium.class)
class AttentionIT {
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    static void assertTriangle(WebElement table, int rung, String name, int head) {
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(name.length() + 1);
        for (int i = 0; i < rows.size(); i++) {
            JsonNode weights = EmbeddingIT.position(rung, name, i).path("heads").get(head).path("weights");
            List<WebElement> cells = rows.get(i).findElements(By.tagName("td"));
            assertThat(cells).as("row %d: a cell per key, the later ones masked", i).hasSize(rows.size());
            for (int j = i + 1; j < cells.size(); j++) {       // the future the query may not look at
                assertThat(cells.get(j).getAttribute("class")).as("row %d, column %d", i, j).isEqualTo("masked");
                assertThat(cells.get(j).getAttribute("textContent")).as("row %d, column %d", i, j).isEmpty();
            }
            for (int j = 0; j <= i; j++) {
                // the trace holds weights to 4 decimals; the page rounds the exact weight, within ±0.00005 of it
                double w = weights.get(j).asDouble();
                assertThat(cells.get(j).getAttribute("textContent")).as("row %d, column %d", i, j)
                        .isIn(Numbers.fixed(w - 0.00005, 2), Numbers.fixed(w + 0.00005, 2));
            }
        }
    }

    @Test
    void aTypedNameRunsThroughTheModelAndACellShowsItsArithmetic() {
        browser.gallery("attention.html");
        WebElement widget = browser.widget("attention", 0);
        assertTriangle(widget.findElement(By.cssSelector(".live table.tri")), 3, "emma", 0);
        WebElement cell = widget.findElements(By.cssSelector(".live table.tri tbody tr")).get(2).findElements(By.tagName("td")).get(1);
        new Actions(browser.driver()).moveToElement(cell).perform();
        JsonNode m = EmbeddingIT.position(3, "emma", 2).path("heads").get(0);
        String readout = widget.findElement(By.cssSelector(".live .readout")).getText();
        assertThat(readout).startsWith("m (2) looks at e (1): q·k = ")
                .endsWith("; ÷ √16 = " + Numbers.fixed(m.path("logits").get(1).asDouble(), 4)
                        + "; softmax over the row: weight " + Numbers.fixed(m.path("weights").get(1).asDouble(), 4));
        new Actions(browser.driver()).click(cell).sendKeys(Keys.ARROW_DOWN).perform();
        assertThat(widget.findElement(By.cssSelector(".live .readout")).getText()).startsWith("m (3) looks at e (1)");
        WebElement input = widget.findElement(By.cssSelector(".live input[type=text]"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "ava");
        assertTriangle(widget.findElement(By.cssSelector(".live table.tri")), 3, "ava", 0);
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void weightsAreColouredInEighthsAndTheEvenSplitViewShowsWhichWayEachHeadLeans() {
        browser.gallery("attention.html");
        WebElement widget = browser.widget("attention", 1);
        List<WebElement> tables = widget.findElements(By.cssSelector(".live table.tri"));
        // the weights' scale: linear eighths of 0 … 1, so 0.17 and 0.56 fall three bins apart
        assertThat(widget.findElement(By.cssSelector(".live .hm-legend")).getText().replaceAll("\\s+", " "))
                .isEqualTo("< 0.125 0.125 0.25 0.375 0.5 0.625 0.75 0.875+");
        for (Cell cell : cells(tables)) {
            int bin = (int) Math.min(7, Math.floor(cell.weight() * 8 + 1e-9));
            assertThat(cell.colour()).as(cell.toString()).isEqualTo("q" + bin);
        }
        new Select(widget.findElement(By.cssSelector(".live label:nth-child(2) select")))
                .selectByVisibleText("weight − even split");
        assertThat(widget.findElement(By.cssSelector(".live .hm-legend:not(.lean)")).isDisplayed()).isFalse();
        tables = widget.findElements(By.cssSelector(".live table.tri"));
        double largest = 0;
        for (Cell cell : cells(tables)) {
            double lean = cell.weight() - 1.0 / (cell.row() + 1);
            largest = Math.max(largest, Math.abs(lean));
            if (Math.abs(lean) > 0.02) {   // clear of the smallest step, whatever the rounding
                assertThat(cell.colour()).as("%s, lean %f", cell, lean).startsWith(lean > 0 ? "d-p" : "d-n");
            }
        }
        String bound = widget.findElement(By.cssSelector(".live .hm-bound")).getText();
        assertThat(bound).startsWith("Weight minus an even split of its row (1 / the keys the query sees)");
        double shown = Double.parseDouble(bound.replaceAll(".*here: ([0-9.]+)\\.$", "$1"));
        assertThat(shown).isCloseTo(largest, org.assertj.core.data.Offset.offset(2e-4));
        assertThat(browser.problems()).isEmpty();
    }

    @Test
    void fourHeadsDrawFourTriangles() {
        browser.gallery("attention.html");
        WebElement widget = browser.widget("attention", 1);
        List<WebElement> tables = widget.findElements(By.cssSelector(".live table.tri"));
        assertThat(tables).hasSize(4);
        assertTriangle(tables.get(3), 4, "emma", 3);
    }

    @Test
    void withoutJavaScriptTheTrianglesRead() {
        try (Browser noScript = Browser.withoutJavaScript()) {
            noScript.gallery("attention.html");
            WebElement figure = noScript.driver().findElements(By.cssSelector("figure.widget[data-widget=attention]")).get(1);
            List<WebElement> tables = figure.findElements(By.cssSelector(".static table.tri"));
            assertThat(tables).hasSize(4);
            assertTriangle(tables.get(2), 4, "emma", 2);
        }
    }

    /** One cell of a head's triangle for "emma" under rung 4: the run's weight and the class it is coloured by. */
    private record Cell(int head, int row, int column, double weight, String colour) {
    }

    /** Every cell of the four heads' triangles, read once, beside the run's weight for it. */
    private static List<Cell> cells(List<WebElement> tables) {
        List<Cell> cells = new java.util.ArrayList<>();
        for (int head = 0; head < 4; head++) {
            List<WebElement> rows = tables.get(head).findElements(By.cssSelector("tbody tr"));
            for (int i = 0; i < rows.size(); i++) {
                JsonNode weights = EmbeddingIT.position(4, "emma", i).path("heads").get(head).path("weights");
                List<WebElement> row = rows.get(i).findElements(By.tagName("td"));
                for (int j = 0; j <= i; j++) {
                    cells.add(new Cell(head, i, j, weights.get(j).asDouble(), row.get(j).getAttribute("class")));
                }
            }
        }
        return cells;
    }
}
