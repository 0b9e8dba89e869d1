package dev.microgpt.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.microgpt.dataset.NamesFile;
import dev.microgpt.dataset.Tokenizer;
import dev.microgpt.inference.MlpForward;
import dev.microgpt.inference.MlpTrace;
import dev.microgpt.random.PyRandom;
import org.junit.jupiter.api.Test;

/** Step 1 against {@code tools/reference/step1_gradient_descent.py}; the shared checks are in the base class. */
class Step1GradientDescentTest extends ReferenceRunTest {
    @Override
    int rung() {
        return 1;
    }

    @Override
    Rung create(Tokenizer tokenizer, PyRandom random) {
        return new Step1GradientDescent(tokenizer, random);
    }

    /** A model as it was before training (the gradient check runs on these weights). */
    private Step1GradientDescent untrained() {
        PyRandom random = new PyRandom(Ladder.SEED);
        Ladder.shuffled(NamesFile.load(), random);      // the generator as the run leaves it
        return new Step1GradientDescent(tokenizer, random);
    }

    @Test
    void hasThreeThousandOneHundredEightyFourParameters() {
        assertThat(count(initialWeights)).isEqualTo(3184).isEqualTo(27 * 16 + 64 * 16 + 27 * 64);
    }

    @Test
    void firstWeightsAreCPythons() {
        // first_weights of rung1.json: the first three gauss(0, 0.08) draws after the shuffle
        double[] wte0 = initialWeights.get("wte")[0];
        assertThat(new double[] {wte0[0], wte0[1], wte0[2]})
                .containsExactly(-0.04273180935726127, 0.07696138795865093, 0.10844210106107166);
    }

    @Test
    void gradientCheckMatchesTheReference() {
        JsonNode check = reference.node("grad_check");
        Step1GradientDescent.GradientCheck result =
                untrained().gradientCheck(tokenizer.encode(docs.get(0)));
        assertThat(result.lossNumerical()).isEqualTo(check.get("loss_n").asDouble());
        assertThat(result.lossAnalytic()).isEqualTo(check.get("loss_a").asDouble());
        int worst = result.worstIndex();
        assertThat(worst).isEqualTo(check.get("worst_index").asInt());
        double maxDiff = Math.abs(result.numerical()[worst] - result.analytic()[worst]);
        // the numerical gradient divides a difference of two losses by 1e-5, so a last-bit libm
        // difference in either loss (~4e-16) moves it by up to ~1e-10: the tolerance below
        assertThat(maxDiff).isCloseTo(check.get("max_diff").asDouble(), within(1e-10));
        assertThat(maxDiff).isLessThan(1e-8);           // forward differences: error ~ ε·f''
    }

    @Test
    void numericalAndAnalyticGradientsAgreeForEveryParameter() {
        Step1GradientDescent.GradientCheck result =
                untrained().gradientCheck(tokenizer.encode(docs.get(0)));
        assertThat(result.numerical()).hasSize(3184);
        for (int i = 0; i < result.numerical().length; i++) {
            assertThat(result.numerical()[i]).as("parameter %d", i)
                    .isCloseTo(result.analytic()[i], within(1e-8));
        }
    }

    @Test
    void oneStepBackIsAnalyticGradientsOwnArithmeticForTheFirstPair() {
        // The figure of 1.7 steps one pair back through the network with MlpForward.backward;
        // it must be the taught analyticGradient's arithmetic, bit for bit. "yuheng" reads BOS
        // once, at its first pair, so the gradient of wte's BOS row is that pair's dx alone.
        Step1GradientDescent model = untrained();
        int[] tokens = tokenizer.encode(docs.get(0));
        Step1GradientDescent.Gradient gradient = model.analyticGradient(tokens);
        MlpForward forward = MlpForward.of(model.architecture(), model.weights());
        MlpTrace.Position first = forward.next(tokens[0]);
        MlpTrace.Backward back = forward.backward(first, tokens[1], tokens.length - 1);
        assertThat(back.dx()).containsExactly(gradient.wte()[tokens[0]]);
        // and on a name of one pair the weights' gradients are the outer products the figure names
        int[] pair = {tokens[0], tokens[1]};
        Step1GradientDescent.Gradient one = model.analyticGradient(pair);
        MlpTrace.Backward alone = forward.backward(first, tokens[1], 1);
        for (int i = 0; i < alone.dLogits().length; i++) {
            for (int j = 0; j < first.h().length; j++) {
                assertThat(one.mlpFc2()[i][j]).isEqualTo(alone.dLogits()[i] * first.h()[j]);
            }
        }
        for (int i = 0; i < alone.dhPre().length; i++) {
            for (int j = 0; j < first.x().length; j++) {
                assertThat(one.mlpFc1()[i][j]).isEqualTo(alone.dhPre()[i] * first.x()[j]);
            }
        }
        assertThat(alone.dx()).containsExactly(one.wte()[tokens[0]]);
    }

    @Test
    void unusedEmbeddingRowsGetNoGradient() {
        // grad_a_0_5: "yuheng" has no 'a', so row 0 of wte gets exactly zero
        Step1GradientDescent.GradientCheck result =
                untrained().gradientCheck(tokenizer.encode(docs.get(0)));
        for (int i = 0; i < 5; i++) {
            assertThat(result.analytic()[i]).isEqualTo(0.0);
            assertThat(result.numerical()[i]).isEqualTo(0.0);
        }
    }
}
