package dev.pith.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The comparison key must not depend on which path (ASCII or not) computes it. */
class TextNormalizerTest {
  /** The definition: NFKC, lower case, letters and digits only, single spaces. */
  private static String reference(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < nfkc.length(); i++) {
      char c = nfkc.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      } else {
        space = true;
      }
    }
    return out.toString();
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
    for (String text : List.of("Ｔｈｅ Ｔｉｔｌｅ — Site", "Straße İstanbul", "ΣΟΦΟΣ", "ﬁne – ½")) {
      assertEquals(reference(text), TextNormalizer.forComparison(text), text);
    }
  }
}
