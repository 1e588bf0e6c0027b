package dev.pith.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The comparison key must not depend on which path (ASCII or not) computes it. */
class TextNormalizerTest {
  /** The definition: NFKC, lower case, letters and digits only, single spaces. */
  private static String reference(String text) {
    return TextNormalizer.byDefinition(text);
  }

  @Test
  void asciiTextGivesTheDefinedKey() {
    for (String text : List.of("The Title - Site", "  A  b\tC\n", "ABC_xyz@09[]`{}", "", "---", "Z9 @ a")) {
      assertEquals(reference(text), TextNormalizer.forComparison(text), text);
    }
    Random random = new Random(7);
    for (int n = 0; n < 2000; n++) {
      char[] chars = new char[random.nextInt(40)];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = (char) random.nextInt(128);
      }
      String text = new String(chars);
      assertEquals(reference(text), TextNormalizer.forComparison(text), text);
    }
  }

  @Test
  void otherTextGivesTheDefinedKey() {
    assertEquals("the title site", TextNormalizer.forComparison("Ｔｈｅ Ｔｉｔｌｅ — Site"));
    assertEquals("fine 1 2", TextNormalizer.forComparison("ﬁne – ½"));
    assertEquals("the title site", TextNormalizer.forComparison("The Title | Site"));
  }
}
