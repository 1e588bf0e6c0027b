package dev.pith.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * EUC-KR reads the two bytes of one accented Latin letter as one Hangul syllable: in Latin text with a single such
 * letter, the syllable stands alone, at a word's end or between spaces. Sentences written for this test.
 */
class LoneSyllableTest {
  private static final TextRepair REPAIR = TextRepair.create();

  private static String brokenThroughEucKr(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), Charset.forName("EUC-KR"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // ê (C3 AA) reads as 챗 at the end of a word; ½ (C2 BD) as 쩍 between spaces
      "Mas afinal, o que você quer fazer hoje com o bebê?",
      "Mix the flour with ½ teaspoon of baking soda and a pinch of salt."})
  void aLoneSyllableInLatinTextIsRepaired(String sentence) {
    String broken = brokenThroughEucKr(sentence);
    assertTrue(broken.chars().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3), broken);
    assertEquals(sentence, REPAIR.repair(broken).text());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The Korean word 사랑 means love, and 감사합니다 is how you say thank you.",
      "Das koreanische Wort für Wasser ist 물, und das für Feuer ist 불.",
      "She ordered 김치찌개 and a glass of water at the café."})
  void koreanWordsInLatinTextStay(String sentence) {
    assertEquals(sentence, REPAIR.repair(sentence).text());
  }
}
