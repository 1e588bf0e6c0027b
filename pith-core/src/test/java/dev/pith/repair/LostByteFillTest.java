package dev.pith.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Characters whose bytes a multi-byte decoder lost, chosen from their context: sentences written for this test,
 * broken through GBK (replaced and dropped bytes alike) and repaired exactly.
 */
class LostByteFillTest {
  private static final TextRepair REPAIR = TextRepair.create();

  /**
   * {@code text} as UTF-8 read with {@code codec}, undecodable bytes handled as {@code errors} says (shared by the
   * other tests of lost bytes).
   */
  static String broken(String text, String codec, DecodeErrors errors) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder();
    assertTrue(Codecs.byName(codec).decode(bytes, 0, bytes.length, errors, out));
    return out.toString();
  }

  static Stream<Arguments> sentences() {
    List<String> sentences = List.of(
        // 지 (EC A7 80) loses its last two bytes under GBK: kept among the commonest syllables of its lead, it
        // wins over 종 (EC A2 85), which comes first in code point order
        "내일 아침까지 보고서를 끝내야 해요.",
        "학교까지 버스를 타고 가면 얼마나 걸려?",
        "공항까지 택시로 이십 분이면 충분해요.",
        // two adjacent characters each lose a byte: only chosen together do they make the word (唯一, 一般)
        "这是我们唯一的机会。",
        "那家公司的产品一般都很好。");
    return sentences.stream().flatMap(s -> Stream.of(DecodeErrors.REPLACE, DecodeErrors.IGNORE)
        .map(mode -> Arguments.of(s, mode)));
  }

  @ParameterizedTest
  @MethodSource("sentences")
  void gbkLossesComeBackExactly(String sentence, DecodeErrors mode) {
    String broken = broken(sentence, "gbk", mode);
    assertNotEquals(sentence, broken.replace("\uFFFD", ""), "the sentence loses bytes under GBK");
    assertEquals(sentence, REPAIR.repair(broken).text());
  }

  /** Hangul syllables that cost alike come commonest first, so that keeping the first few keeps the likely ones. */
  @Test
  void equalCostHangulComesCommonestFirst() {
    int[] chars = Plausible.characters();
    int pairs = 0;
    for (int i = 1; i < chars.length; i++) {
      int a = chars[i - 1];
      int b = chars[i];
      if (HangulBigrams.isSyllable(a) && HangulBigrams.isSyllable(b) && CharCost.of(a) == CharCost.of(b)) {
        pairs++;
        assertTrue(HangulBigrams.get().count(a) >= HangulBigrams.get().count(b),
            new String(Character.toChars(a)) + " before " + new String(Character.toChars(b)));
      }
    }
    assertTrue(pairs > 1000, "the everyday syllables cost alike");
  }

  private static Fills.Choice fill(int[] candidates, String left, String right) {
    Fills.DocumentStyle style = new Fills.DocumentStyle(0, 0, 0, 0, true);
    return Fills.choose(candidates, left, right.codePoints().toArray(), style, true, new ScriptProfile());
  }

  /** The typographic characters a lost last byte after {@code E2 80} leaves open in Latin text. */
  private static final int[] QUOTES_AND_DASHES = {0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026};

  @ParameterizedTest
  @CsvSource({
      // text split into tokens sets the possessive 's off from its word
      "'the coach gave Garrett ', 's snaps on third down'",
      "'it was the company ', 's best year'"})
  void aTokenizedPossessiveIsAnApostrophe(String left, String right) {
    assertEquals(Fills.RIGHT_SINGLE, fill(QUOTES_AND_DASHES, left, right).cp());
  }

  @ParameterizedTest
  @CsvSource({
      // ٍ (D9 8D) loses its last byte under windows-1252 as ف (D9 81) would: "حدف" is no word, "حد" is
      "'كان الأمر صعبا إلى حدٍ كبير في البداية.', REPLACE",
      "'كان الأمر صعبا إلى حدٍ كبير في البداية.', IGNORE"})
  void aTanweenEndsAListedWordWhereNoLetterMakesOne(String sentence, DecodeErrors mode) {
    String broken = broken(sentence, "windows-1252", mode);
    assertNotEquals(sentence, broken);
    assertEquals(sentence, REPAIR.repair(broken).text());
  }

  @ParameterizedTest
  @CsvSource({
      // windows-1250 does not map 98: 😮 (F0 9F 98 AE) could also be the domino tile 🁮 or the cow 🐮, 😠 the tile
      // 🁠; windows-1252 does not map 8D: 🍹 (F0 9F 8D B9) could be the tile 🁹
      "'That was shocking 😮 honestly', windows-1250",
      "'Stop it!! 😠', windows-1250",
      "'Beach day 🍹 at last', windows-1252"})
  void aLostByteOfAnEmojiMakesAnEmojiNotATile(String sentence, String codec) {
    String broken = broken(sentence, codec, DecodeErrors.REPLACE);
    assertNotEquals(sentence, broken);
    assertEquals(sentence, REPAIR.repair(broken).text());
  }

  @ParameterizedTest
  @CsvSource({
      // a quotation still open, its sentence ended, the slot set off by spaces: the closing quote (tokenized text)
      "'“It does not fit the way we work. ', ' But then', 8221",
      "'he called it “ a long story. ', '', 8221",
      // no quotation open: the document's spaced dash
      "'It does not fit the way we work. ', ' But then', 8212",
      // a quotation open, but no sentence ended before the slot
      "'“It does not fit the way we ', ' work', 8212",
      // after a dash and before a word: two dashes never follow each other, the slot opens a quotation
      "'and then he said to the country — ', ' Don’t be afraid', 8220"})
  void aSpacedSlotAfterASentenceClosesAnOpenQuote(String left, String right, int expected) {
    assertEquals(expected, fill(QUOTES_AND_DASHES, left, right).cp());
  }

  @ParameterizedTest
  @CsvSource({
      // a range between figures set off by spaces takes the en dash, whatever the document's dashes
      "'ran the company from 2004 ', ' 2014, and then'",
      "'open 9 ', ' 5 on weekdays'"})
  void aDashBetweenSpacedFiguresIsARange(String left, String right) {
    assertEquals(0x2013, fill(QUOTES_AND_DASHES, left, right).cp());
  }

  @ParameterizedTest
  @CsvSource({
      // English: two words joined with no contraction after the slot
      "'throwback as in retro', 'as in Apple took', 8212",
      "'it was a long day', 'and if you ask me', 8212",
      // a contraction or a short prefix of a name: the apostrophe
      "'what I', 'll call rewind design', 8217",
      "'the company didn', 't say', 8217",
      "'a column by Conan O', 'Brien about it', 8217",
      "'the new scissor switch that', 's almost the same', 8217"})
  void betweenLettersAnApostropheOnlyBeforeAContraction(String left, String right, int expected) {
    assertEquals(expected, fill(QUOTES_AND_DASHES, left, right).cp());
  }

  @ParameterizedTest
  @CsvSource({"'a good day too \u263A', ''", "'I love you \u2764', ' so much'", "'parking here \uD83C\uDD7F', ''"})
  void aLostVariationSelectorAfterAnEmojiAsksForTheEmojiGlyph(String left, String right) {
    // EF B8 8E and EF B8 8F differ in their last byte: VS15 (text glyph) against VS16 (emoji glyph)
    int[] selectors = {0xFE0E, 0xFE0F};
    assertEquals(0xFE0F, fill(selectors, left, right).cp());
  }

  @ParameterizedTest
  @CsvSource({
      // a spaced dash after a figure but before a word is no range
      "'it rose 20 ', ' a record'"})
  void aSpacedDashAfterAFigureBeforeAWordIsLeftToTheStyle(String left, String right) {
    assertNotEquals("a range between spaced figures (2004 – 2014)", fill(QUOTES_AND_DASHES, left, right).rule());
  }

  @ParameterizedTest
  @CsvSource({
      // a word that starts with s after the slot: the possessive rule stays out
      "'He paused ', 'so nobody spoke'",
      "'the list ', 'says nothing'"})
  void aWordStartingWithSIsNotAPossessive(String left, String right) {
    assertNotEquals("a possessive 's set off by a space (tokenized text)", fill(QUOTES_AND_DASHES, left, right).rule());
  }

  /**
   * A line of Chinese read as GBK in ignore mode drops a byte in the middle of some sequences (案 is E6 A1 88: A1 88
   * is no GBK pair, A1 goes); the line still counts as a strong sign of GBK, while the same sentences as real text
   * read back through GBK do not.
   */
  @ParameterizedTest
  @CsvSource({"他是唯一知道答案的人。", "答案的人。", "这是我们唯一的机会。"})
  void aChineseLineWithDroppedBytesIsAStrongSign(String sentence) {
    String broken = broken(sentence, "gbk", DecodeErrors.IGNORE);
    assertTrue(Evidence.strong(broken, 0, broken.length(), Codecs.byName("gbk")), broken);
    assertFalse(Evidence.strong(sentence, 0, sentence.length(), Codecs.byName("gbk")), sentence);
    assertEquals(sentence, REPAIR.repair(broken).text());
  }

  /**
   * Emoji read as GBK in ignore mode: 😞 (F0 9F 98 9E) comes through whole as 馃槥, 🤔 (F0 9F A4 94) loses its last
   * two bytes and leaves 馃 before a space. Both count as evidence of the wrong decoding, and the whole one is
   * repaired (the other's two lost bytes are too many to choose).
   */
  @Test
  void emojiWithTheirLastTwoBytesDroppedAreASignOfGbk() {
    String text = "when you learn to swim \uD83E\uDD14 but keep sinking \uD83D\uDE1E and it is scary \uD83E\uDD14 ok";
    String broken = broken(text, "gbk", DecodeErrors.IGNORE);
    assertTrue(broken.contains("\u9983 "), broken);
    assertTrue(Evidence.strong(broken, 0, broken.length(), Codecs.byName("gbk")), broken);
    assertTrue(REPAIR.repair(broken).text().contains("sinking \uD83D\uDE1E and"), REPAIR.repair(broken).text());
  }

  @ParameterizedTest
  @CsvSource({"'罚款100', '500元'", "'每天工作8', '10小时'"})
  void aLostCharacterBetweenFiguresInChineseIsARange(String left, String right) {
    // 至 (E8 87 B3) against the other characters of E8 87 xx
    int[] candidates = {0x81EA, 0x81ED, 0x81F3, 0x81F4, 0x81FA, 0x81FC};
    Fills.DocumentStyle style = new Fills.DocumentStyle(0, 0, 0, 0, false);
    assertEquals(Fills.RANGE_TO,
        Fills.choose(candidates, left, right.codePoints().toArray(), style, false, new ScriptProfile()).cp());
  }

  @Test
  void figuresAroundALostCharacterOfAnyBlockAreLeftToTheModel() {
    // the lead byte was lost too: 年 (E5), 至 (E8) and 月 (E6) all fit, and between figures 年 and 月 are as likely
    int[] candidates = {0x5E74, 0x81F3, 0x6708};
    Fills.DocumentStyle style = new Fills.DocumentStyle(0, 0, 0, 0, false);
    Fills.Choice choice = Fills.choose(candidates, "他在2020", "3月回到北京".codePoints().toArray(), style, false,
        new ScriptProfile());
    assertEquals(0x5E74, choice.cp(), choice.toString());
  }
}
