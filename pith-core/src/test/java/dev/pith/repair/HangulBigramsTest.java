package dev.pith.repair;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Syllable pairs of Korean text, read back from hangul-ko.txt. */
class HangulBigramsTest {
  /** The syllable of running Korean costs fewer bits than a rare one with the same neighbours. */
  @ParameterizedTest
  @CsvSource({
      "' ', 이, 쏴, ' '", // a particle or word of its own
      "니, 다, 닼, .", // the polite ending 니다
      "했, 습, 싮, 니",
      "' ', 또, 던, ' '"})
  void commonSyllablesCostLess(String left, String common, String rare, String right) {
    HangulBigrams model = HangulBigrams.get();
    int l = left.codePointAt(0);
    int r = right.codePointAt(0);
    assertTrue(model.bits(l, common.codePointAt(0), r) < model.bits(l, rare.codePointAt(0), r),
        common + " vs " + rare);
  }
}
