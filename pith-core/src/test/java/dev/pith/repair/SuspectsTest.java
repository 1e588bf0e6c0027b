package dev.pith.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
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
}
