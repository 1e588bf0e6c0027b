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
    // Japanese (any kana in sight) is weighed with ICU's words alone: jieba's counts are of Chinese text
    ChineseWords chinese = hasKana(sb) ? null : ChineseWords.get();
    return CjkDictionary.get().segmentCost(sb, 0, sb.length(), chinese) * CjkDictionary.BITS_PER_COST;
  }

  private static boolean hasKana(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x3040 && c <= 0x30FF) {
        return true;
      }
    }
    return false;
  }
}
