package dev.pith.repair;

import java.util.HashMap;
import java.util.Map;

/**
 * Hangul syllables and syllable pairs within words, counted in Korean running text ({@code src/build/make_hangul.py}).
 * A lost byte of a syllable leaves a few syllables possible ({@code 에} or {@code 었}); ICU's dictionary has no
 * Korean, and all everyday syllables cost alike on their own, while in running text a few particles and endings
 * dominate. Loaded on first use; immutable and thread-safe.
 */
final class HangulBigrams {
  /** Word start and end in the pairs. */
  static final char START = '^';
  static final char END = '$';
  /** Weight of the pair estimate against the syllable's own frequency. */
  private static final double PAIR_WEIGHT = 0.7;
  /** Syllables Unicode encodes, over which unseen ones share their smoothing. */
  private static final int SYLLABLES = 11172;

  private final Map<Character, Integer> singles;
  private final Map<Integer, Integer> pairs;
  private final Map<Character, Integer> contexts;
  private final double total;

  private HangulBigrams(Map<Character, Integer> singles, Map<Integer, Integer> pairs) {
    this.singles = singles;
    this.pairs = pairs;
    Map<Character, Integer> ctx = new HashMap<>();
    pairs.forEach((k, v) -> ctx.merge((char) (k >>> 16), v, Integer::sum));
    this.contexts = Map.copyOf(ctx);
    this.total = singles.values().stream().mapToLong(Integer::longValue).sum();
  }

  private static final class Holder {
    static final HangulBigrams INSTANCE = load();
  }

  static HangulBigrams get() {
    return Holder.INSTANCE;
  }

  static boolean isSyllable(int c) {
    return c >= 0xAC00 && c <= 0xD7A3;
  }

  /** How often syllable {@code c} occurs in the counted text (0 for one never seen). */
  int count(int c) {
    return isSyllable(c) ? singles.getOrDefault((char) c, 0) : 0;
  }

  /**
   * Bits of syllable {@code c} between {@code left} and {@code right} (either a syllable, or anything else for a
   * word boundary): the pair it makes with the syllable before and the pair the syllable after makes with it.
   */
  double bits(int left, int c, int right) {
    char l = isSyllable(left) ? (char) left : START;
    char r = isSyllable(right) ? (char) right : END;
    return -log2(conditional(l, (char) c)) - log2(conditional((char) c, r));
  }

  private double conditional(char a, char b) {
    double single = b == END ? 0.2 : (singles.getOrDefault(b, 0) + 0.5) / (total + 0.5 * SYLLABLES);
    Integer ctx = contexts.get(a);
    if (ctx == null) {
      return single;
    }
    return PAIR_WEIGHT * pairs.getOrDefault(a << 16 | b, 0) / ctx + (1 - PAIR_WEIGHT) * single;
  }

  private static double log2(double p) {
    return Math.log(p) / Math.log(2);
  }

  private static HangulBigrams load() {
    String name = "hangul-ko.txt";
    Map<Character, Integer> singles = new HashMap<>();
    Map<Integer, Integer> pairs = new HashMap<>();
    CountFile.read(name, (key, count) -> {
      if (key.length() == 1) {
        singles.put(key.charAt(0), count);
      } else if (key.length() == 2) {
        pairs.put(key.charAt(0) << 16 | key.charAt(1), count);
      }
    });
    return new HangulBigrams(Map.copyOf(singles), Map.copyOf(pairs));
  }
}
