package dev.pith.repair;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Letter trigrams of the words of a few alphabets (Cyrillic, Greek, Arabic), counted over the word forms of a
 * spelling dictionary: which of a few letters fits between its neighbours. A lost byte of a two-byte letter leaves
 * two to five letters of one alphabet possible ({@code CF 81 ρ} or {@code CF 8D ύ}), and only the word around tells
 * them apart ({@code μπουλο?κι}). Immutable once loaded, shared by all threads.
 */
final class LetterTrigrams {
  /** Word start and end in the trigrams. */
  static final char START = '^';
  static final char END = '$';
  /** Add-k smoothing for unseen trigrams, and the alphabet size it spreads over. */
  private static final double K = 0.5;
  private static final int ALPHABET = 40;

  private final long[] keys;
  private final int[] counts;
  private final Map<Integer, Integer> contexts;
  private final Map<Character, Integer> firsts;

  private LetterTrigrams(long[] keys, int[] counts, Map<Integer, Integer> contexts) {
    this.keys = keys;
    this.counts = counts;
    this.contexts = contexts;
    Map<Character, Integer> f = new HashMap<>();
    contexts.forEach((ctx, n) -> f.merge((char) (ctx >>> 16), n, Integer::sum));
    this.firsts = Map.copyOf(f);
  }

  /** The model for the alphabet of {@code cp}, or null when there is none. */
  static @Nullable LetterTrigrams forLetter(int cp) {
    Alphabet alphabet = Alphabet.of(cp);
    if (alphabet == null) {
      return null;
    }
    switch (alphabet) {
      case RU:
        return Models.RU;
      case EL:
        return Models.EL;
      default:
        return Models.AR;
    }
  }

  /** Loaded on first use (class holder idiom: thread-safe, no cost until a lost letter of these alphabets). */
  private static final class Models {
    static final LetterTrigrams RU = load("trigrams-ru.txt");
    static final LetterTrigrams EL = load("trigrams-el.txt");
    static final LetterTrigrams AR = load("trigrams-ar.txt");
  }

  /**
   * Bits (minus log2 of the probability) of the trigrams that hold the middle letter of {@code window}, a word's
   * letters in lower case with {@link #START} and {@link #END} at its ends; {@code at} is the middle letter's index.
   */
  double bits(char[] window, int at) {
    double bits = 0;
    if (at == 1) {
      // one letter (or the word start) before: the letter after it, as a bigram
      Integer pair = contexts.get(window[0] << 16 | window[1]);
      Integer first = firsts.get(window[0]);
      bits -= Math.log(((pair == null ? 0 : pair) + K) / ((first == null ? 0 : first) + K * ALPHABET)) / Math.log(2);
    }
    for (int s = Math.max(0, at - 2); s <= at && s + 2 < window.length; s++) {
      int ctx = window[s] << 16 | window[s + 1];
      Integer c = contexts.get(ctx);
      int count = count(window[s], window[s + 1], window[s + 2]);
      double p = (count + K) / ((c == null ? 0 : c) + K * ALPHABET);
      bits -= Math.log(p) / Math.log(2);
    }
    return bits;
  }

  /** Bits of a whole word (its letters in lower case): every trigram of it with word start and end marks. */
  double wordBits(char[] word) {
    char[] w = new char[word.length + 2];
    w[0] = START;
    System.arraycopy(word, 0, w, 1, word.length);
    w[w.length - 1] = END;
    double bits = 0;
    for (int s = 0; s + 2 < w.length; s++) {
      Integer c = contexts.get(w[s] << 16 | w[s + 1]);
      double p = (count(w[s], w[s + 1], w[s + 2]) + K) / ((c == null ? 0 : c) + K * ALPHABET);
      bits -= Math.log(p) / Math.log(2);
    }
    return bits;
  }

  /**
   * Bits of the trigrams of {@code word} (lower case) that end at letters {@code from} to {@code to}, inclusive, with
   * {@code word.length} standing for the word end: summed over 1 to {@code word.length}, as {@link #wordBits}. A
   * word's bits in pieces, for guessing its letters from left to right.
   */
  double trigramBits(char[] word, int from, int to) {
    double bits = 0;
    for (int e = Math.max(1, from); e <= to && e <= word.length; e++) {
      char a = e - 2 < 0 ? START : word[e - 2];
      char b = word[e - 1];
      char c = e == word.length ? END : word[e];
      Integer ctx = contexts.get(a << 16 | b);
      double p = (count(a, b, c) + K) / ((ctx == null ? 0 : ctx) + K * ALPHABET);
      bits -= Math.log(p) / Math.log(2);
    }
    return bits;
  }

  private int count(char a, char b, char c) {
    int i = Arrays.binarySearch(keys, key(a, b, c));
    return i < 0 ? 0 : counts[i];
  }

  private static long key(char a, char b, char c) {
    return (long) a << 32 | (long) b << 16 | c;
  }

  private static LetterTrigrams load(String name) {
    List<long[]> rows = new ArrayList<>();
    CountFile.read(name, (trigram, count) -> {
      if (trigram.length() == 3) {
        rows.add(new long[] {key(trigram.charAt(0), trigram.charAt(1), trigram.charAt(2)), count});
      }
    });
    rows.sort((x, y) -> Long.compare(x[0], y[0]));
    long[] keys = new long[rows.size()];
    int[] counts = new int[rows.size()];
    Map<Integer, Integer> contexts = new HashMap<>();
    for (int i = 0; i < keys.length; i++) {
      keys[i] = rows.get(i)[0];
      counts[i] = (int) rows.get(i)[1];
      contexts.merge((int) (keys[i] >>> 16), counts[i], Integer::sum);
    }
    return new LetterTrigrams(keys, counts, Map.copyOf(contexts));
  }
}
