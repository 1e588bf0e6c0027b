package dev.pith.repair;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The remembered checks of units with many guesses ({@link SegmentAnalysis#merge} with a memo shared across a whole
 * text, as a repair pass shares it) give exactly the units that checking every time gives, at every position of
 * seeded random texts broken through single- and multi-byte codecs with bytes replaced or dropped.
 */
class CheckMemoTest {
  private static final String[] WORDS = {"The ", "council ", "said ", "“yes” ", "— ", "it’s ", "3,000 ", "café ",
      "中文", "的", "人工智能", "公司", "日本語", "です", "한국어", "입니다", "Привет ", "мир ", "\n", "😀", "… "};
  private static final String[] CHARSETS = {"GBK", "Big5", "Shift_JIS", "EUC-JP", "EUC-KR", "windows-1252",
      "windows-1251"};

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6})
  void rememberedChecksEqualFreshOnes(int seed) throws CharacterCodingException {
    Random random = new Random(seed);
    Map<SegmentAnalysis.CheckKey, SegmentAnalysis.Checked> memo = new HashMap<>();
    int remembered = 0;
    for (int n = 0; n < 12; n++) {
      StringBuilder sb = new StringBuilder();
      int words = 5 + random.nextInt(40);
      for (int k = 0; k < words; k++) {
        sb.append(WORDS[random.nextInt(WORDS.length)]);
      }
      byte[] utf8 = sb.toString().getBytes(StandardCharsets.UTF_8);
      Charset charset = Charset.forName(CHARSETS[random.nextInt(CHARSETS.length)]);
      CodingErrorAction action = random.nextBoolean() ? CodingErrorAction.REPLACE : CodingErrorAction.IGNORE;
      String broken = charset.newDecoder().onMalformedInput(action).onUnmappableCharacter(action)
          .decode(ByteBuffer.wrap(utf8)).toString();
      int[] cps = broken.codePoints().toArray();
      for (Codec codec : Codecs.all()) {
        int[] codes = new int[cps.length];
        for (int i = 0; i < cps.length; i++) {
          codes[i] = cps[i] == 0xFFFD ? UnitParser.GAP : codec.encode(cps[i]);
        }
        UnitParser parser = new UnitParser(codes,
            codec instanceof SingleByteCodec sb2 ? sb2.lostBytes() : null);
        for (int i = 0; i < cps.length; i++) {
          if (codes[i] == UnitParser.FOREIGN || codes[i] >= 0 && codes[i] < 0x80) {
            continue;
          }
          List<Unit> units = parser.parseFrom(i);
          int before = memo.size();
          List<Unit> fresh = SegmentAnalysis.merge(units, cps, codes, -1, -1, codec);
          List<Unit> viaMemo = SegmentAnalysis.merge(units, cps, codes, -1, -1, codec, memo);
          List<Unit> again = SegmentAnalysis.merge(units, cps, codes, -1, -1, codec, memo);
          remembered += memo.size() > before ? 1 : 0;
          assertSame(fresh, viaMemo, codec.name() + " at " + i + " of " + broken);
          assertSame(fresh, again, codec.name() + " at " + i + " (from the memo) of " + broken);
        }
      }
    }
    assertTrue(remembered > 0, "some units had enough guesses to be remembered");
  }

  private static void assertSame(List<Unit> expected, List<Unit> actual, String what) {
    assertEquals(expected.size(), actual.size(), what);
    for (int u = 0; u < expected.size(); u++) {
      Unit a = expected.get(u);
      Unit b = actual.get(u);
      assertEquals(a.start(), b.start(), what);
      assertEquals(a.end(), b.end(), what);
      assertArrayEquals(a.template(), b.template(), what);
      assertArrayEquals(a.output(), b.output(), what);
      assertEquals(a.slots().size(), b.slots().size(), what);
      for (int s = 0; s < a.slots().size(); s++) {
        assertArrayEquals(a.slots().get(s).candidates(), b.slots().get(s).candidates(), what);
        assertArrayEquals(a.slots().get(s).unknownMasks(), b.slots().get(s).unknownMasks(), what);
        assertEquals(a.slots().get(s).inserted(), b.slots().get(s).inserted(), what);
      }
    }
  }
}
