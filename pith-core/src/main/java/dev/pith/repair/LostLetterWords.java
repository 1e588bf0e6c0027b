package dev.pith.repair;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The guessed letters of a word of Cyrillic, Greek or Arabic, chosen again all together once every slot of a
 * segment has its first choice: each slot was chosen seeing its neighbours' provisional letters only, and several
 * lost letters in one word ({@code о??ен?}) need each other. The word that reads best wins: a common word, else a
 * word form of the language's dictionary, else the likeliest letter trigrams. Static and stateless.
 */
final class LostLetterWords {
  private LostLetterWords() {}

  /** Words with at most this many combinations of guessed letters have every combination tried. */
  static final int MAX_WORD_COMBINATIONS = 1024;

  /**
   * Chooses the guessed letters of each word of {@code prov} (the segment's text, its slots at their current choice)
   * again; {@code refs} are the slots ({unit, slot, index in prov}), and new choices go to {@code choices}.
   */
  static void refine(int[] prov, int size, List<int[]> refs, List<Unit> units, Fills.Choice[][] choices) {
    Map<Integer, int[]> refAt = new HashMap<>();
    for (int[] ref : refs) {
      refAt.put(ref[2], ref);
    }
    int done = 0;
    for (int[] first : refs) {
      int at = first[2];
      int cp = prov[at];
      if (at < done || !Character.isLetter(cp) || Character.isSupplementaryCodePoint(cp)) {
        continue;
      }
      LetterTrigrams model = LetterTrigrams.forLetter(cp);
      Lexicon lexicon = model == null ? null : Lexicon.forLetter(cp);
      if (model == null || lexicon == null) {
        continue;
      }
      int from = at;
      int to = at + 1;
      while (from > 0 && sameAlphabet(prov[from - 1], model)) {
        from--;
      }
      while (to < size && sameAlphabet(prov[to], model)) {
        to++;
      }
      done = to;
      if (endsWithMark(prov, from, to, refAt, units, lexicon, choices)) {
        continue;
      }
      Place place = midSentence(prov, from) ? Place.MID_SENTENCE
          : sentenceStart(prov, from) ? Place.SENTENCE_START : Place.UNKNOWN;
      List<int[]> slotRefs = new ArrayList<>();
      List<int[]> options = new ArrayList<>();
      long combinations = 1;
      for (int p = from; p < to; p++) {
        int[] ref = refAt.get(p);
        if (ref == null) {
          continue;
        }
        int[] letters = java.util.Arrays.stream(units.get(ref[0]).slots().get(ref[1]).candidates())
            .filter(c -> sameAlphabet(c, model)).distinct().toArray();
        if (letters.length >= 2) {
          slotRefs.add(ref);
          options.add(letters);
          combinations = Math.min(combinations * letters.length, MAX_WORD_COMBINATIONS + 1L); // no overflow
        }
      }
      if (slotRefs.isEmpty()) {
        continue;
      }
      char[] word = new char[to - from];
      for (int p = from; p < to; p++) {
        word[p - from] = (char) prov[p];
      }
      int[] offsets = new int[slotRefs.size()];
      for (int k = 0; k < offsets.length; k++) {
        offsets[k] = slotRefs.get(k)[2] - from;
      }
      char[] best;
      if (combinations <= MAX_WORD_COMBINATIONS) {
        best = bestWord(word, offsets, options, model, lexicon, place, nextWord(prov, to, size, model));
      } else {
        // two or more slots of a few dozen letters each (both bytes of a letter lost): too many combinations to
        // try, so the letters are guessed from left to right, keeping the partial words whose trigrams read best
        best = word;
        double bestBits = wordBits(word, model, lexicon, place, null);
        for (char[] w : beamSearch(word, offsets, options, model, place)) {
          double bits = wordBits(w, model, lexicon, place, null);
          if (bits < bestBits) {
            bestBits = bits;
            best = w;
          }
        }
      }
      String chosen = new String(best);
      boolean listed = lexicon.contains(chosen);
      for (int[] ref : slotRefs) {
        int c = best[ref[2] - from];
        if (c != prov[ref[2]]) {
          prov[ref[2]] = c;
          choices[ref[0]][ref[1]] = new Fills.Choice(c, listed
              ? "makes \"" + chosen + "\", a word form in the language's dictionary"
              : "makes \"" + chosen + "\", the likeliest word its letters allow (letter trigrams)");
        }
      }
    }
  }

  /** Arabic marks a word may end with, likeliest first: tanween (written even in unvowelled text), then vowels. */
  private static final int[] WORD_END_MARKS = {0x064B, 0x064D, 0x064C, 0x064F, 0x0650, 0x064E};

