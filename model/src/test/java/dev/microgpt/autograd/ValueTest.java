package dev.microgpt.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.microgpt.random.PyRandom;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each operation's value and local gradient, backward's order, and, as properties over seeded
 * random inputs, gradients against finite differences.
 */
class ValueTest {
    @Test
    void addSendsTheGradientToBothTerms() {
        Value a = new Value(2);
        Value b = new Value(-3);
        Value c = a.add(b);
        c.backward();
        assertThat(c.data).isEqualTo(-1);
        assertThat(a.grad).isEqualTo(1);
        assertThat(b.grad).isEqualTo(1);
    }

    @Test
    void mulSendsEachFactorTheOther() {
        Value a = new Value(2);
        Value b = new Value(-3);
        Value c = a.mul(b);
        c.backward();
        assertThat(c.data).isEqualTo(-6);
        assertThat(a.grad).isEqualTo(-3);
        assertThat(b.grad).isEqualTo(2);
    }

    @Test
    void aRepeatedChildGetsOneContributionPerUse() {
        Value x = new Value(3);
        Value square = x.mul(x);
        assertThat(square.children()).containsExactly(x, x);
        square.backward();
        assertThat(x.grad).isEqualTo(6);              // 3 + 3: d(x²)/dx = 2x
    }

    @Test
    void aConstantOperandIsFoldedIntoTheLocalGradient() {
        Value x = new Value(5);
        Value y = x.mul(-2).add(7);
        assertThat(y.children()).hasSize(1);
        assertThat(y.children().get(0).children()).containsExactly(x);
        assertThat(y.children().get(0).localGrads()).containsExactly(-2);
        y.backward();
        assertThat(y.data).isEqualTo(-3);
        assertThat(x.grad).isEqualTo(-2);
    }

    @Test
    void divisionIsMultiplicationByAPower() {
        // as the reference computes a / b: a * b ** -1, so 1 / 3 is 1 * pow(3, -1)
        Value a = new Value(1);
        Value b = new Value(3);
        Value q = a.div(b);
        assertThat(q.data).isEqualTo(1 * Math.pow(3, -1));
        assertThat(q.children().get(1).localGrads()).containsExactly(-1 * Math.pow(3, -2));
    }

    @Test
    void subtractionAddsTheNegation() {
        Value a = new Value(0.1);
        Value b = new Value(0.3);
        Value d = a.sub(b);
        assertThat(d.data).isEqualTo(0.1 + 0.3 * -1);
        assertThat(d.children().get(1).localGrads()).containsExactly(-1);
    }

    @Test
    void sumStartsFromZeroLikePythons() {
        Value[] xs = {new Value(-0.0), new Value(2)};
        Value total = Value.sum(xs);
        assertThat(total.children().get(0).children()).containsExactly(xs[0]);  // 0 + x₀ first
        assertThat(Value.sum(new Value[] {new Value(-0.0)}).data).isEqualTo(0.0);  // 0 + −0.0
    }

    @Test
    void reluStopsTheGradientAtAndBelowZero() {
        Value neg = new Value(-1);
        Value zero = new Value(0);
        Value pos = new Value(2);
        neg.relu().backward();
        zero.relu().backward();
        pos.relu().backward();
        assertThat(new double[] {neg.grad, zero.grad, pos.grad}).containsExactly(0, 0, 1);
        assertThat(new Value(-0.5).relu().data).isEqualTo(0.0);
    }

    @Test
    void backwardVisitsChildrenDepthFirstInOrder() {
        Value a = new Value(1);
        Value b = new Value(2);
        Value ab = a.mul(b);
        Value c = ab.add(a);
        List<Value> topo = c.topologicalOrder();
        assertThat(topo).containsExactly(a, b, ab, c);  // micrograd's build_topo, post-order
    }

    @Test
    void backwardCanRunAgainOnANewGraph() {
        Value w = new Value(0.5);
        Value first = w.mul(w);
        first.backward();
        w.grad = 0;
        Value second = w.mul(3);
        second.backward();                            // a fresh stamp: w is visited again
        assertThat(w.grad).isEqualTo(3);
    }

    @Test
    void graphSizeCountsComputedValuesOnly() {
        Value a = new Value(1);
        Value b = new Value(2);
        Value c = a.mul(b).add(a).exp();
        assertThat(c.graphSize()).isEqualTo(3);       // mul, add, exp; leaves a, b not counted
    }

    /** 200 seeded uniform draws in [0, 1): the same inputs on every run. */
    static Stream<Double> uniforms() {
        PyRandom random = new PyRandom(7);
        return Stream.generate(random::random).limit(200);
    }

    /** Central differences: f'(x) ≈ (f(x + h) − f(x − h)) / 2h, error O(h²). */
    private static double slope(DoubleUnaryOperator f, double x) {
        double h = 1e-6;
        return (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
    }

    private static double grad(UnaryOperator<Value> f, double x) {
        Value v = new Value(x);
        f.apply(v).backward();
        return v.grad;
    }

    @ParameterizedTest
    @MethodSource("uniforms")
    void expGradientMatchesFiniteDifferences(double u) {
        double x = -5 + 10 * u;
        assertThat(grad(Value::exp, x)).isCloseTo(slope(Math::exp, x), within(1e-6 * Math.exp(x)));
    }

    @ParameterizedTest
    @MethodSource("uniforms")
    void logGradientMatchesFiniteDifferences(double u) {
        double x = 0.1 + 9.9 * u;
        assertThat(grad(Value::log, x)).isCloseTo(slope(Math::log, x), within(1e-6));
    }

    @ParameterizedTest
    @MethodSource("uniforms")
    void powGradientMatchesFiniteDifferences(double u) {
        double x = 0.2 + 4.8 * u;
        for (double k : new double[] {-2, -1.5, -1, -0.5, 0.5, 2, 3}) {
            double want = slope(t -> Math.pow(t, k), x);
            assertThat(grad(v -> v.pow(k), x)).as("k = %s", k)
                    .isCloseTo(want, within(1e-5 * (1 + Math.abs(want))));
        }
    }

    @ParameterizedTest
    @MethodSource("uniforms")
    void quotientRuleHolds(double u) {
        double a = -3 + 6 * u;
        double b = 0.5 + 3.5 * (1 - u);
        Value x = new Value(a);
        Value y = new Value(b);
        x.div(y).backward();
        assertThat(x.grad).isCloseTo(1 / b, within(1e-12));
        assertThat(y.grad).isCloseTo(-a / (b * b), within(1e-12));
    }

    @ParameterizedTest
    @MethodSource("uniforms")
    void compositeGradientMatchesFiniteDifferences(double u) {
        // a softmax-like chain, x used in several places: -log(e^x / (e^x + e^(2x) + 1))
        double x = -2 + 4 * u;
        UnaryOperator<Value> f = v -> {
            Value e1 = v.exp();
            Value e2 = v.mul(2).exp();
            Value total = Value.sum(new Value[] {e1, e2, new Value(1)});
            return e1.div(total).log().neg();
        };
        double want = slope(t -> -Math.log(Math.exp(t) / (Math.exp(t) + Math.exp(2 * t) + 1)), x);
        assertThat(grad(f, x)).isCloseTo(want, within(1e-7));
    }
}
