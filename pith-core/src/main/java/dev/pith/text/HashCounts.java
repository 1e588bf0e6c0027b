package dev.pith.text;

/**
 * How often each 64-bit hash occurs in a capture's lines: an open-addressing table filled once, then asked once per
 * line. Linear in the number of lines, where sorting the hashes and searching them cost n log n. Made per call and
 * only read once built.
 */
final class HashCounts {
  private final long[] keys;
  private final int[] counts;
  private final int mask;

  /** Counts the non-zero values of {@code hashes} (0 means "no hash" and is never counted). */
  HashCounts(long[] hashes) {
    int capacity = Integer.highestOneBit(Math.max(4, hashes.length * 2 - 1)) << 1; // at most half full
    keys = new long[capacity];
    counts = new int[capacity];
    mask = capacity - 1;
    for (long h : hashes) {
      if (h != 0) {
        int i = find(h);
        keys[i] = h;
        counts[i]++;
      }
    }
  }

  /** How many of the hashes were {@code hash}; 0 for 0 or a hash never seen. */
  int count(long hash) {
    if (hash == 0) {
      return 0;
    }
    int i = find(hash);
    return keys[i] == hash ? counts[i] : 0;
  }

  /** The slot holding {@code hash}, or the empty slot where it would go. */
  private int find(long hash) {
    // the low bits of an FNV hash are its weakest: mix the high ones in before masking
    int i = (int) (hash ^ hash >>> 29 ^ hash >>> 47) & mask;
    while (keys[i] != hash && keys[i] != 0) {
      i = (i + 1) & mask;
    }
    return i;
  }
}
