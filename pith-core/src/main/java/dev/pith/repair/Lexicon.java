package dev.pith.repair;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The words of a language (Russian, Greek, Arabic): its word forms, from the Debian hunspell dictionaries, as a Bloom
 * filter ({@code src/build/make_lexicons.py} writes it: about 1% false positives, no false negatives), and the counts
 * of its commonest words in running text ({@code src/build/make_wordfreq.py}). When a lost byte leaves several
 * letters possible, the one that makes a word is the likely one ({@code этот}, not {@code стот}), and of two words the
 * commoner ({@code это}, not {@code сто}); letter trigrams alone favour frequent letters. Loaded on first use;
 * immutable and thread-safe.
 */
final class Lexicon {
  private final byte[] bits;
  private final long m;
  private final int k;
  /** Arabic writes conjunctions, prepositions and the article onto the word; its dictionary lists stems. */
  private final boolean arabicClitics;

  /** Counts of the commonest words of running text, and their sum. */
  private final Map<String, Integer> common;
  private final double commonTotal;
  /** The commonest words by length (in chars), normalised. */
  private final Map<Integer, List<String>> commonByLength;

  private Lexicon(byte[] bits, long m, int k, boolean arabicClitics, Map<String, Integer> common) {
    this.bits = bits;
    this.m = m;
    this.k = k;
    this.arabicClitics = arabicClitics;
    this.common = common;
    this.commonTotal = common.values().stream().mapToLong(Integer::longValue).sum();
    Map<Integer, List<String>> byLength = new HashMap<>();
    for (String w : common.keySet()) {
      byLength.computeIfAbsent(w.length(), n -> new ArrayList<>()).add(w);
    }
    // sorted: the map's own order differs from run to run, and words of equal counts must tie the same way each time
    byLength.replaceAll((n, words) -> words.stream().sorted().toList());
    this.commonByLength = Map.copyOf(byLength);
  }

  /**
   * The commonest words of {@code length} chars, normalised ({@link #normalise}), in alphabetical order; empty when
   * there are none.
   */
  List<String> commonWords(int length) {
    return commonByLength.getOrDefault(length, List.of());
  }

  private static final class Holder {
    static final Lexicon RU = load("ru", false);
    static final Lexicon EL = load("el", false);
    static final Lexicon AR = load("ar", true);
  }

  /** Bits a word pays beyond the rarest common word when it is not among them. */
  static final double UNCOMMON_BITS = 3;
  /** Bits a word pays when the language's dictionary does not list it either. */
  static final double NOT_A_WORD_BITS = 10;

  /**
   * Bits of {@code word} (any case) as a word of running text: from its count when it is among the commonest words,
   * else a flat cost that is higher still when the dictionary does not list it. {@code letterBits} (letter trigrams
   * of the string it is given, computed only when needed) tells apart words neither list knows.
   */
  double bits(CharSequence word, java.util.function.ToDoubleFunction<String> letterBits) {
    String w = normalise(word);
    Integer count = common.get(w);
    if (count != null) {
      return Math.log(commonTotal / count) / Math.log(2);
    }
    double rarest = Math.log(commonTotal) / Math.log(2);
    return rarest + UNCOMMON_BITS + formBits(w) + letterBits(word.toString(), letterBits);
  }

  /**
   * The word's letter bits; an Arabic word that opens with a clitic may also be read as the clitic, at its share of
   * running text, and the stem after it. The trigrams were learnt from a list of word forms, where {@code و-} and
   * {@code ف-} open about as many words, but running text has far more of the first ({@code ويعبر}, not
   * {@code فيعبر}).
   */
  private double letterBits(String word, java.util.function.ToDoubleFunction<String> letterBits) {
    double best = letterBits.applyAsDouble(word);
    if (arabicClitics) {
      for (int i = 0; i < AR_PREFIXES.length; i++) {
        String p = AR_PREFIXES[i];
        if (word.length() > p.length() + 1 && word.startsWith(p)) {
          best = Math.min(best, AR_PREFIX_BITS[i] + letterBits.applyAsDouble(word.substring(p.length())));
        }
      }
    }
    return best;
  }

