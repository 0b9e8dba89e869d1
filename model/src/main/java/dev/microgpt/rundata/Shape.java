package dev.microgpt.rundata;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.microgpt.ladder.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One weight matrix's name and shape.
 *
 * @param name the matrix's name in the reference's {@code state_dict}, e.g. "layer0.attn_wq"
 * @param rows number of rows (outputs)
 * @param cols number of columns (inputs)
 */
@JsonPropertyOrder({"name", "rows", "cols"})
public record Shape(String name, int rows, int cols) {
    public Shape {
        Check.that(rows > 0 && cols > 0, "%s: rows and cols must be > 0, was %d×%d", name, rows,
                cols);
    }

    /** The shapes of a rung's matrices, in creation order. */
    static List<Shape> of(Map<String, double[][]> weights) {
        List<Shape> shapes = new ArrayList<>();
        weights.forEach((name, m) -> shapes.add(new Shape(name, m.length, m[0].length)));
        return shapes;
    }

    /** How many weights all the matrices hold. */
    static int count(List<Shape> shapes) {
        int count = 0;
        for (Shape shape : shapes) {
            count += shape.rows * shape.cols;
        }
        return count;
    }

    /** The name of a flat parameter index (matrix by matrix, row by row): "mlp_fc2[3][17]". */
    static String paramName(List<Shape> shapes, int index) {
        int offset = index;
        for (Shape shape : shapes) {
            int size = shape.rows * shape.cols;
            if (offset < size) {
                return shape.name + "[" + offset / shape.cols + "][" + offset % shape.cols + "]";
            }
            offset -= size;
        }
        throw new IllegalArgumentException("no parameter " + index + " among " + count(shapes));
    }
}
