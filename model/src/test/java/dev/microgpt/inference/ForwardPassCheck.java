package dev.microgpt.inference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.microgpt.dataset.Tokenizer;
import dev.microgpt.ladder.Rung;
import dev.microgpt.random.PyRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The check every rung's forward pass must pass, trained or not: the double-based pass of this
 * package, built from nothing but the rung's architecture() and weights(), predicts exactly
 * what the rung predicts, loses exactly what it loses, and samples exactly what it samples.
 * Public so that the rungs' reference tests can run it on the models they train.
 */
public final class ForwardPassCheck {
    /** Short names, and one of 15 letters: BOS and 15 letters fill the 16 positions exactly. */
    public static final List<String> NAMES = List.of("emma", "ava", "yuheng", "x",
            "muhammadibrahim");
    /** Longer than a transformer's block: nextTokenProbs cuts it as the rungs cut it. */
    public static final String LONG_NAME = "christopherjohnathan";

    private ForwardPassCheck() {
    }

    /** Asserts that the forward pass of the rung's weights is the rung's, bit for bit. */
    public static void assertSameAsRung(Rung rung, Tokenizer tokenizer) {
        Forward forward = Forward.of(rung.architecture(), rung.weights());
        List<String> names = new ArrayList<>(NAMES);
        names.add(LONG_NAME);
        for (String name : names) {
            int[] tokens = tokenizer.encode(name);
            double[][] probs = forward.nextTokenProbs(tokens);
            assertBitEqual(probs, rung.nextTokenProbs(tokens), name);
            assertThat(loss(probs, tokens)).as("loss of %s", name)
                    .isEqualTo(rung.evaluate(tokens));
        }
        PyRandom ours = new PyRandom(42);
        PyRandom theirs = new PyRandom(42);
        for (int i = 0; i < 20; i++) {
            assertThat(decode(tokenizer, forward.sample(ours, tokenizer.bos())))
                    .as("sample %d", i).isEqualTo(rung.sample(theirs));
        }
    }

    /** Each row equal to the last bit (Arrays.equals compares the doubles' bits). */
    public static void assertBitEqual(double[][] actual, double[][] expected, String what) {
        assertThat(actual.length).as("positions of %s", what).isEqualTo(expected.length);
        for (int pos = 0; pos < expected.length; pos++) {
            assertThat(Arrays.equals(actual[pos], expected[pos]))
                    .as("%s, position %d: %s ≠ %s", what, pos, Arrays.toString(actual[pos]),
                            Arrays.toString(expected[pos]))
                    .isTrue();
        }
    }

    /**
     * The mean nll of the predicted tokens, summed from 0 left to right and scaled by (1 / n),
     * as every rung's loss is computed (Value's −log p is log p · (−1): the same double).
     */
    static double loss(double[][] probs, int[] tokens) {
        double sum = 0;
        for (int pos = 0; pos < probs.length; pos++) {
            sum += -Math.log(probs[pos][tokens[pos + 1]]);
        }
        return (1.0 / probs.length) * sum;
    }

    static String decode(Tokenizer tokenizer, int[] letters) {
        StringBuilder name = new StringBuilder();
        for (int id : letters) {
            name.append(tokenizer.character(id));
        }
        return name.toString();
    }
}
