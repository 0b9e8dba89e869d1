package dev.microgpt.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.microgpt.dataset.Tokenizer;
import dev.microgpt.random.PyRandom;
import org.junit.jupiter.api.Test;

/** Step 4 against {@code tools/reference/step4_transformer.py}. */
class Step4TransformerTest extends ReferenceRunTest {
    @Override
    int rung() {
        return 4;
    }

    @Override
    Rung create(Tokenizer tokenizer, PyRandom random) {
        return new Step4Transformer(tokenizer, random);
    }

    @Test
    void matricesAreNamedPerLayerInCreationOrder() {
        assertThat(initialWeights.keySet()).containsExactly("wte", "wpe", "lm_head",
                "layer0.attn_wq", "layer0.attn_wk", "layer0.attn_wv", "layer0.attn_wo",
                "layer0.mlp_fc1", "layer0.mlp_fc2");
        assertThat(count(initialWeights)).isEqualTo(4192);
    }
}
