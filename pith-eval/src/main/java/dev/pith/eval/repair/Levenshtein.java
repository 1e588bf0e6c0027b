package dev.pith.eval.repair;

import java.util.HashMap;
import java.util.Map;

/**
 * Edit distance (unit costs) between code point sequences, by Myers' bit-parallel algorithm in Hyyrö's blocked form
 * (64 rows of the pattern per word), as {@code score.py} computes it: strings are compared by code points, not UTF-16
 * units, so the figures agree with Python's.
 */
public final class Levenshtein {
  private Levenshtein() {}

  /** Distance between {@code a} and {@code b}. */
  public static int distance(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    return distance(a.codePoints().toArray(), b.codePoints().toArray());
  }

  /** Distance between two code point arrays. */
  public static int distance(int[] a, int[] b) {
    int start = 0;
    int n = Math.min(a.length, b.length);
    while (start < n && a[start] == b[start]) {
      start++;
    }
    int endA = a.length;
    int endB = b.length;
    while (endA > start && endB > start && a[endA - 1] == b[endB - 1]) {
      endA--;
      endB--;
    }
    int lenA = endA - start;
    int lenB = endB - start;
    if (lenA == 0) {
      return lenB;
    }
    if (lenB == 0) {
      return lenA;
    }
    // the shorter string is the pattern (rows), the longer the text (columns)
    int[] text = a;
    int textFrom = start;
    int textLen = lenA;
    int[] pat = b;
    int patLen = lenB;
    if (lenB > lenA) {
      text = b;
      textLen = lenB;
      pat = a;
      patLen = lenA;
    }
    int blocks = (patLen + 63) >>> 6;
    Map<Integer, long[]> peq = new HashMap<>();
    for (int i = 0; i < patLen; i++) {
      long[] v = peq.computeIfAbsent(pat[start + i], k -> new long[blocks]);
      v[i >>> 6] |= 1L << (i & 63);
    }
    long[] pv = new long[blocks];
    long[] mv = new long[blocks];
    java.util.Arrays.fill(pv, -1L);
    long lastBit = 1L << ((patLen - 1) & 63);
    long[] zero = new long[blocks];
    int score = patLen;
    for (int j = 0; j < textLen; j++) {
      long[] eqv = peq.getOrDefault(text[textFrom + j], zero);
      int hin = 1;
      for (int w = 0; w < blocks; w++) {
        long eq = eqv[w];
        long p = pv[w];
        long m = mv[w];
        long xv = eq | m;
        if (hin < 0) {
          eq |= 1L;
        }
        long xh = (((eq & p) + p) ^ p) | eq;
        long ph = m | ~(xh | p);
        long mh = p & xh;
        long top = w == blocks - 1 ? lastBit : Long.MIN_VALUE;
        int hout = (ph & top) != 0 ? 1 : (mh & top) != 0 ? -1 : 0;
        ph <<= 1;
        mh <<= 1;
        if (hin < 0) {
          mh |= 1L;
        } else if (hin > 0) {
          ph |= 1L;
        }
        pv[w] = mh | ~(xv | ph);
        mv[w] = ph & xv;
        hin = hout;
      }
      score += hin;
    }
    return score;
  }
}
