package dev.microgpt.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.microgpt.autograd.Value;
import dev.microgpt.dataset.Tokenizer;
import dev.microgpt.random.PyRandom;
import org.junit.jupiter.api.Test;

/** Step 2 against {@code tools/reference/step2_autograd.py}, and against Step 1's hand-written gradient. */
class Step2AutogradTest extends ReferenceRunTest {
    @Override
    int rung() {
        return 2;
    }

    @Override
    Rung create(Tokenizer tokenizer, PyRandom random) {
        return new Step2Autograd(tokenizer, random);
    }

    @Test
    void autogradGradientEqualsTheHandWrittenOne() {
        // random weights (seeds 1..5) and random names: both models start from the same draws
        for (int seed = 1; seed <= 5; seed++) {
            Step1GradientDescent byHand = new Step1GradientDescent(tokenizer, new PyRandom(seed));
            Step2Autograd byAutograd = new Step2Autograd(tokenizer, new PyRandom(seed));
            PyRandom pick = new PyRandom(100 + seed);
            for (int k = 0; k < 10; k++) {
                int[] tokens = tokenizer.encode(docs.get(pick.randbelow(docs.size())));
                double[] expected = byHand.analyticGradient(tokens).flat();
                Value loss = byAutograd.loss(tokens);
                loss.backward();
                assertThat(loss.data).isCloseTo(byHand.forward(tokens), within(1e-15));
                for (int i = 0; i < expected.length; i++) {
                    // the two gradients add the same terms in different orders: a few ulps apart
                    assertThat(byAutograd.params[i].grad).as("seed %d, parameter %d", seed, i)
                            .isCloseTo(expected[i], within(1e-15));
                    byAutograd.params[i].grad = 0;
                }
            }
        }
    }

    @Test
    void trainsToStepOnesLossesUpToRounding() {
        double[] step1 = Reference.rung(1).losses();
        for (int s = 0; s < Ladder.NUM_STEPS; s++) {
            assertThat(losses[s]).isCloseTo(step1[s], within(1e-14));
        }
    }

    @Test
    void oneStepBuildsTensOfThousandsOfValues() {
        double nodes = ((Step2Autograd) model).nodesPerStep(docs);
        assertThat(nodes).isBetween(20_000.0, 80_000.0);
    }
}
