package dev.pith.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast scans of {@link Suspects} (blocks of ASCII skipped at once) agree with the character-by-character scan
 * on seeded random texts that put mojibake, lone lead characters and line breaks at every offset.
 */
class SuspectsTest {
  /** ASCII filler, line breaks, and characters that are (parts of) UTF-8 read through some codec, or plain text. */
  private static final String[] PIECES = {"a", "The quick fox ", " ", "\n", "<p>", "é", "Ã", "©", "Ã©", "鈥", "檚",
      "€", "â€™", "\uFFFD", "中文", "Привет", "Ð", "·"};

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
  void fastScanAgreesWithTheSlowOne(int seed) {
    Random random = new Random(seed);
    Suspects suspects = Suspects.get();
    for (int n = 0; n < 400; n++) {
      StringBuilder sb = new StringBuilder();
      int pieces = random.nextInt(60);
      for (int k = 0; k < pieces; k++) {
        // mostly ASCII, so that whole blocks of it occur at every alignment
        sb.append(random.nextInt(4) == 0 ? PIECES[random.nextInt(PIECES.length)] : "abcdefghijklmnopq".substring(
            random.nextInt(17)));
      }
      String text = sb.toString();
      boolean slow = suspects.strong(new StringBuilder(text), 0, text.length()) != 0;
      assertEquals(slow, suspects.anySign(text), text);
      assertEquals(suspects.strong(new StringBuilder(text), 0, text.length()), suspects.strong(text, 0, text.length()),
          text);
      for (Suspects.Line line : suspects.lines(text, 40, true)) {
        assertEquals(suspects.strong(new StringBuilder(text), line.start(), line.end()) != 0, line.strong() != 0,
            "line " + line + " of " + text);
      }
    }
  }

  /** More pieces for the line scans: tag and space boundaries, long ASCII runs, surrogates, runs of mojibake. */
  private static final String[] MORE = {"<div class=\"x\">", "> <", "  ", "\n\n", "\r\n", "Ã¼ber", "Ã\n©",
      "â€", "â€\n", "鈥\n", "\uD83D\uDE00", "\u0080", "\u00FF", "ÿ", "ï»¿", "Ð¿Ñ€Ð¸", "縺", "繧九",
      "\uFFFD\uFFFD", "x".repeat(37), "y ".repeat(23), "<".repeat(9)};

  private static String randomText(Random random, int maxPieces) {
    StringBuilder sb = new StringBuilder();
    int pieces = random.nextInt(maxPieces);
    for (int k = 0; k < pieces; k++) {
      int kind = random.nextInt(6);
      if (kind == 0) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      } else if (kind == 1) {
        sb.append(MORE[random.nextInt(MORE.length)]);
      } else if (kind == 2) {
        sb.append((char) (0x80 + random.nextInt(0x3000))); // any character of the lower BMP
      } else {
        sb.append("abcdefghijklmnopq".substring(random.nextInt(17)));
      }
    }
    return sb.toString();
  }

  /**
   * The line scans that skip ASCII runs and find breaks with indexOf give exactly the lines (and anySign exactly the
   * answer) of the character-by-character scans kept in {@link SuspectsReference}, for small cut lengths (so that
   * cuts of long lines happen everywhere) and the real one, on texts with and without breaks.
   */
  @ParameterizedTest
  @ValueSource(ints = {11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void linesAgreeWithTheReferenceScan(int seed) {
    Random random = new Random(seed);
    Suspects suspects = Suspects.get();
    SuspectsReference reference = new SuspectsReference();
    int[] cuts = {1, 2, 3, 7, 16, 40, 100, TextRepair.MAX_SEGMENT_CHARS};
    int nonEmpty = 0;
    for (int n = 0; n < 300; n++) {
      String text = randomText(random, n % 10 == 0 ? 1500 : 80);
      if (random.nextInt(4) == 0) {
        text = text.replace('\n', ' '); // one long line, cut only at boundaries
      }
      assertEquals(reference.anySign(text), suspects.anySign(text), text);
      int sign = suspects.firstSign(text);
      assertEquals(reference.anySign(text), sign >= 0, text);
      // the strong lines, read from the start of the line of the first sign, are all the strong lines
      int from = sign < 0 ? 0 : text.lastIndexOf('\n', sign - 1) + 1;
      for (int max : cuts) {
        for (boolean all : new boolean[] {false, true}) {
          java.util.List<Suspects.Line> expected = reference.lines(text, max, all);
          nonEmpty += expected.isEmpty() ? 0 : 1;
          assertEquals(expected, suspects.lines(text, max, all), "max " + max + " all " + all + ": " + text);
        }
        assertEquals(reference.lines(text, max, false), suspects.lines(text, from, max, false),
            "from the first sign's line, max " + max + ": " + text);
      }
    }
    assertEquals(true, nonEmpty > 1000, "the generated texts have lines to find: " + nonEmpty);
  }

  @Test
  void linesAreReadFromTheStartOfALine() {
    assertThrows(IllegalArgumentException.class, () -> Suspects.get().lines("ab\ncd\u00e9", 4, 40, true));
    assertEquals(Suspects.get().lines("ab\ncd\u00e9", 40, true), Suspects.get().lines("ab\ncd\u00e9", 3, 40, true));
  }

  @Test
  void linesNeedAPositiveCutLength() {
    assertThrows(IllegalArgumentException.class, () -> Suspects.get().lines("abc\u00e9", 0, true));
  }
}
