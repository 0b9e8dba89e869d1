package dev.microgpt.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.microgpt.dataset.Tokenizer;
import dev.microgpt.random.PyRandom;
import org.junit.jupiter.api.Test;

/** Step 5 against {@code tools/reference/step5_adam.py}. */
class Step5AdamTest extends ReferenceRunTest {
    @Override
    int rung() {
        return 5;
    }

    @Override
    Rung create(Tokenizer tokenizer, PyRandom random) {
        return new Step5Adam(tokenizer, random);
    }

    @Test
    void startsFromStepFoursWeights() {
        Step4Transformer step4 = new Step4Transformer(tokenizer, new PyRandom(3));
        Step5Adam step5 = new Step5Adam(tokenizer, new PyRandom(3));
        assertThat(step5.weights()).containsOnlyKeys(step4.weights().keySet());
        step4.weights().forEach((name, m) -> assertThat(step5.weights().get(name)).isEqualTo(m));
    }

    @Test
    void firstLossEqualsStepFoursFirstLoss() {
        // same model, same weights: the optimizer changes nothing until the first update
        assertThat(losses[0]).isEqualTo(Reference.rung(4).losses()[0]);
    }
}
