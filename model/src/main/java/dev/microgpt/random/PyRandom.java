package dev.microgpt.random;

import java.util.List;

/**
 * CPython's {@code random} module, ported as far as the ladder needs it, so that the same seed
 * gives the same shuffle, the same initial weights and the same sampled names as the reference.
 *
 * <p>The core is the 32-bit Mersenne Twister (MT19937) of {@code Modules/_randommodule.c}; the
 * methods above it follow {@code Lib/random.py} of CPython 3.11. Unsigned 32-bit words are held
 * in {@code int}s and shifted with {@code >>>}; {@link #nextWord()} hands them out as
 * non-negative {@code long}s.
 */
public final class PyRandom {
    private static final int N = 624;                      // words of state
    private static final int M = 397;                      // the twist's middle offset
    private static final int MATRIX_A = 0x9908b0df;        // constant vector a
    private static final int UPPER_MASK = 0x80000000;      // most significant bit
    private static final int LOWER_MASK = 0x7fffffff;      // the 31 other bits
    private static final double TWO_PI = 2.0 * Math.PI;    // random.py's TWOPI

    private final int[] mt = new int[N];                   // the state vector
    private int mti;                                       // next word of mt to hand out
    private double gaussNext = Double.NaN;                 // gauss()'s cached deviate; NaN: none

    /** Seeds as {@code random.seed(seed)} does for an int seed in [0, 2^32). */
    public PyRandom(long seed) {
        if (seed < 0 || seed > 0xffffffffL) {
            throw new IllegalArgumentException("seed must be in [0, 2^32), was " + seed);
        }
        initByArray(new int[] {(int) seed});              // one 32-bit word of key
    }

    /** {@code init_genrand}: fills the state from one 32-bit seed. */
    private void initGenrand(int s) {
        mt[0] = s;
        for (mti = 1; mti < N; mti++) {
            mt[mti] = 1812433253 * (mt[mti - 1] ^ (mt[mti - 1] >>> 30)) + mti;
        }
    }

    /** {@code init_by_array}: mixes a key of 32-bit words into the state, as CPython seeds. */
    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = UPPER_MASK;                                // non-zero initial state is assured
    }

    /** {@code genrand_uint32}: the next 32-bit output, as a non-negative long. */
    public long nextWord() {
        if (mti >= N) {
            twist();
        }
        int y = mt[mti++];
        y ^= y >>> 11;                                     // tempering
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y & 0xffffffffL;
    }

    /** Regenerates all N words of state at once, as the reference C code does. */
    private void twist() {
        for (int kk = 0; kk < N; kk++) {
            int y = (mt[kk] & UPPER_MASK) | (mt[(kk + 1) % N] & LOWER_MASK);
            int mag = (y & 1) == 0 ? 0 : MATRIX_A;
            mt[kk] = mt[(kk + M) % N] ^ (y >>> 1) ^ mag;
        }
        mti = 0;
    }

    /** {@code random()}: a double in [0, 1) with 53 random bits, built from two words. */
    public double random() {
        long a = nextWord() >>> 5;                         // 27 bits
        long b = nextWord() >>> 6;                         // 26 bits
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** {@code getrandbits(k)} for 1 ≤ k ≤ 64: words fill the result from its low end. */
    public long getrandbits(int k) {
        if (k < 1 || k > 64) {
            throw new IllegalArgumentException("k must be in 1..64, was " + k);
        }
        if (k <= 32) {
            return nextWord() >>> (32 - k);
        }
        long low = nextWord();
        long high = nextWord() >>> (64 - k);
        return low | (high << 32);
    }

    /** {@code _randbelow_with_getrandbits(n)}: uniform in [0, n) by rejection, for n ≥ 1. */
    public int randbelow(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, was " + n);
        }
        int k = 32 - Integer.numberOfLeadingZeros(n);      // n.bit_length()
        long r = getrandbits(k);
        while (r >= n) {
            r = getrandbits(k);
        }
        return (int) r;
    }

    /** {@code shuffle(x)}: Fisher–Yates from the last element down, in place. */
    public <T> void shuffle(List<T> x) {
        for (int i = x.size() - 1; i > 0; i--) {
            int j = randbelow(i + 1);
            T xi = x.get(i);
            x.set(i, x.get(j));
            x.set(j, xi);
        }
    }

    /**
     * {@code gauss(mu, sigma)}: Box–Muller; each pair of uniforms gives two deviates, the second
     * kept for the next call.
     *
     * <p>Java's {@code Math.log/cos/sin} differ from the C library's in the last bit for a few
     * arguments, so a few deviates differ from CPython's by one ulp: 27 of the first 20,000
     * after the ladder's shuffle: 2 of Steps 1–2's 3,184 initial weights, 4 of Steps 3–5's 4,192
     * (none of the first, and no weight sum changes). {@code tools/reference/glibc-check.sh}
     * shows this is the only cause.
     */
    public double gauss(double mu, double sigma) {
        double z = gaussNext;
        gaussNext = Double.NaN;
        if (Double.isNaN(z)) {
            double x2pi = random() * TWO_PI;
            double g2rad = Math.sqrt(-2.0 * Math.log(1.0 - random()));
            z = Math.cos(x2pi) * g2rad;
            gaussNext = Math.sin(x2pi) * g2rad;
        }
        return mu + z * sigma;
    }

    /**
     * {@code choices(range(len(weights)), weights)[0]}: an index drawn with probability
     * proportional to its weight. Cumulative weights are summed left to right; the index is the
     * first whose cumulative weight exceeds {@code random() * total} (bisect right).
     */
    public int choices(double[] weights) {
        double[] cumWeights = new double[weights.length];
        double running = 0;
        for (int i = 0; i < weights.length; i++) {
            running += weights[i];
            cumWeights[i] = running;
        }
        double total = cumWeights[weights.length - 1] + 0.0;
        if (!(total > 0.0) || Double.isInfinite(total)) {
            throw new IllegalArgumentException(
                    "weights must sum to a positive finite number, was " + total);
        }
        return bisectRight(cumWeights, random() * total, weights.length - 1);
    }

    /** {@code bisect.bisect_right(a, x, 0, hi)}. */
    private static int bisectRight(double[] a, double x, int hi) {
        int lo = 0;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x < a[mid]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
