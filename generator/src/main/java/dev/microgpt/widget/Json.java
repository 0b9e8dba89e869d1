package dev.microgpt.widget;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.page.Numbers;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;

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

    /**
     * Doubles at full precision, compactly: their IEEE 754 bytes, little-endian, in Base64 (10.7
     * characters a number instead of about 20 as decimal text). {@code MG.unpack} reads them back
     * bit for bit, so an in-page model computes with exactly the run's weights.
     */
    public static String f64(double[]... rows) {
        int n = 0;
        for (double[] row : rows) {
            n += row.length;
        }
        ByteBuffer bytes = ByteBuffer.allocate(8 * n).order(ByteOrder.LITTLE_ENDIAN);
        for (double[] row : rows) {
            for (double v : row) {
                bytes.putDouble(v);
            }
        }
        return "f8:" + Base64.getEncoder().encodeToString(bytes.array());
    }

    /**
     * Values a reader sees with four decimals, compactly: each times 10,000 as a little-endian
     * 16-bit integer (32-bit if one does not fit), in Base64. {@code MG.unpack} divides again.
     */
    public static String fixed4(double[]... rows) {
        int n = 0;
        boolean small = true;
        for (double[] row : rows) {
            n += row.length;
            for (double v : row) {
                small &= Math.abs(Math.round(v * 1e4)) <= Short.MAX_VALUE;
            }
        }
        ByteBuffer bytes = ByteBuffer.allocate((small ? 2 : 4) * n).order(ByteOrder.LITTLE_ENDIAN);
        for (double[] row : rows) {
            for (double v : row) {
                long k = Numbers.round(v, 4).movePointRight(4).longValueExact();
                if (small) {
                    bytes.putShort((short) k);
                } else {
                    bytes.putInt(Math.toIntExact(k));
                }
            }
        }
        return (small ? "i2:" : "i4:") + Base64.getEncoder().encodeToString(bytes.array());
    }
}
