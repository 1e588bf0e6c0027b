package dev.pith.repair;

import dev.pith.document.RepairStep;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts back letters of Cyrillic, Greek or Arabic words that a decoder dropped whole. EUC-KR, Big5 and EUC-JP take
 * {@code D0}, {@code D1} (and the other leads of these alphabets) for lead bytes but pair them with no byte below
 * {@code A1}; in ignore mode such a letter leaves no trace, and {@code всегда} reaches us as {@code вегда}. Where the
 * lines that repair has shown to be broken through such a codec hold none of the letters it drops (in Russian a third
 * of all letters), a word that the language's dictionary does not list gets back the one or two dropped letters that
 * make it one of the language's commonest words. Only that exact list is asked: the dictionary's 1% of false
 * positives find words among the hundreds of strings a word with one letter more can be ({@code г} became
 * {@code тёг}).
 */
final class VanishedLetters {
  /** Bits a word pays for each letter put back, so that of two words the one needing fewer wins when close. */
  private static final double INSERTION_BITS = 2;

  private VanishedLetters() {}

  /**
   * Steps that put back the letters missing from the words of {@code repaired}, the text {@code original} became
   * through {@code steps}; empty when there is nothing to put back.
   */
  static List<RepairStep> fill(String original, String repaired, List<RepairStep> steps) {
    Codec codec = Steps.multiByteCodec(steps, c -> true);
    if (codec == null) {
      return List.of();
    }
    String[] before = original.split("\n", -1);
    String[] after = repaired.split("\n", -1);
    if (before.length != after.length || !lettersVanished(before, after, codec)) {
      return List.of();
    }
    List<RepairStep> out = new ArrayList<>();
    String[] dropped = new String[Alphabet.values().length];
    int lineStart = 0;
    int shift = 0;
    for (int l = 0; l < after.length; l++) {
      String line = after[l];
      if (!line.equals(before[l])) {
        shift = fillLine(line, lineStart, shift, codec, dropped, out);
      }
      lineStart += line.length() + 1;
    }
    return out;
  }

  /** Fewer alphabet letters than this in the broken lines tell too little of what is missing. */
  private static final int MIN_LETTERS = 20;

