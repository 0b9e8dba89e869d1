package dev.microgpt.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.microgpt.dataset.NamesFile;
import dev.microgpt.dataset.Tokenizer;
import dev.microgpt.random.PyRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Step 0 on the real names file against the reference: {@code tools/reference/step0_counting.py},
 * run with CPython 3.11.7 on {@code ../shared/data/names.txt}, every loss printed with
 * {@code repr}, and the 20 samples. Step 0 must agree exactly (shared/REFERENCE.md).
 */
class Step0CountingTest {
    private static List<String> docs;
    private static Tokenizer tokenizer;
    private static final double[] losses = new double[Ladder.NUM_STEPS + 1];
    private static Step0Counting model;
    private static PyRandom random;

    @BeforeAll
    static void train() {
        random = new PyRandom(Ladder.SEED);
        docs = Ladder.shuffled(NamesFile.load(), random);
        tokenizer = Tokenizer.fromDocs(docs);
        model = new Step0Counting(tokenizer);
        model.train(docs, (step, loss) -> losses[step] = loss);
    }

    @Test
    void shuffleBeginsAsInCPython() {
        assertThat(docs).hasSize(32033)
                .startsWith("yuheng", "diondre", "xavien", "jori", "juanluis");
    }

    @Test
    void firstLossIsExactlyLn27() {
        assertThat(losses[1]).isEqualTo(Math.log(27)).isEqualTo(3.295836866004329);
    }

    @Test
    void lossesMatchTheReferenceBitForBit() {
        assertThat(losses[2]).isEqualTo(3.309474732568407);
        assertThat(losses[10]).isEqualTo(3.272281060729938);
        assertThat(losses[100]).isEqualTo(3.1833437358533803);
        assertThat(losses[1000]).isEqualTo(2.717730930281095);
    }

    @Test
    void tableHoldsEveryPairOfTheFirstThousandNames() {
        long pairs = 0;
        for (int step = 0; step < Ladder.NUM_STEPS; step++) {
            pairs += docs.get(step).length() + 1;
        }
        long total = 0;
        for (int[] row : model.counts()) {
            for (int c : row) {
                total += c;
            }
        }
        assertThat(total).isEqualTo(pairs);
    }

    @Test
    void samplesMatchTheReference() {
        List<String> samples = new ArrayList<>();
        for (int i = 0; i < Ladder.NUM_SAMPLES; i++) {
            samples.add(model.sample(random));   // the generator that shuffled, as in the run
        }
        assertThat(samples).containsExactly("enaroa", "romra", "brabecyler", "talyaxbranalewia",
                "zfyclahab", "czasan", "asocayeleelcan", "ravbrieeligsonal", "kelosonnn",
                "lydonyanen", "eil", "gh",
                "dricoynylelule", "ma", "py", "h", "mbloris", "kxwai", "on", "bbichy");
    }

    @Test
    void smoothedRowSumsToOne() {
        double sum = 0;
        for (double p : model.bigram(tokenizer.bos())) {
            sum += p;
        }
        assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    }
}
