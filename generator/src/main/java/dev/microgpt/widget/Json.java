package dev.microgpt.widget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.page.Numbers;

/** Building the data slices widgets embed: objects, and arrays rounded to what a reader sees. */
public final class Json {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {
    }

    /** An empty object. */
    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /** An empty array. */
    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** The numbers of a JSON array, each rounded to {@code digits} decimals. */
    public static ArrayNode rounded(JsonNode values, int digits) {
        ArrayNode out = array();
        for (JsonNode value : values) {
            out.add(value.isArray() ? rounded(value, digits) : NODES.numberNode(Numbers.rounded(value.doubleValue(), digits)));
        }
        return out;
    }

    /** A double array as JSON, each rounded to {@code digits} decimals. */
    public static ArrayNode rounded(double[] values, int digits) {
        ArrayNode out = array();
        for (double value : values) {
            out.add(Numbers.rounded(value, digits));
        }
        return out;
    }

    /** An int array as JSON. */
    public static ArrayNode ints(int[] values) {
        ArrayNode out = array();
        for (int value : values) {
            out.add(value);
        }
        return out;
    }

    /** The doubles of a JSON array. */
    public static double[] doubles(JsonNode values) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i).doubleValue();
        }
        return out;
    }

    /** The ints of a JSON array of arrays. */
    public static int[][] intMatrix(JsonNode rows) {
        int[][] out = new int[rows.size()][];
        for (int i = 0; i < out.length; i++) {
            JsonNode row = rows.get(i);
            out[i] = new int[row.size()];
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] = row.get(j).intValue();
            }
        }
        return out;
    }
}
