package dev.pith.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A lost last byte of {@code E3 80 xx} leaves 、 (81) and 。 (82) alike; where the paragraph does not end, the clause
 * before the slot tells them apart in Chinese.
 */
class CjkPunctuationFillTest {
  /** The characters a lost last byte after {@code E3 80} can be (as the parser enumerates them, controls aside). */
  private static final int[] CANDIDATES = {0x3001, 0x3002, 0x3003, 0x3004, 0x3005};

  private static Fills.Choice fill(String left, String right) {
    Fills.DocumentStyle style = new Fills.DocumentStyle(0, 0, 0, 0, false);
    return Fills.choose(CANDIDATES, left, right.codePoints().toArray(), style, false, new ScriptProfile());
  }

  @ParameterizedTest
  @CsvSource({
      // a long clause in Chinese: a sentence ends, the next one starts with a year
      "'至少從宋代開始，明州即供奉紀信為城隍', '2004年起，原效實中學'",
      "'由于形式新颖，促成了台湾电影的新风貌', '10月25日陈仪代表同盟国'"})
  void aLongChineseClauseEndsWithAFullStop(String left, String right) {
    assertEquals(0x3002, fill(left, right).cp());
  }

  @ParameterizedTest
  @CsvSource({
      // Japanese writes 、 after clauses of any length (and some writers ， as well): kana keep the rule out
      "'これは，東京都千代田区永田町一丁目', '2013年'",
      "'東京都千代田区，永田町一丁目国会議事堂', 'があります'",
      // a short item of an enumeration, in Chinese
      "'由于形式新颖，风格独特', '促成了台湾电影的新风貌'"})
  void otherwiseTheRuleStaysOut(String left, String right) {
    // not forced to 。 by the clause rule (what the other rules pick is theirs to decide)
    assertNotEquals("a full stop: Chinese separates only short items with 、", fill(left, right).rule());
  }

  @ParameterizedTest
  @CsvSource({
      // a short clause, or none, before a sentence that starts with a year
      "'此后他返回故乡，著有《朝花夕拾》的全部', '2011年，该书再版'",
      "'（菲德尔·卡斯特罗）', '2010年1月，他再次访问古巴'"})
  void aFullStopComesBeforeAYear(String left, String right) {
    assertEquals(0x3002, fill(left, right).cp());
  }

  @Test
  void yearsOfAListAreJoinedByTheEnumerationComma() {
    assertNotEquals(0x3002, fill("该队曾在2008年", "2011年和2015年夺冠").cp());
  }

  @ParameterizedTest
  @CsvSource({
      // the last sentence of a Chinese or Japanese paragraph may end in a figure or a Latin word
      "'人口在十年间增长了大约20%'",
      "'新しいモデルの名前はPixel'"})
  void aCjkParagraphEndsWithAFullStopAfterAFigure(String left) {
    assertEquals(0x3002, fill(left, "").cp());
  }

  @Test
  void aLatinParagraphIsNotForcedToAFullStop() {
    assertNotEquals("the full stop that ends a paragraph of CJK text", fill("Prices rose 20%", "").rule());
  }
}
