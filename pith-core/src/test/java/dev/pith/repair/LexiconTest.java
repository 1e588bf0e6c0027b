package dev.pith.repair;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The word lists written by make_lexicons.py and make_wordfreq.py, read back the way repair reads them. */
class LexiconTest {
  /** Words of the language and near misses a lost byte makes of them (the hash must agree with the generator's). */
  @ParameterizedTest
  @CsvSource({
      "этот, стот", "нравится, нравитэс", "слежки, элежки", "Изабелла, Рзабелла", "ЭТОТ, СТОТ",
      "ούτε, ορτε", "αύριο, αρριο", "τώρα, τώσα", "ΚΑΙ, ΚΑΨ",
      "الحكومة, الحفومة", "مدرسة, مدرصة", "يكتب, يفتب"})
  void wordsAreListedAndNearMissesAreNot(String word, String nearMiss) {
    Lexicon lexicon = Lexicon.forLetter(word.codePointAt(0));
    assertNotNull(lexicon);
    assertTrue(lexicon.contains(word), word);
    assertFalse(lexicon.contains(nearMiss), nearMiss);
  }

  /** Of two words, the commoner costs fewer bits; a word beats a non-word whatever its letters. */
  @ParameterizedTest
  @CsvSource({"это, сто", "это, стот", "σε, ρε", "في, كي"})
  void commonerWordsCostLess(String common, String rarer) {
    Lexicon lexicon = Lexicon.forLetter(common.codePointAt(0));
    assertNotNull(lexicon);
    assertTrue(lexicon.bits(common, s -> 30) < lexicon.bits(rarer, s -> 10), common + " vs " + rarer);
  }

  /** A listed stem behind "wa" (and) costs less than behind "fa" (so) or "ka" (like), the rarer clitics. */
  @ParameterizedTest
  @CsvSource({"والمناطق, كالمناطق", "ويعبر, فيعبر", "ويتجلى, فيتجلى", "والأربعين, كالأربعين"})
  void theCommonerArabicCliticCostsLess(String common, String rarer) {
    Lexicon lexicon = Lexicon.forLetter(common.codePointAt(0));
    assertNotNull(lexicon);
    assertTrue(lexicon.contains(common) && lexicon.contains(rarer), "both are forms of a listed stem");
    assertTrue(lexicon.bits(common, s -> 0) < lexicon.bits(rarer, s -> 0), common + " vs " + rarer);
  }

  /**
   * The same with the letter trigrams that price words neither list counts: learnt from a list of word forms, they
   * see "wa" and "fa" open about as many words and prefer a stem's letters after "fa"; read as clitic and stem, the
   * word pays the clitic's share of running text instead.
   */
  @ParameterizedTest
  @CsvSource({"ويعبر, فيعبر", "ويلقى, كيلقى", "وبحلول, فبحلول"})
  void theCommonerArabicCliticCostsLessWithTheTrigramsToo(String common, String rarer) {
    Lexicon lexicon = Lexicon.forLetter(common.codePointAt(0));
    LetterTrigrams model = LetterTrigrams.forLetter(common.codePointAt(0));
    assertNotNull(lexicon);
    assertNotNull(model);
    java.util.function.ToDoubleFunction<String> letters = s -> model.wordBits(s.toCharArray());
    assertTrue(lexicon.bits(common, letters) < lexicon.bits(rarer, letters), common + " vs " + rarer);
  }

  /**
   * The common words come by length in a fixed order, whatever order the map they were read into iterates in (a
   * JVM's immutable maps change it from run to run): words that cost alike must tie the same way on every run.
   */
  @ParameterizedTest
  @CsvSource({"ж", "λ", "ب"})
  void commonWordsOfALengthComeInAlphabeticalOrder(String letter) {
    Lexicon lexicon = Lexicon.forLetter(letter.codePointAt(0));
    assertNotNull(lexicon);
    int listed = 0;
    for (int length = 1; length <= 16; length++) {
      java.util.List<String> words = lexicon.commonWords(length);
      listed += words.size();
      for (int i = 1; i < words.size(); i++) {
        assertTrue(words.get(i - 1).compareTo(words.get(i)) < 0, words.get(i - 1) + " before " + words.get(i));
      }
      for (String w : words) {
        assertTrue(lexicon.isCommon(w) && w.length() == length, w);
      }
    }
    assertTrue(listed > 1000, "the common words are there: " + listed);
  }
}
