package dev.pith.eval.score;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Longest common subsequence of two token sequences (tokens as interned ints), bit-parallel (Allison-Dix /
 * Hyyrö): each row of the classic dynamic-programming table is one bit vector, so a 10,000-token page against
 * another costs about 10,000 × 157 word operations instead of 10<sup>8</sup> cells. Row values are identical to
 * the table's, so the backtrack can choose the same subsequence as Google's rouge-score does.
 *
 * <p>Stateless and thread-safe.
 */
public final class Lcs {
  private Lcs() {}

  /** Bit masks of a candidate sequence: for each token, the positions where it occurs. */
  public static final class Masks {
    private final Map<Integer, long[]> masks = new HashMap<>();
    private final int length;
    private final int words;

    /** Builds the masks of {@code tokens}. */
    public Masks(int[] tokens) {
      this.length = tokens.length;
      this.words = (tokens.length + 63) >>> 6;
      for (int j = 0; j < tokens.length; j++) {
        masks.computeIfAbsent(tokens[j], t -> new long[words])[j >>> 6] |= 1L << (j & 63);
      }
    }

    boolean contains(int token) {
      return masks.containsKey(token);
    }
  }

  /** The LCS length of {@code a} and {@code b}. */
  public static int length(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    if (a.length < b.length) {
      int[] t = a;
      a = b;
      b = t;
    }
    Masks masks = new Masks(b);
    long[] v = full(b.length);
    long[] scratch = new long[v.length];
    for (int t : a) {
      long[] m = masks.masks.get(t);
      if (m != null) {
        step(v, m, scratch, b.length);
      }
    }
    return b.length - popcount(v);
  }

  /**
   * Indices into {@code ref} of one LCS of {@code ref} and the candidate, chosen exactly as rouge-score 0.1.2's
   * {@code _lcs_table} and {@code _backtrack_norec} choose it: from the bottom-right corner, take a match when the
   * tokens are equal, else step left when the cell to the left is strictly greater than the one above, else up.
   */
  public static int[] indices(int[] ref, int[] can, Masks canMasks) {
    int nb = can.length;
    if (ref.length == 0 || nb == 0) {
      return new int[0];
    }
    long[][] rows = new long[ref.length + 1][];
    long[] v = full(nb);
    long[] scratch = new long[v.length];
    rows[0] = v.clone();
    for (int i = 0; i < ref.length; i++) {
      long[] m = canMasks.masks.get(ref[i]);
      if (m != null) {
        step(v, m, scratch, nb);
        rows[i + 1] = v.clone();
      } else {
        rows[i + 1] = rows[i]; // unchanged row: share it (never mutated)
      }
    }
    int i = ref.length;
    int j = nb;
    int[] out = new int[Math.min(ref.length, nb)];
    int k = out.length;
    while (i > 0 && j > 0) {
      if (ref[i - 1] == can[j - 1]) {
        out[--k] = i - 1;
        i--;
        j--;
      } else if (cell(rows[i], j - 1) > cell(rows[i - 1], j)) {
        j--;
      } else {
        i--;
      }
    }
    return Arrays.copyOfRange(out, k, out.length);
  }

  /** The table cell {@code lcs[i][j]} from row {@code i}'s bit vector: j minus the set bits below position j. */
  private static int cell(long[] row, int j) {
    int count = 0;
    int w = j >>> 6;
    for (int x = 0; x < w; x++) {
      count += Long.bitCount(row[x]);
    }
    int rem = j & 63;
    if (rem != 0) {
      count += Long.bitCount(row[w] & ((1L << rem) - 1));
    }
    return j - count;
  }

  private static long[] full(int n) {
    long[] v = new long[(n + 63) >>> 6];
    Arrays.fill(v, -1L);
    int rem = n & 63;
    if (rem != 0) {
      v[v.length - 1] = (1L << rem) - 1;
    }
    return v;
  }

  /** {@code v = ((v + (v & m)) | (v & ~m)) & full}, with the addition carried across words. */
  private static void step(long[] v, long[] m, long[] sum, int n) {
    long carry = 0;
    for (int x = 0; x < v.length; x++) {
      long a = v[x];
      long u = a & m[x];
      long s = a + u;
      long c1 = Long.compareUnsigned(s, a) < 0 ? 1 : 0;
      long s2 = s + carry;
      long c2 = Long.compareUnsigned(s2, s) < 0 ? 1 : 0;
      carry = c1 | c2;
      sum[x] = s2 | (a & ~m[x]);
    }
    System.arraycopy(sum, 0, v, 0, v.length);
    int rem = n & 63;
    if (rem != 0) {
      v[v.length - 1] &= (1L << rem) - 1;
    }
  }

  private static int popcount(long[] v) {
    int c = 0;
    for (long x : v) {
      c += Long.bitCount(x);
    }
    return c;
  }
}
