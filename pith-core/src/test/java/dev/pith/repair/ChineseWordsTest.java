package dev.pith.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where a lost byte leaves several Chinese characters possible, the words around choose, and ICU's dictionary lacks
 * many common ones ({@code 人民币}, {@code 年复一年}): jieba's word counts ({@link ChineseWords}) fill in. Sentences
 * written for this test.
 */
class ChineseWordsTest {
  private static final TextRepair REPAIR = TextRepair.create();

  /** UTF-8 read as windows-1252, whose five unmapped bytes (81 8D 8F 90 9D) become U+FFFD. */
  private static String brokenThroughCp1252(String text) {
    return LostByteFillTest.broken(text, "windows-1252", DecodeErrors.REPLACE);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "他们年复一年地在这里工作。", // 复 E5 A4 8D
      "这些歌曲的主要受众是年轻人。", // 要 E8 A6 81, 受 E5 8F 97
      "這些歌曲的主要受眾是年輕人。"}) // the same in Traditional characters
  void aLostByteIsChosenByTheWordAroundIt(String sentence) {
    String broken = brokenThroughCp1252(sentence);
    assertTrue(broken.indexOf('\uFFFD') >= 0, broken);
    assertEquals(sentence, REPAIR.repair(broken).text());
  }

  @Test
  void wordsAreListedInBothScriptsAndCommonerWordsCostLess() {
    ChineseWords words = ChineseWords.get();
    assertTrue(words.cost("人民币") > 0);
    assertEquals(words.cost("人民币"), words.cost("人民幣"));
    assertEquals(-1, words.cost("人民布"));
    assertTrue(words.cost("中国") < words.cost("人民币"), "中国 is far commoner than 人民币");
  }
}
