package dev.microgpt.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.microgpt.dataset.Tokenizer;
import dev.microgpt.random.PyRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Step 3 against {@code tools/reference/step3_attention.py}. */
class Step3AttentionTest extends ReferenceRunTest {
    @Override
    int rung() {
        return 3;
    }

    @Override
    Rung create(Tokenizer tokenizer, PyRandom random) {
        return new Step3Attention(tokenizer, random);
    }

    @Test
    void hasFourThousandOneHundredNinetyTwoParameters() {
        assertThat(count(initialWeights)).isEqualTo(4192)
                .isEqualTo(27 * 16 + 16 * 16 + 4 * 16 * 16 + 64 * 16 + 16 * 64 + 27 * 16);
    }

    @Test
    void stepFourHasTheSameMatricesRearranged() {
        Map<String, double[][]> step4 = new Step4Transformer(tokenizer, new PyRandom(1)).weights();
        assertThat(shapes(step4).keySet()).startsWith("wte", "wpe", "lm_head", "attn_wq");
        assertThat(shapes(step4)).containsExactlyInAnyOrderEntriesOf(shapes(initialWeights));
        assertThat(List.copyOf(shapes(step4).keySet()))      // but created in another order
                .isNotEqualTo(List.copyOf(shapes(initialWeights).keySet()));
    }

    /** name → "rows×cols", with the layer prefix dropped. */
    static Map<String, String> shapes(Map<String, double[][]> weights) {
        Map<String, String> shapes = new LinkedHashMap<>();
        weights.forEach((name, m) ->
                shapes.put(name.replace("layer0.", ""), m.length + "×" + m[0].length));
        return shapes;
    }
}