  /**
   * Arabic: where the only guessed letter ends the word, the dictionary lists the word without it and not with it,
   * and the lost bytes could also be a tanween or short vowel, that mark ends the word ({@code حدٍ}, not
   * {@code حدف}). Returns whether it chose so.
   */
  private static boolean endsWithMark(int[] prov, int from, int to, Map<Integer, int[]> refAt, List<Unit> units,
      Lexicon lexicon, Fills.Choice[][] choices) {
    int[] last = refAt.get(to - 1);
    if (last == null || to - from < 3 || Alphabet.of(prov[to - 1]) != Alphabet.AR) {
      return false;
    }
    for (int p = from; p < to - 1; p++) {
      if (refAt.containsKey(p)) {
        return false; // another guessed letter: the word is not known without the last one
      }
    }
    int[] candidates = units.get(last[0]).slots().get(last[1]).candidates();
    int mark = -1;
    for (int m : WORD_END_MARKS) {
      if (mark < 0 && java.util.Arrays.stream(candidates).anyMatch(c -> c == m)) {
        mark = m;
      }
    }
    String without = new String(prov, from, to - 1 - from);
    if (mark < 0 || !lexicon.contains(without) || lexicon.contains(new String(prov, from, to - from))) {
      return false;
    }
    prov[to - 1] = mark;
    choices[last[0]][last[1]] = new Fills.Choice(mark, "a tanween or short vowel ends \"" + without
        + "\", a word form in the language's dictionary; no letter there makes one");
    return true;
  }

  /**
   * Bits of a word's spelling beyond its letters: words are written in lower case, capitalised, or all in
   * capitals, so a capital inside a lower-case word ({@code нравиНую}) is a wrong guess, since both cases of a
   * letter are among the candidates; and Greek writes {@code ς} at the end of a word and {@code σ} elsewhere.
   */
  static double spellingBits(char[] word) {
    int upper = 0;
    double bits = 0;
    for (int i = 0; i < word.length; i++) {
      char c = word[i];
      if (Character.isUpperCase(c)) {
        upper++;
      }
      if (c == 'ς' && i < word.length - 1 || c == 'σ' && i == word.length - 1 && word.length > 1) {
        bits += MISSPELT_BITS;
      }
    }
    if (upper == 0) {
      return bits;
    }
    if (upper == 1 && Character.isUpperCase(word[0])) {
      return bits + 1;
    }
    return bits + (upper == word.length ? 4 : MISSPELT_BITS);
  }

  /** Where a word stands in its sentence, as far as the text before it tells. */
  private enum Place { SENTENCE_START, MID_SENTENCE, UNKNOWN }

  /**
   * A capital opening a word inside a sentence, or a lower-case letter opening a sentence: names have the first, but
   * a guessed letter that could be either case is more often the lower-case letter of a common word ({@code τα}, not
   * {@code Να}); and sentences open with capitals.
   */
  private static final double MID_SENTENCE_BITS = 5;

  /** True when the text before {@code at} ends inside a sentence: a letter, a digit or a comma before the spaces. */
  private static boolean midSentence(int[] prov, int at) {
    int i = before(prov, at);
    return i >= 0 && i < at - 1 && (Character.isLetterOrDigit(prov[i]) || prov[i] == ',');
  }

  /** True when the text before {@code at} ends a sentence: a full stop, question or exclamation mark, a line break. */
  private static boolean sentenceStart(int[] prov, int at) {
    int i = before(prov, at);
    return i >= 0 && i < at - 1 && (prov[i] == '.' || prov[i] == '!' || prov[i] == '?' || prov[i] == '…')
        || i >= 0 && prov[i] == '\n';
  }

  /** The index of the last character before {@code at} that is not a space, or -1. */
  private static int before(int[] prov, int at) {
    int i = at - 1;
    while (i >= 0 && (prov[i] == ' ' || prov[i] == 0xA0)) {
      i--;
    }
    return i;
  }

  /**
   * A capital inside a word, a Greek sigma in the wrong form: these alphabets are not written so, and a common word
   * spelt so must not beat a rarer word spelt right ({@code είΝαι}, read as the common {@code είναι}, against
   * {@code είσαι}).
   */
  private static final double MISSPELT_BITS = 40;

  /** Partial words kept from one slot to the next when a word's letters are guessed from left to right. */
  private static final int BEAM = 128;

