package dev.pith.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link LineMeasures} (with its fast paths for lower-case ASCII letters and non-punctuation) measures every line
 * exactly as the general per-character path kept in {@link LineMeasuresReference}: every field of every line and
 * the language, over seeded random captures of words, punctuation, URLs, CJK, other scripts and spacing.
 */
class LineMeasuresTest {
  private static final String[] PIECES = {"the", "The", "and", "of", "der", "die", "und", "le", "la", "et", "el",
      "de", "que", "il", "a", "i", "e", "o", "Kentucky", "WORLD", "x2", "42", "3.5", "1,000", "2025", "’s", "'s",
      "don't", "café", "Über", "Straße", "naïve", "中文", "的", "是", "。", "，", "、", "日本語", "です", "한국어",
      "Привет", "мир", "مرحبا", "שלום", "Ελλάδα", "http://example.com/a", "https://x.org", "www.bbc.co.uk",
      "news.example.com/path", "/World/Europe/2025", "@user", "me@mail.com", "|", "||", "·", "•", " · ", " • ",
      "{", "}", "(", ")", "[", "]", "<", ">", "=", "&", "+", "$", "\\", "_", "\"", "*", "^", "~", ",", ";", ".",
      "!", "?", "！", "？", "；", "©", "\u00a0", "\t", "\u2003", "—", "–", "…", "«", "»", "“", "”", "#", "%", "`",
      "z", "q", "ABC", "aBc"};

  private static String randomLine(Random random) {
    StringBuilder sb = new StringBuilder();
    int pieces = random.nextInt(random.nextInt(10) == 0 ? 200 : 25);
    for (int k = 0; k < pieces; k++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
      int gap = random.nextInt(10);
      sb.append(gap < 6 ? " " : gap < 7 ? "    " : gap < 8 ? ". " : "");
    }
    if (random.nextInt(20) == 0) {
      sb.append("x".repeat(LineMeasures.MAX_KEY_CHARS)); // too long to be hashed
    }
    return sb.toString().strip();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
  void measuresEveryLineAsTheGeneralPath(int seed) throws IllegalAccessException {
    Random random = new Random(seed);
    int checked = 0;
    for (int doc = 0; doc < 60; doc++) {
      List<Line> fast = new ArrayList<>();
      List<Line> slow = new ArrayList<>();
      int lines = 1 + random.nextInt(60);
      for (int i = 0; i < lines; i++) {
        String text = randomLine(random);
        char bullet = random.nextInt(8) == 0 ? '•' : 0;
        fast.add(new Line(i, i, text, 0, false, bullet));
        slow.add(new Line(i, i, text, 0, false, bullet));
      }
      assertEquals(LineMeasuresReference.measure(slow), LineMeasures.measure(fast), "language");
      for (int i = 0; i < lines; i++) {
        for (Field f : Line.class.getDeclaredFields()) {
          if (Modifier.isStatic(f.getModifiers())) {
            continue;
          }
          f.setAccessible(true);
          assertEquals(f.get(slow.get(i)), f.get(fast.get(i)), f.getName() + " of \"" + fast.get(i).text + "\"");
          checked++;
        }
      }
    }
    assertTrue(checked > 1000, "fields compared: " + checked);
  }
}
