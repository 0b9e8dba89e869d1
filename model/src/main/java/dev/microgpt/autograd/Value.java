package dev.microgpt.autograd;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A number that remembers how it was computed, so gradients can flow back through it: the scalar
 * autograd of micrograd and microgpt.py, used by Steps 2–5.
 *
 * <p>{@code data} and {@code grad} are public and mutable, so an optimizer reads like the maths
 * ({@code p.data -= lrT * p.grad}). The children and the local gradients are private and final:
 * they are fixed the moment a value is computed. Every choice below keeps the reference run's
 * bits (shared/REFERENCE.md):
 * <ul>
 *   <li>A value has at most two children, held in two fields rather than arrays: no operation
 *       here needs more, and fewer objects make training several times faster.
 *   <li>A constant operand ({@code x.add(2.0)}, {@code x.mul(-1)}) is folded into the local
 *       gradient instead of being wrapped as a leaf. Python wraps it, but a leaf has no children,
 *       so the gradient it collects goes nowhere and every other addition happens in the same
 *       order: the bits are unchanged.
 *   <li>Local gradients are computed at forward time, as in the reference, from the same
 *       operands in the same order: pow {@code k·x^(k−1)}, log {@code 1/x}, exp {@code exp(x)},
 *       ReLU {@code 1 if x > 0 else 0}.
 *   <li>{@link #backward()} sorts the graph depth first, children in order, exactly as
 *       microgpt.py's {@code build_topo} does; it marks visited values with an {@code int} stamp
 *       instead of a set. Any topological order is correct, but only this one adds the gradient
 *       contributions in the reference's order, and so gives its last bits. Leaves are left
 *       out of the order: they pass nothing on, and what they receive arrives as before.
 *   <li>{@code Value} never overrides {@code equals} or {@code hashCode}: two values with equal
 *       data are still two different nodes of the graph.
 * </ul>
 */
public final class Value {
    /** Stamps handed out to backward passes, so each pass knows which values it has seen. */
    private static final AtomicInteger PASSES = new AtomicInteger();
    /** Room for one training step's graph (about 60,000 values): the list rarely grows. */
    private static final int TOPO_CAPACITY = 1 << 16;

    // region value
    public double data;                 // the number itself, set by the forward pass
    public double grad;                 // d(loss)/d(this), filled in by backward()
    private final Value a;              // the first value this one was computed from, or null
    private final Value b;              // the second, or null
    private final double gradA;         // d(this)/d(a), known at forward time
    private final double gradB;         // d(this)/d(b)
    // endregion
    private int seen;                   // stamp of the last pass that visited this value

    // region constructors
    /** A leaf: a parameter or an input, computed from nothing. */
    public Value(double data) {
        this(data, null, 0, null, 0);
    }

    private Value(double data, Value a, double gradA, Value b, double gradB) {
        this.data = data;
        this.a = a;
        this.gradA = gradA;
        this.b = b;
        this.gradB = gradB;
    }
    // endregion

    // region add-mul
    /** {@code this + other}; d/d(this) = 1, d/d(other) = 1. */
    public Value add(Value other) {
        return new Value(data + other.data, this, 1, other, 1);
    }

    /** {@code this + c} for a constant c; d/d(this) = 1. */
    public Value add(double c) {
        return new Value(data + c, this, 1, null, 0);
    }

    /** {@code this · other}; each factor's local gradient is the other factor. */
    public Value mul(Value other) {
        return new Value(data * other.data, this, other.data, other, data);
    }

    /** {@code this · c} for a constant c; d/d(this) = c. */
    public Value mul(double c) {
        return new Value(data * c, this, c, null, 0);
    }
    // endregion

    // region more-ops
    /** {@code this^k} for a constant k; d/d(this) = k·this^(k−1). */
    public Value pow(double k) {
        return new Value(Math.pow(data, k), this, k * Math.pow(data, k - 1), null, 0);
    }

    /** The natural logarithm; d/d(this) = 1/this. */
    public Value log() {
        return new Value(Math.log(data), this, 1 / data, null, 0);
    }

    /** e^this; its derivative is itself. */
    public Value exp() {
        double e = Math.exp(data);
        return new Value(e, this, e, null, 0);
    }

    /** max(0, this); the gradient passes where the input was positive and stops elsewhere. */
    public Value relu() {
        return new Value(data > 0 ? data : 0, this, data > 0 ? 1 : 0, null, 0);
    }

    /** {@code −this}, computed as {@code this · (−1)}, as the reference computes it. */
    public Value neg() {
        return mul(-1);
    }

    /** {@code this − other}, computed as {@code this + other · (−1)}, as the reference does. */
    public Value sub(Value other) {
        return add(other.mul(-1));
    }

    /** {@code this − c} for a constant c: {@code this + (−c)}, exactly. */
    public Value sub(double c) {
        return add(-c);
    }

    /** {@code this / other}, computed as {@code this · other^(−1)}, as the reference does. */
    public Value div(Value other) {
        return mul(other.pow(-1));
    }

    /** {@code this / c} for a constant c: {@code this · c^(−1)}, with c^(−1) from pow as well. */
    public Value div(double c) {
        return mul(Math.pow(c, -1));
    }

    /**
     * The sum of the values, added left to right. Python's {@code sum} starts from the integer
     * 0, so its first node is {@code x₀ + 0}; keeping that node keeps backward's order.
     */
    public static Value sum(Value[] values) {
        Value total = values[0].add(0);
        for (int i = 1; i < values.length; i++) {
            total = total.add(values[i]);
        }
        return total;
    }
    // endregion

    // region backward
    /** Fills in {@code grad} for every value this one depends on; call it on the loss. */
    public void backward() {
        List<Value> topo = new ArrayList<>(TOPO_CAPACITY);
        buildTopo(this, PASSES.incrementAndGet(), topo);  // children before parents
        grad = 1;                                      // d(loss)/d(loss)
        for (int i = topo.size() - 1; i >= 0; i--) {
            Value v = topo.get(i);
            if (v.a != null) {
                v.a.grad += v.gradA * v.grad;          // the chain rule, once per use:
            }
            if (v.b != null) {
                v.b.grad += v.gradB * v.grad;          // for x·x, x receives two contributions
            }
        }
    }

    /**
     * Depth first, children in order, each value after its children, as microgpt.py's
     * {@code build_topo}. Leaves (parameters) are left out: they pass nothing on, and their
     * gradients still arrive from their parents, in the same order.
     */
    private static void buildTopo(Value v, int pass, List<Value> topo) {
        if (v.seen != pass) {
            v.seen = pass;                             // visited: an int, not a HashSet
            if (v.a != null && v.a.a != null) {
                buildTopo(v.a, pass, topo);
            }
            if (v.b != null && v.b.a != null) {
                buildTopo(v.b, pass, topo);
            }
            topo.add(v);
        }
    }
    // endregion

    /** How many computed values (not leaves) this one depends on, itself included. */
    public int graphSize() {
        List<Value> topo = new ArrayList<>(TOPO_CAPACITY);
        buildTopo(this, PASSES.incrementAndGet(), topo);
        return topo.size();
    }

    /** Every value this one depends on, leaves included, each after its children, for drawing. */
    public List<Value> topologicalOrder() {
        List<Value> topo = new ArrayList<>();
        buildFullTopo(this, PASSES.incrementAndGet(), topo);
        return topo;
    }

    private static void buildFullTopo(Value v, int pass, List<Value> topo) {
        if (v.seen != pass) {
            v.seen = pass;
            if (v.a != null) {
                buildFullTopo(v.a, pass, topo);
            }
            if (v.b != null) {
                buildFullTopo(v.b, pass, topo);
            }
            topo.add(v);
        }
    }

    /** The values this one was computed from, in order; x·x lists x twice. */
    public List<Value> children() {
        List<Value> children = new ArrayList<>(2);
        if (a != null) {
            children.add(a);
        }
        if (b != null) {
            children.add(b);
        }
        return children;
    }

    /** d(this)/d(child) for each of {@link #children()}, in the same order. */
    public double[] localGrads() {
        if (a == null) {
            return new double[0];
        }
        return b == null ? new double[] {gradA} : new double[] {gradA, gradB};
    }

    @Override
    public String toString() {
        return "Value(data=" + data + ", grad=" + grad + ")";
    }
}
