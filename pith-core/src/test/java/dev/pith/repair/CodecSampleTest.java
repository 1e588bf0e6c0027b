package dev.pith.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A text went through one wrong decoding all along: once {@link TextRepair#CODEC_SAMPLE_LINES} broken lines have
 * been tried under every codec, the later ones are tried only under the codecs those lines accepted.
 */
class CodecSampleTest {
  private static final String CP1252_LINE = "It’s the café — where everyone met.";
  private static final String CHINESE_LINE = "这是一个关于城市图书馆的故事，很多人在那里读书。";

  private static String broken(String text, String codec) {
    return new String(text.getBytes(StandardCharsets.UTF_8), Charset.forName(codec));
  }

  private static String lines(String first, String repeated, int times, String last) {
    StringBuilder sb = new StringBuilder();
    if (first != null) {
      sb.append(first).append('\n');
    }
    sb.append((repeated + "\n").repeat(times));
    if (last != null) {
      sb.append(last).append('\n');
    }
    return sb.toString();
  }

  @Test
  void linesPastTheSampleAreRepairedUnderTheSampledCodec() {
    int many = TextRepair.CODEC_SAMPLE_LINES * 3;
    String text = lines(null, broken(CP1252_LINE, "windows-1252"), many, null);
    assertEquals(lines(null, CP1252_LINE, many, null), TextRepair.create().repair(text).text());
  }

  @Test
  void aCodecTheSampleShowsIsTriedOnEveryLine() {
    int many = TextRepair.CODEC_SAMPLE_LINES + 8;
    String text = lines(broken(CHINESE_LINE, "GBK"), broken(CP1252_LINE, "windows-1252"), many, null);
    assertEquals(lines(CHINESE_LINE, CP1252_LINE, many, null), TextRepair.create().repair(text).text());
  }

  @Test
  void aCodecNoSampledLineShowsIsNotTriedPastTheSample() {
    int many = TextRepair.CODEC_SAMPLE_LINES + 8;
    String chinese = broken(CHINESE_LINE, "GBK");
    // alone, the line is repaired: only its place after the sample leaves it as it is
    assertEquals(CHINESE_LINE, TextRepair.create().repair(chinese).text());
    String text = lines(null, broken(CP1252_LINE, "windows-1252"), many, chinese);
    assertEquals(lines(null, CP1252_LINE, many, chinese), TextRepair.create().repair(text).text());
  }
}
