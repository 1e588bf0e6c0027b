package dev.pith.repair;

/** Dictionary cost, in bits, of a short run of Chinese or Japanese characters with one candidate in the middle. */
final class CjkWindow {
  /** Characters looked at on each side of a slot: enough for the words of Chinese and Japanese. */
  static final int SPAN = 6;

  private CjkWindow() {}

  /** Cost of {@code left + mid + right} ({@code mid} left out when negative), in bits. */
  static double bits(int[] left, int mid, int[] right) {
    StringBuilder sb = new StringBuilder(left.length + right.length + 2);
    for (int c : left) {
      sb.appendCodePoint(c);
    }
    if (mid >= 0) {
      sb.appendCodePoint(mid);
    }
    for (int c : right) {
      sb.appendCodePoint(c);
    }
    if (sb.length() == 0) {
      return 0;
    }
    return CjkDictionary.get().segmentCost(sb, 0, sb.length()) * CjkDictionary.BITS_PER_COST;
  }
}
