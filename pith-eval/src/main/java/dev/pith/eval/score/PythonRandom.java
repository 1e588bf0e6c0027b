package dev.pith.eval.score;

/**
 * CPython's {@code random.Random} for an integer seed: the Mersenne Twister MT19937 seeded with
 * {@code init_by_array} on the seed's 32-bit words, and {@code randint} by rejection sampling on
 * {@code getrandbits}. It draws the same numbers as Python, so bootstrap resamples (and their standard deviations)
 * are the same as {@code score.py}'s.
 *
 * <p>Not thread-safe: one instance per aggregation.
 */
public final class PythonRandom {
  private static final int N = 624;
  private static final int M = 397;
  private final int[] mt = new int[N];
  private int index = N + 1;

  /** {@code random.Random(seed)}. */
  public PythonRandom(long seed) {
    long n = Math.abs(seed);
    if (n < 0) {
      throw new IllegalArgumentException("seed must not be Long.MIN_VALUE");
    }
    int[] key = (n >>> 32) != 0 ? new int[] {(int) n, (int) (n >>> 32)} : new int[] {(int) n};
    initByArray(key);
  }

  /** A generator seeded with {@code init_by_array(key)}, as Python seeds from an integer of these 32-bit words. */
  static PythonRandom fromKey(int[] key) {
    PythonRandom r = new PythonRandom(0);
    r.initByArray(key.clone());
    return r;
  }

  private void initGenrand(int s) {
    mt[0] = s;
    for (int i = 1; i < N; i++) {
      mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
    }
    index = N;
  }

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
    mt[0] = 0x80000000;
  }

  /** The next 32 random bits ({@code genrand_uint32}), as an unsigned value. */
  public long nextUint32() {
    if (index >= N) {
      int kk;
      for (kk = 0; kk < N - M; kk++) {
        int y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
      }
      for (; kk < N - 1; kk++) {
        int y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
      }
      int y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
      index = 0;
    }
    int y = mt[index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return Integer.toUnsignedLong(y);
  }

  /** {@code getrandbits(k)} for {@code 1 <= k <= 32}. */
  public long getrandbits(int k) {
    if (k < 1 || k > 32) {
      throw new IllegalArgumentException("k must be in 1..32, was " + k);
    }
    return nextUint32() >>> (32 - k);
  }

  /** {@code randint(a, b)}: uniform in {@code [a, b]}, drawn as Python draws it. */
  public int randint(int a, int b) {
    long width = (long) b - a + 1;
    if (width <= 0 || width > 0xffffffffL) {
      throw new IllegalArgumentException("empty or too wide range " + a + ".." + b);
    }
    int k = 64 - Long.numberOfLeadingZeros(width);
    long r = getrandbits(k);
    while (r >= width) {
      r = getrandbits(k);
    }
    return (int) (a + r);
  }
}
