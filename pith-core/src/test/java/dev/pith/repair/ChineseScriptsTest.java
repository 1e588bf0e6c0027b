package dev.pith.repair;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Han characters of one written standard only, and the standard of a text around a slot. */
class ChineseScriptsTest {
  /**
   * The shipped sets are what ICU's transliterators say (regenerate after an ICU update: write
   * {@code ChineseScripts.fromTransliterators().toBytes()} to {@code src/main/resources/dev/pith/repair/}).
   */
  @Test
  void resourceMatchesTheTransliterators() {
    assertArrayEquals(ChineseScripts.fromTransliterators().toBytes(), ChineseScripts.get().toBytes());
  }

  @ParameterizedTest
  @CsvSource({"学, true, false", "學, false, true", "讲, true, false", "講, false, true", "中, false, false",
      "人, false, false", "a, false, false"})
  void standards(String c, boolean simplifiedOnly, boolean traditionalOnly) {
    ChineseScripts s = ChineseScripts.get();
    assertEquals(simplifiedOnly, s.simplifiedOnly(c.codePointAt(0)), c);
    assertEquals(traditionalOnly, s.traditionalOnly(c.codePointAt(0)), c);
  }

  @ParameterizedTest
  @CsvSource({"寧波是中國浙江省的城市, 有很多學校, 1", "宁波是中国浙江省的城市, 有很多学校, -1",
      "これは日本語の學校です, 学生, 0", "中国人, 中國人, 0", "hello, world, 0"})
  void standardOfTheTextAround(String left, String right, int expected) {
    assertEquals(expected, Fills.chineseStandard(left, right.codePoints().toArray()), left + "|" + right);
  }
}
