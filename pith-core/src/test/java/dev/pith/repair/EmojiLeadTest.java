package dev.pith.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Shift_JIS has no lead byte F0, so in ignore mode it drops the first byte of every emoji and reads the rest as a
 * kanji of row 9F and what follows ({@code 😡} as {@code 沽｡}). Sentences written for this test.
 */
class EmojiLeadTest {
  private static final TextRepair REPAIR = TextRepair.create();

  private static String broken(String text) {
    return LostByteFillTest.broken(text, "shift_jis", DecodeErrors.IGNORE);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // the emoji's last byte came through as a half-width katakana: only the lead is missing
      "Stuck in traffic for two hours on the way back from the airport again 😡",
      "I can’t believe the last episode ended like that, now we wait a whole year 😢",
      // its last byte was dropped as well (82 paired with nothing): the emoji writers use most of those it can be
      "That’s the funniest thing I have read all week, thank you for sharing it 😂"})
  void anEmojiWithoutItsLeadByteIsRepaired(String sentence) {
    String broken = broken(sentence);
    assertTrue(broken.indexOf('沽') >= 0, broken);
    assertEquals(sentence, REPAIR.repair(broken).text());
  }

  @Test
  void theSameLeadByteIsOnlyLookedForWhereTheCodecDropsIt() {
    assertTrue(Evidence.dropsEmojiLead(Codecs.byName("shift_jis")));
    for (String name : new String[] {"gbk", "big5", "euc-kr", "euc-jp", "windows-1252"}) {
      assertTrue(!Evidence.dropsEmojiLead(Codecs.byName(name)), name);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "沽券に関わる問題なので、会社としても放置はできない。",
      "The term 沽券 (kouken) means one's dignity or reputation in Japanese."})
  void realJapaneseWithTheSameKanjiStays(String sentence) {
    assertEquals(sentence, REPAIR.repair(sentence).text());
  }
}
