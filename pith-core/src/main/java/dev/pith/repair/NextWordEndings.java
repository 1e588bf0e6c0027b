package dev.pith.repair;

import java.util.HashMap;
import java.util.Map;

/**
 * How often each one-letter word stands before a word with a given ending, in Russian running text: the context that
 * tells apart one-letter words a lost byte leaves open. {@code я} and {@code с} lose the same byte under several
 * codecs and are both among the commonest words; {@code с} takes a noun in the instrumental or genitive ({@code с
 * мамой}), {@code я} a verb ({@code я люблю}). Immutable and thread-safe.
 */
final class NextWordEndings {
  /** Fewer pairs than this with an ending: too few to tell, the word's own count decides. */
  static final int MIN_EVIDENCE = 8;
  /** Added to each pair's count, so that a pair never seen is unlikely but possible. */
  private static final double SMOOTHING = 0.5;

  private static final class Holder {
    static final NextWordEndings RU = load("next-ru.txt");
  }

  /** Pair counts by "word ending", and their sums by ending. */
  private final Map<String, Integer> pairs;
  private final Map<String, Integer> byEnding;
  private final int words;

  private NextWordEndings(Map<String, Integer> pairs, Map<String, Integer> byEnding, int words) {
    this.pairs = pairs;
    this.byEnding = byEnding;
    this.words = words;
  }

  /** The table for the alphabet of {@code cp}; null when there is none (only Russian has running prose here). */
  static @org.jspecify.annotations.Nullable NextWordEndings forLetter(int cp) {
    return Alphabet.of(cp) == Alphabet.RU ? Holder.RU : null;
  }

  /**
   * Bits of the one-letter {@code word} among the one-letter words that stand before a word ending in
   * {@code nextWord}'s last two letters; NaN when the word is longer or that ending was seen too rarely to tell.
   */
  double bits(String word, String nextWord) {
    if (word.length() != 1 || nextWord.length() < 2) {
      return Double.NaN;
    }
    String ending = normalise(nextWord.substring(nextWord.length() - 2));
    int total = byEnding.getOrDefault(ending, 0);
    if (total < MIN_EVIDENCE) {
      return Double.NaN;
    }
    int count = pairs.getOrDefault(normalise(word) + " " + ending, 0);
    return -Math.log((count + SMOOTHING) / (total + SMOOTHING * words)) / Math.log(2);
  }

  private static String normalise(String s) {
    return s.toLowerCase(java.util.Locale.ROOT).replace('ё', 'е');
  }

  private static NextWordEndings load(String name) {
    Map<String, Integer> pairs = new HashMap<>();
    Map<String, Integer> byEnding = new HashMap<>();
    java.util.Set<String> words = new java.util.HashSet<>();
    CountFile.read(name, (key, count) -> {
      int space = key.indexOf(' ');
      pairs.put(key, count);
      byEnding.merge(key.substring(space + 1), count, Integer::sum);
      words.add(key.substring(0, space));
    });
    return new NextWordEndings(Map.copyOf(pairs), Map.copyOf(byEnding), words.size());
  }
}
