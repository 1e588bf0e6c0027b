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
    assertTrue(lexicon.bits(common, () -> 30) < lexicon.bits(rarer, () -> 10), common + " vs " + rarer);
  }

  /** A listed stem behind "wa" (and) costs less than behind "fa" (so) or "ka" (like), the rarer clitics. */
  @ParameterizedTest
  @CsvSource({"والمناطق, كالمناطق", "ويعبر, فيعبر", "ويتجلى, فيتجلى", "والأربعين, كالأربعين"})
  void theCommonerArabicCliticCostsLess(String common, String rarer) {
    Lexicon lexicon = Lexicon.forLetter(common.codePointAt(0));
    assertNotNull(lexicon);
    assertTrue(lexicon.contains(common) && lexicon.contains(rarer), "both are forms of a listed stem");
    assertTrue(lexicon.bits(common, () -> 0) < lexicon.bits(rarer, () -> 0), common + " vs " + rarer);
  }
}
