package dev.pith.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A lost middle byte of a Japanese character: UTF-8 read as windows-1250 drops the bytes that codec leaves undefined
 * (81, 83, 88, 90, 98), and {@code E3 ? BC} can be ぼ, ー, the enclosed ideograph ㈼, or two rare CJK extension A
 * characters. The dictionary knows none of ー ㈼ 㐼 as a word of its own; the symbol must not win for that.
 */
class KanaFillTest {
  private static final int[] E3_X_BC = {0x307C, 0x30FC, 0x323C, 0x343C, 0x363C};

  private static int fill(int[] candidates, String left, String right) {
    Fills.DocumentStyle style = new Fills.DocumentStyle(0, 0, 0, 0, false);
    return Fills.choose(candidates, left, right.codePoints().toArray(), style, false, new ScriptProfile()).cp();
  }

  @ParameterizedTest
  @CsvSource({
      // (with nothing known to the right, ぼ is as likely: two lost characters in a row are chosen as a pair)
      "'投稿する同キャンペ', 'ン。'",
      "'ゲームコントロ', 'ラ内の抵抗'",
      "'スピ', 'ドが速い'"})
  void aProlongedSoundMarkBeatsAnEnclosedIdeograph(String left, String right) {
    assertEquals(0x30FC, fill(E3_X_BC, left, right));
  }

  /** {@code text} as UTF-8 read as windows-1250 with its undefined bytes dropped. */
  private static String brokenThroughCp1250(String text) {
    return LostByteFillTest.broken(text, "windows-1250", DecodeErrors.IGNORE);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // sentences written for this test; every katakana of the 83 row loses its middle byte
      "同キャンペーンは来月まで続きます。",
      "新しいゲームコントローラの入力を試した。",
      "そのデータはサーバーに保存されている。"})
  void japaneseWithLostBytesRepairsExactly(String sentence) {
    assertEquals(sentence, TextRepair.create().repair(brokenThroughCp1250(sentence)).text());
  }

  @ParameterizedTest
  @ValueSource(ints = {0x3093, 0x3092, 0x30F3, 0x30F2, 0x30F4})
  void commonKanaCostNoMoreThanOtherKana(int kana) {
    // ん を ン ヲ ヴ sit in the kana blocks' last rows, among the obsolete and small kana
    double plain = CharClass.of(kana) == CharClass.HIRAGANA ? CharCost.of('か') : CharCost.of('カ');
    assertEquals(plain, CharCost.of(kana), 0.0, Character.getName(kana));
  }

  @ParameterizedTest
  @ValueSource(ints = {0x3090, 0x3091, 0x30F0, 0x30F1, 0x30F5, 0x309D})
  void obsoleteAndSmallKanaCostMore(int kana) {
    assertTrue(CharCost.of(kana) > CharCost.of('か'), Character.getName(kana));
  }

  /** Chinese has no kana: a text of Han characters alone prices a guessed kana as a script it does not use. */
  @org.junit.jupiter.api.Test
  void kanaCostMoreInChineseThanInJapanese() {
    int[] chinese = "这是一个关于城市图书馆的故事".codePoints().toArray();
    int[] japanese = "これは市立図書館についての話です".codePoints().toArray();
    ScriptProfile zh = ScriptProfile.of(chinese, 0, chinese.length);
    ScriptProfile ja = ScriptProfile.of(japanese, 0, japanese.length);
    assertEquals(0, zh.bits('的'), 1e-9);
    assertTrue(zh.bits('い') > 3, "kana in Chinese: " + zh.bits('い'));
    assertEquals(0, ja.bits('い'), 1e-9);
    assertTrue(ja.bits('的') < zh.bits('い'), "kanji in Japanese cost less than kana in Chinese");
  }
}