  /** The lexicon for the alphabet of {@code cp}, or null when there is none. */
  static @Nullable Lexicon forLetter(int cp) {
    Alphabet alphabet = Alphabet.of(cp);
    if (alphabet == null) {
      return null;
    }
    switch (alphabet) {
      case RU:
        return Holder.RU;
      case EL:
        return Holder.EL;
      default:
        return Holder.AR;
    }
  }

  /** Arabic clitics tried in front of a stem, longest first (and, so, with, like, for; with the article or not). */
  private static final String[] AR_PREFIXES = {"وبال", "وال", "فال", "بال", "كال", "ولل", "لل", "ال", "و", "ف", "ب",
      "ك", "ل"};
  /**
   * Bits of each clitic above, from how often Arabic running text uses it: the article and "wa" (and) are on a large
   * share of all words, "bi" and "li" on fewer, "fa" (so) and "ka" (like) on few. Of {@code والمناطق} and
   * {@code كالمناطق}, both a clitic and the article on a listed stem, the first is the likely one.
   */
  private static final double[] AR_PREFIX_BITS = {2, 0.5, 2.5, 1.5, 3.5, 2, 1.5, 0, 0.5, 2.5, 1.5, 3.5, 1.5};

  /** True when {@code word} (any case) is among the language's commonest words (an exact list, no false positives). */
  boolean isCommon(CharSequence word) {
    return common.containsKey(normalise(word));
  }

  /** True when {@code word} (any case) is a word form of the language, or may be (a false positive). */
  boolean contains(CharSequence word) {
    return containsNormalised(normalise(word));
  }

  private boolean containsNormalised(String w) {
    return formBits(w) < NOT_A_WORD_BITS;
  }

  /**
   * 0 when the dictionary lists {@code w} (normalised); the bits of the likeliest clitic when it lists the stem
   * after one; {@link #NOT_A_WORD_BITS} otherwise.
   */
  private double formBits(String w) {
    if (has(w)) {
      return 0;
    }
    double best = NOT_A_WORD_BITS;
    if (arabicClitics) {
      for (int i = 0; i < AR_PREFIXES.length; i++) {
        String p = AR_PREFIXES[i];
        if (AR_PREFIX_BITS[i] < best && w.length() > p.length() + 1 && w.startsWith(p)
            && has(w.substring(p.length()))) {
          best = AR_PREFIX_BITS[i];
        }
      }
    }
    return best;
  }

  private boolean has(String w) {
    long h = fnv1a64(w.getBytes(StandardCharsets.UTF_8));
    long h1 = h & 0xFFFFFFFFL;
    long h2 = h >>> 32;
    for (int j = 0; j < k; j++) {
      long i = (h1 + j * h2) % m;
      if ((bits[(int) (i >>> 3)] & 1 << (i & 7)) == 0) {
        return false;
      }
    }
    return true;
  }

  /** Lower case per code point, final sigma as sigma, yo as ye: as the dictionary was written. */
  static String normalise(CharSequence word) {
    StringBuilder sb = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); ) {
      int cp = Character.codePointAt(word, i);
      i += Character.charCount(cp);
      int lower = Character.toLowerCase(cp);
      if (lower == 'ς') {
        lower = 'σ';
      } else if (lower == 'ё') {
        lower = 'е';
      }
      sb.appendCodePoint(lower);
    }
    return sb.toString();
  }

  private static long fnv1a64(byte[] data) {
    long h = 0xcbf29ce484222325L;
    for (byte b : data) {
      h ^= b & 0xFF;
      h *= 0x100000001b3L;
    }
    return h;
  }

  private static Lexicon load(String lang, boolean arabicClitics) {
    String name = "lexicon-" + lang + ".bin";
    Map<String, Integer> common = new HashMap<>();
    CountFile.read("words-" + lang + ".txt", common::put);
    try (InputStream raw = Lexicon.class.getResourceAsStream(name)) {
      if (raw == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      DataInputStream in = new DataInputStream(raw);
      byte[] magic = new byte[4];
      in.readFully(magic);
      int version = in.readInt();
      if (!"PLEX".equals(new String(magic, StandardCharsets.US_ASCII)) || version != 1) {
        throw new IllegalStateException("not a pith lexicon: " + name);
      }
      in.readInt(); // number of words, for the record
      int m = in.readInt();
      int k = in.readInt();
      byte[] bits = new byte[m / 8];
      in.readFully(bits);
      return new Lexicon(bits, m, k, arabicClitics, Map.copyOf(common));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
