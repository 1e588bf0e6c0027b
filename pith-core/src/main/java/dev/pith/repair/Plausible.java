package dev.pith.repair;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The characters a lost character is looked for among when more than one of its bytes is unknown: every character
 * whose {@link CharCost} is at most {@value #MAX_BITS} bits (letters of the common scripts, typographic punctuation,
 * common CJK characters, emoji), cheapest first. Built once, on first use.
 */
final class Plausible {
  /** Characters dearer than this are never guessed from nothing. */
  static final double MAX_BITS = 14;

  private static final class Holder {
    static final int[] CHARACTERS = build();
    static final int[] PACKED = pack(CHARACTERS);
    /** Per UTF-8 length (index 0..4): the characters of that length, cheapest first. */
    static final int[][] BY_LENGTH = byLength(CHARACTERS);
    /** Per lead byte: the characters starting with it, cheapest first. */
    static final int[][] BY_LEAD = byLead(CHARACTERS);
  }

  /** The plausible characters whose UTF-8 is {@code len} bytes long, cheapest first. */
  static int[] byLength(int len) {
    return Holder.BY_LENGTH[len];
  }

  /** The plausible characters of UTF-8 length {@code len} that start with byte {@code lead}, cheapest first. */
  static int[] byLead(int len, int lead) {
    return Utf8.sequenceLength(lead) == len ? Holder.BY_LEAD[lead] : new int[0];
  }

  private static int[][] byLength(int[] chars) {
    int[][] out = new int[5][];
    for (int len = 0; len < 5; len++) {
      final int l = len;
      out[len] = java.util.Arrays.stream(chars).filter(c -> Utf8.length(c) == l).toArray();
    }
    return out;
  }

  private static int[][] byLead(int[] chars) {
    int[][] out = new int[256][];
    for (int b = 0; b < 256; b++) {
      final int lead = b;
      out[b] = java.util.Arrays.stream(chars).filter(c -> Utf8.byteAt(c, 0) == lead).toArray();
    }
    return out;
  }

  private Plausible() {}

  static int[] characters() {
    return Holder.CHARACTERS;
  }

  /** The UTF-8 bytes of each of {@link #characters()}, packed big-endian into an int. */
  static int[] packedUtf8() {
    return Holder.PACKED;
  }

  private static int[] pack(int[] chars) {
    int[] out = new int[chars.length];
    for (int i = 0; i < chars.length; i++) {
      int packed = 0;
      for (int b : Utf8.bytes(chars[i])) {
        packed = packed << 8 | b;
      }
      out[i] = packed;
    }
    return out;
  }

  /**
   * Orders characters of equal cost, the higher first: Hangul syllables by how often they occur in Korean text. All
   * everyday syllables cost alike in {@link CharCost}, and when only the first few candidates of a class are kept
   * ({@link SegmentAnalysis#MAX_KEPT_GUESSES}), code point order would keep {@code 종} and drop {@code 지}.
   */
  private static int tieBreak(int cp) {
    return HangulBigrams.isSyllable(cp) ? HangulBigrams.get().count(cp) : 0;
  }

  private static int[] build() {
    List<int[]> list = new ArrayList<>();
    for (int cp = 0x80; cp < 0x20000; cp++) {
      if (cp >= 0xD800 && cp <= 0xDFFF || cp >= 0x10000 && cp < 0x1F000) {
        continue;
      }
      byte cls = CharClass.of(cp);
      if (cls == CharClass.INVALID || cls == CharClass.CONTROL || cls == CharClass.PRIVATE_USE
          || cls == CharClass.REPLACEMENT) {
        continue;
      }
      double cost = CharCost.of(cp);
      if (cost <= MAX_BITS) {
        list.add(new int[] {cp, (int) Math.round(cost * 100), -tieBreak(cp)});
      }
    }
    list.sort(Comparator.<int[]>comparingInt(e -> e[1]).thenComparingInt(e -> e[2]).thenComparingInt(e -> e[0]));
    int[] out = new int[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = list.get(i)[0];
    }
    return out;
  }
}
