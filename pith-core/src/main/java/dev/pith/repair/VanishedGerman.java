package dev.pith.repair;

import dev.pith.document.RepairStep;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Puts back the {@code ß} and the capital umlauts of German words that a decoder dropped whole. EUC-KR, Big5 and
 * EUC-JP take {@code C3} for a lead byte but pair it with no byte below {@code A1}, so {@code ß} ({@code C3 9F}) and
 * {@code Ä Ö Ü} ({@code C3 84}, {@code C3 96}, {@code C3 9C}) leave no trace in ignore mode: {@code saßen} reaches us
 * as {@code saen}, {@code Ärzte} as {@code rzte}, while {@code ä}, {@code ö} and {@code ü} come through. In German
 * text repaired through such a codec, with no U+FFFD left anywhere and none of the letter in question, a word that
 * German prose does not use gets the letter back where exactly one place makes a word that it does
 * ({@code words-de.txt}, from fortunes-de): {@code ß} inside the word, a capital at its start.
 */
final class VanishedGerman {
  private static final char ESZETT = 'ß';
  /** The capital umlauts: {@code C3 84}, {@code C3 96}, {@code C3 9C}, dropped whole like {@code ß}. */
  private static final String CAPITALS = "ÄÖÜ";
  /** German's commonest words: text with few of them is not German enough to be judged by a German word list. */
  private static final java.util.Set<String> MARKERS = java.util.Set.of("der", "die", "das", "und", "nicht", "ist",
      "ein", "eine", "zu", "mit", "sich", "auf", "für", "von", "den", "dem", "im", "auch", "es", "sie", "wir", "ich",
      "er", "war", "wie", "aber", "noch", "nach", "bei", "aus", "wenn", "oder", "nur", "hat", "sind", "wird");
  /** Fewest marker words, and their least share of the text's words, for the text to count as German. */
  private static final int MIN_MARKERS = 4;
  private static final double MIN_MARKER_SHARE = 0.15;
  /** Forms seen fewer times than this are no evidence that a word needs nothing put back. */
  private static final int MIN_KNOWN_COUNT = 3;
  /**
   * A form with the letter put back must be seen this often: text that went through the codec whole lacks ß anyway,
   * and a word the list lacks ({@code Küchen}) must not become a rare one ({@code Küßchen}, seen once).
   */
  private static final int MIN_FILLED_COUNT = 5;

  private static final class Holder {
    static final Map<String, Integer> WORDS = load();
  }

  private VanishedGerman() {}

  /**
   * Steps that put back the {@code ß} and capital umlauts missing from the words of {@code repaired}, the text
   * {@code original} became through {@code steps}; empty when there is nothing to put back.
   */
  static List<RepairStep> fill(String original, String repaired, List<RepairStep> steps) {
    Codec codec = Steps.multiByteCodec(steps, c -> Vanished.dropsWhole(c, ESZETT));
    if (codec == null || repaired.indexOf('\uFFFD') >= 0 || !german(repaired)) {
      return List.of();
    }
    // each letter only where the codec drops it and none came through: ä ö ü always do, so only capitals count
    boolean eszett = original.indexOf(ESZETT) < 0 && repaired.indexOf(ESZETT) < 0;
    StringBuilder capitals = new StringBuilder();
    for (char c : CAPITALS.toCharArray()) {
      if (Vanished.dropsWhole(codec, c) && original.indexOf(c) < 0 && repaired.indexOf(c) < 0) {
        capitals.append(c);
      }
    }
    if (!eszett && capitals.length() == 0) {
      return List.of();
    }
    Map<String, Integer> words = Holder.WORDS;
    List<RepairStep> out = new ArrayList<>();
    int shift = 0;
    int i = 0;
    while (i < repaired.length()) {
      if (!isGermanLetter(repaired.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < repaired.length() && isGermanLetter(repaired.charAt(end))) {
        end++;
      }
      String word = repaired.substring(i, end);
      int at = eszett ? placeFor(word, words) : -1;
      if (at > 0) {
        out.add(new RepairStep(Steps.FILL, Steps.droppedWholeDetail(ESZETT, codec,
            "a letter the decoder dropped whole, which makes a word of German prose"), i + at + shift, i + at + shift));
        shift++;
      }
      char capital = at > 0 ? 0 : capitalFor(word, capitals, words);
      if (capital != 0) {
        out.add(new RepairStep(Steps.FILL, Steps.droppedWholeDetail(capital, codec,
            "a capital the decoder dropped whole, which makes a word of German prose"), i + shift, i + shift));
        shift++;
      }
      i = end;
    }
    return out;
  }

  /**
   * Where in {@code word} a {@code ß} makes a word German prose uses often, where {@code word} itself it hardly uses:
   * the index to put it before, or -1 when no place or more than one does (or the word is in capitals, where ß is
   * written SS).
   */
  static int placeFor(String word, Map<String, Integer> words) {
    String lower = word.toLowerCase(Locale.GERMAN);
    if (word.length() < 2 || word.equals(word.toUpperCase(Locale.GERMAN))
        || words.getOrDefault(lower, 0) >= MIN_KNOWN_COUNT) {
      return -1;
    }
    int found = -1;
    for (int k = 1; k <= lower.length(); k++) {
      if (words.getOrDefault(lower.substring(0, k) + ESZETT + lower.substring(k), 0) >= MIN_FILLED_COUNT) {
        if (found > 0) {
          return -1;
        }
        found = k;
      }
    }
    return found;
  }

  /**
   * The capital of {@code capitals} that, put before {@code word}, makes a word German prose uses often where
   * {@code word} itself it hardly uses ({@code rzte}: {@code Ärzte}), or 0 when none or more than one does. Only a
   * word's start is looked at: a capital lost inside a word was part of a word in capitals.
   */
  static char capitalFor(String word, CharSequence capitals, Map<String, Integer> words) {
    if (word.length() < 2 || !Character.isLowerCase(word.charAt(0))
        || words.getOrDefault(word.toLowerCase(Locale.GERMAN), 0) >= MIN_KNOWN_COUNT) {
      return 0;
    }
    char found = 0;
    for (int k = 0; k < capitals.length(); k++) {
      char capital = capitals.charAt(k);
      String lower = (Character.toLowerCase(capital) + word).toLowerCase(Locale.GERMAN);
      if (words.getOrDefault(lower, 0) >= MIN_FILLED_COUNT) {
        if (found != 0) {
          return 0;
        }
        found = capital;
      }
    }
    return found;
  }

  static Map<String, Integer> words() {
    return Holder.WORDS;
  }

  private static boolean isGermanLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || "äöüÄÖÜ".indexOf(c) >= 0;
  }

  /** True when at least {@link #MIN_MARKERS} of the text's words, and a {@link #MIN_MARKER_SHARE} of them, are German's commonest. */
  private static boolean german(String text) {
    int total = 0;
    int markers = 0;
    for (String w : text.split("[^A-Za-zÄÖÜäöüß]+")) {
      if (!w.isEmpty()) {
        total++;
        markers += MARKERS.contains(w.toLowerCase(Locale.GERMAN)) ? 1 : 0;
      }
    }
    return markers >= MIN_MARKERS && markers >= MIN_MARKER_SHARE * total;
  }

  private static Map<String, Integer> load() {
    Map<String, Integer> words = new HashMap<>();
    CountFile.read("words-de.txt", words::put);
    return Map.copyOf(words);
  }
}
