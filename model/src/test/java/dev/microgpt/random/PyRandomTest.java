package dev.microgpt.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Expected values come from CPython 3.11.7, each with the one-liner that printed it, run as
 * {@code python3 -c "import random; r = random.Random(42); ..."}.
 */
class PyRandomTest {

    @Test
    void seed42GivesCPythonsFirstWords() {
        // print([r.getrandbits(32) for _ in range(4)])
        PyRandom r = new PyRandom(42);
        assertThat(new long[] {r.nextWord(), r.nextWord(), r.nextWord(), r.nextWord()})
                .containsExactly(2746317213L, 478163327L, 107420369L, 3184935163L);
    }

    @Test
    void seed42GivesCPythonsFirstRandoms() {
        // print(repr(r.random()), repr(r.random()))
        PyRandom r = new PyRandom(42);
        assertThat(r.random()).isEqualTo(0.6394267984578837);
        assertThat(r.random()).isEqualTo(0.025010755222666936);
    }

    @Test
    void stateIsRegeneratedAfter624Words() {
        // [r.random() for _ in range(1000)]; print(repr(r.random()))
        PyRandom r = new PyRandom(42);
        for (int i = 0; i < 1000; i++) {
            r.random();
        }
        assertThat(r.random()).isEqualTo(0.09935462460613032);
    }

    @Test
    void seedsAtBothEndsOfThe32BitRange() {
        // random.Random(0).getrandbits(32); random.Random(2**32 - 1).getrandbits(32)
        assertThat(new PyRandom(0).nextWord()).isEqualTo(3626764237L);
        assertThat(new PyRandom(0xffffffffL).nextWord()).isEqualTo(2728839433L);
    }

    @Test
    void getrandbitsTakesTheHighBitsOfAWordAndFillsFromTheLowEnd() {
        // print([r.getrandbits(k) for k in (1, 7, 15, 31, 32, 33, 48, 64)])
        PyRandom r = new PyRandom(42);
        long[] got = IntStream.of(1, 7, 15, 31, 32, 33, 48, 64).mapToLong(r::getrandbits).toArray();
        assertThat(got).containsExactly(1L, 14L, 819L, 1592467581L, 1181241943L, 1051802512L,
                207297195852265L, Long.parseUnsignedLong("12482902213779070887"));
    }

    @Test
    void shuffleMatchesCPython() {
        // x = list(range(10)); r.shuffle(x); print(x)
        List<Integer> x = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
        new PyRandom(42).shuffle(x);
        assertThat(x).containsExactly(7, 3, 2, 8, 5, 6, 9, 4, 0, 1);
    }

    @Test
    void gaussKeepsTheSecondDeviateForTheNextCall() {
        // print([repr(r.gauss(0, 0.08)) for _ in range(3)])
        PyRandom r = new PyRandom(42);
        assertThat(r.gauss(0, 0.08)).isEqualTo(-0.011527226366234268);
        assertThat(r.gauss(0, 0.08)).isEqualTo(-0.013832288026521545);
        assertThat(r.gauss(0, 0.08)).isEqualTo(-0.008905268925412997);
    }

    @Test
    void choicesFollowTheCumulativeWeights() {
        // print([r.choices(range(4), weights=[0.1, 0.2, 0.3, 0.4])[0] for _ in range(12)])
        PyRandom r = new PyRandom(42);
        int[] got = IntStream.range(0, 12)
                .map(i -> r.choices(new double[] {0.1, 0.2, 0.3, 0.4})).toArray();
        assertThat(got).containsExactly(3, 0, 1, 1, 3, 3, 3, 0, 2, 0, 1, 2);
    }

    @Test
    void choicesNeverPickAZeroWeight() {
        // r = random.Random(7)
        // print([r.choices(range(3), weights=[1.0, 0.0, 2.5])[0] for _ in range(10)])
        PyRandom r = new PyRandom(7);
        int[] got = IntStream.range(0, 10)
                .map(i -> r.choices(new double[] {1.0, 0.0, 2.5})).toArray();
        assertThat(got).containsExactly(2, 0, 2, 0, 2, 2, 0, 2, 0, 2);
    }

    @Test
    void choicesRefuseWeightsThatSumToZero() {
        assertThatThrownBy(() -> new PyRandom(1).choices(new double[] {0.0, 0.0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive finite");
    }

    @Test
    void randbelowStaysInRange() {
        PyRandom r = new PyRandom(3);
        for (int n = 1; n < 200; n++) {
            assertThat(r.randbelow(n)).isBetween(0, n - 1);
        }
    }

    @Test
    void seedOutside32BitsIsRefused() {
        assertThatThrownBy(() -> new PyRandom(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PyRandom(1L << 32))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