  /**
   * The words a left-to-right beam over the slots at {@code offsets} of {@code word} ends with, each slot filled
   * from its {@code options}: the partial words whose trigrams read best are kept from one slot to the next. A
   * letter whose case differs from the word's other letters pays as {@link #spellingBits} would have it.
   */
  private static List<char[]> beamSearch(char[] word, int[] offsets, List<int[]> options, LetterTrigrams model,
      Place place) {
    record Partial(char[] lower, char[] word, double bits) {}
    char[] lower = new char[word.length];
    for (int i = 0; i < word.length; i++) {
      lower[i] = Character.toLowerCase(word[i]);
    }
    int known = 0;
    int knownUpper = 0;
    for (int i = 1, k = 0; i < word.length; i++) {
      while (k < offsets.length && offsets[k] < i) {
        k++;
      }
      if (k < offsets.length && offsets[k] == i) {
        continue;
      }
      known++;
      knownUpper += Character.isUpperCase(word[i]) ? 1 : 0;
    }
    boolean capitals = known > 0 && knownUpper * 2 > known;
    List<Partial> beam = List.of(new Partial(lower, word.clone(), 0));
    for (int k = 0; k < offsets.length; k++) {
      int at = offsets[k];
      int upTo = k + 1 < offsets.length ? offsets[k + 1] - 1 : word.length;
      List<Partial> next = new ArrayList<>(beam.size() * options.get(k).length);
      for (Partial p : beam) {
        for (int letter : options.get(k)) {
          char[] l = p.lower().clone();
          char[] w = p.word().clone();
          l[at] = Character.toLowerCase((char) letter);
          w[at] = (char) letter;
          boolean last = at == word.length - 1;
          double casing = (at > 0 && Character.isUpperCase((char) letter) != capitals ? MISSPELT_BITS : 0)
              + (at == 0 && !capitals && (place == Place.MID_SENTENCE && Character.isUpperCase((char) letter)
                  || place == Place.SENTENCE_START && Character.isLowerCase((char) letter)) ? MID_SENTENCE_BITS : 0)
              + (letter == 'ς' && !last || letter == 'σ' && last && word.length > 1 ? MISSPELT_BITS : 0);
          next.add(new Partial(l, w, p.bits() + casing + model.trigramBits(l, at, upTo)));
        }
      }
      next.sort(java.util.Comparator.comparingDouble(Partial::bits));
      beam = next.subList(0, Math.min(BEAM, next.size()));
    }
    List<char[]> out = new ArrayList<>(beam.size());
    for (Partial p : beam) {
      out.add(p.word());
    }
    return out;
  }

  /**
   * The combination of {@code options} at {@code offsets} of {@code word} that reads best as a word of the language
   * ({@code word} itself, unchanged, when none reads better).
   */
  private static char[] bestWord(char[] word, int[] offsets, List<int[]> options, LetterTrigrams model,
      Lexicon lexicon, Place place, @org.jspecify.annotations.Nullable String next) {
    long combinations = 1;
    for (int[] o : options) {
      combinations *= o.length;
    }
    char[] trial = word.clone();
    char[] best = word.clone();
    double bestBits = wordBits(trial, model, lexicon, place, next);
    for (long combo = 0; combo < combinations; combo++) {
      long rest = combo;
      for (int k = 0; k < offsets.length; k++) {
        int[] opts = options.get(k);
        trial[offsets[k]] = (char) opts[(int) (rest % opts.length)];
        rest /= opts.length;
      }
      double bits = wordBits(trial, model, lexicon, place, next);
      if (bits < bestBits) {
        bestBits = bits;
        best = trial.clone();
      }
    }
    return best;
  }

  private static boolean sameAlphabet(int c, LetterTrigrams model) {
    return c >= 0 && Character.isLetter(c) && !Character.isSupplementaryCodePoint(c)
        && LetterTrigrams.forLetter(c) == model;
  }

  /**
   * The word after the spaces at {@code to}: letters of the same alphabet up to a space or a punctuation mark; null
   * when none follows, or something else ends it.
   */
  private static @org.jspecify.annotations.Nullable String nextWord(int[] prov, int to, int size,
      LetterTrigrams model) {
    int i = to;
    while (i < size && prov[i] == ' ') {
      i++;
    }
    if (i == to || i >= size) {
      return null;
    }
    int end = i;
    while (end < size && sameAlphabet(prov[end], model)) {
      end++;
    }
    // a word cut short by a character still to be guessed would show the wrong ending
    boolean whole = end == size || " .,;:!?)»…\n".indexOf(prov[end]) >= 0;
    return end == i || !whole ? null : new String(prov, i, end - i);
  }

  /**
   * Bits of a guessed word: its spelling, its place, and how common it is; a one-letter word before another word is
   * weighed by what stands after it where {@link NextWordEndings} knows (its count alone where not).
   */
  private static double wordBits(char[] word, LetterTrigrams model, Lexicon lexicon, Place place,
      @org.jspecify.annotations.Nullable String next) {
    boolean capitalised = Character.isUpperCase(word[0]) && (word.length == 1 || !Character.isUpperCase(word[1]));
    double placeBits = place == Place.MID_SENTENCE && capitalised
        || place == Place.SENTENCE_START && Character.isLowerCase(word[0]) ? MID_SENTENCE_BITS : 0;
    NextWordEndings endings = next == null ? null : NextWordEndings.forLetter(word[0]);
    double given = endings == null ? Double.NaN : endings.bits(new String(word), next);
    if (!Double.isNaN(given)) {
      return spellingBits(word) + placeBits + given;
    }
    return spellingBits(word) + placeBits + lexicon.bits(new String(word), s -> {
      char[] lower = new char[s.length()];
      for (int i = 0; i < lower.length; i++) {
        lower[i] = Character.toLowerCase(s.charAt(i));
      }
      return model.wordBits(lower);
    });
  }
}