  /**
   * True when the broken lines' letters of one alphabet hold (almost) none of the letters the codec drops whole: in
   * ignore mode they all vanished, while in text that has them (as replace mode's, whose slots repair filled) they
   * make about a third of the letters, as {@code р}-{@code я} do in Russian.
   */
  private static boolean lettersVanished(String[] before, String[] after, Codec codec) {
    int[] letters = new int[Alphabet.values().length];
    int[] dropped = new int[letters.length];
    java.util.Map<Character, Boolean> droppedCache = new java.util.HashMap<>();
    for (int l = 0; l < after.length; l++) {
      if (after[l].equals(before[l])) {
        continue;
      }
      String line = after[l];
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        Alphabet a = Character.isLetter(c) ? Alphabet.of(c) : null;
        if (a != null) {
          letters[a.ordinal()]++;
          // decoding one letter per occurrence was most of this check on a long text: each letter once
          if (droppedCache.computeIfAbsent(Character.toLowerCase(c), lower -> Vanished.dropsWhole(codec, lower))) {
            dropped[a.ordinal()]++;
          }
        }
      }
    }
    int main = 0;
    for (int a = 1; a < letters.length; a++) {
      if (letters[a] > letters[main]) {
        main = a;
      }
    }
    return letters[main] >= MIN_LETTERS && dropped[main] * 50 <= letters[main];
  }

  /** Adds the steps for one line; returns the shift of offsets after it. */
  private static int fillLine(String line, int lineStart, int shift, Codec codec, String[] dropped,
      List<RepairStep> out) {
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      Alphabet alphabet = Character.isLetter(c) ? Alphabet.of(c) : null;
      if (alphabet == null) {
        i++;
        continue;
      }
      int end = i;
      while (end < line.length() && Character.isLetter(line.charAt(end)) && Alphabet.of(line.charAt(end)) == alphabet) {
        end++;
      }
      String word = line.substring(i, end);
      Lexicon lexicon = Lexicon.forLetter(c);
      LetterTrigrams model = LetterTrigrams.forLetter(c);
      if (lexicon != null && model != null && word.length() >= 2 && !lexicon.contains(word)) {
        boolean sentenceStart = sentenceStart(line, i);
        if (dropped[alphabet.ordinal()] == null) {
          dropped[alphabet.ordinal()] = droppedLetters(codec, alphabet);
        }
        int[] fix = bestFix(word, lexicon, model, dropped[alphabet.ordinal()], sentenceStart);
        for (int k = 0; k < fix.length; k += 2) {
          // fix holds (index in the word as it is, letter) pairs, in order
          int at = lineStart + i + fix[k] + shift;
          out.add(new RepairStep(Steps.FILL, detail(fix[k + 1], codec), at, at));
          shift++;
        }
      }
      i = end;
    }
    return shift;
  }

  private static boolean sentenceStart(String line, int i) {
    int j = i - 1;
    while (j >= 0 && Character.isWhitespace(line.charAt(j))) {
      j--;
    }
    return j < 0 || ".!?…—-\"«".indexOf(line.charAt(j)) >= 0;
  }

  /** Lower-case letters of {@code alphabet} that {@code codec} drops whole in ignore mode (σ for ς too). */
  private static String droppedLetters(Codec codec, Alphabet alphabet) {
    StringBuilder sb = new StringBuilder();
    char[] range = switch (alphabet) {
      case RU -> new char[] {'а', 'я'};
      case EL -> new char[] {'ά', 'ώ'};
      case AR -> new char[] {'ء', 'ي'};
    };
    for (char c = range[0]; c <= range[1]; c++) {
      if (Character.isLetter(c) && Vanished.dropsWhole(codec, c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * The letters to put back into {@code word}, as (index, letter) pairs with indexes in the word as it is, in
   * order; empty when no common word of the language results. The commonest words one or two letters longer are
   * matched against the word (they are a few hundred per length), not the word's thousands of extensions against
   * the list.
   */
  private static int[] bestFix(String word, Lexicon lexicon, LetterTrigrams model, String letters,
      boolean sentenceStart) {
    int n = word.length();
    String w = Lexicon.normalise(word);
    boolean capitals = n > 1 && word.chars().allMatch(Character::isUpperCase);
    double bestBits = Double.POSITIVE_INFINITY;
    int[] best = new int[0];
    for (int k = 1; k <= MAX_LETTERS_PUT_BACK; k++) {
      for (String candidate : lexicon.commonWords(n + k)) {
        int[] extra = extraLetters(w, candidate, k);
        if (extra == null) {
          continue;
        }
        int[] fix = new int[2 * k];
        boolean allDropped = true;
        for (int e = 0; e < k; e++) {
          char letter = candidate.charAt(extra[e]);
          allDropped &= letters.indexOf(letter) >= 0;
          int at = extra[e] - e; // index in the word as it is
          if (letter == 'σ' && extra[e] == candidate.length() - 1) {
            letter = 'ς';
          }
          fix[2 * e] = at;
          fix[2 * e + 1] = caseFor(letter, at, word, capitals, sentenceStart && e == 0);
        }
        if (!allDropped) {
          continue;
        }
        double bits = wordBits(candidate, lexicon, model) + k * INSERTION_BITS;
        if (bits < bestBits) {
          bestBits = bits;
          best = fix;
        }
      }
    }
    return best;
  }

  /** At most this many letters are put back into one word. */
  private static final int MAX_LETTERS_PUT_BACK = 2;

  /**
   * The indexes in {@code candidate} of the {@code k} letters that {@code word} lacks, when {@code word} is
   * {@code candidate} with {@code k} letters taken out (matched from the left), else null.
   */
  private static int @org.jspecify.annotations.Nullable [] extraLetters(String word, String candidate, int k) {
    int[] extra = new int[k];
    int found = 0;
    int i = 0;
    for (int j = 0; j < candidate.length(); j++) {
      if (i < word.length() && word.charAt(i) == candidate.charAt(j)) {
        i++;
      } else {
        if (found == k) {
          return null;
        }
        extra[found++] = j;
      }
    }
    return i == word.length() && found == k ? extra : null;
  }

  /** The letter in the case the word around it asks for: capitals in a word of capitals, or opening a sentence. */
  private static char caseFor(char letter, int at, String word, boolean capitals, boolean sentenceStart) {
    if (capitals || at == 0 && sentenceStart && Character.isLowerCase(word.charAt(0))) {
      return Character.toUpperCase(letter);
    }
    return letter;
  }

  private static double wordBits(String w, Lexicon lexicon, LetterTrigrams model) {
    return lexicon.bits(w, s -> model.wordBits(s.toLowerCase(java.util.Locale.ROOT).toCharArray()));
  }

  private static String detail(int cp, Codec codec) {
    return Steps.droppedWholeDetail(cp, codec,
        "a letter the decoder dropped whole, which makes the word one of the language's");
  }
}
