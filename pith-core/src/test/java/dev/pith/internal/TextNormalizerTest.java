package dev.pith.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The comparison key must not depend on which path (ASCII or not) computes it; NFC must be the JDK's NFC, whichever
 * part of the text is already normalized.
 */
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

  /** Pieces that NFKC or lower-casing change, or that are letters only after lower-casing or NFKC. */
  private static final String[] KEY_PIECES = {
    "a", "Z", " ", "-", "é", "É", "e\u0301", "\u0301", "ß", "ẞ", "Σ", "ΑΣ", "σ", "ς", "İ", "ı", "K", "\u212a",
    "ﬁ", "½", "²", "Ｔ", "ｔ", "\u00a0", "\u2014", "’", "中文", "각", "\u1100\u1161", "😀", "\ud801\udc00",
    "\uf900", "\u2126", "Ǆ", "ǅ", "\u0345", "ͅ", "Ⓐ", "\u00aa", "\u00b5", "Ω", "ω", "ﬀ", "\ufb00", "\u0149",
  };

  @Test
  void anyTextGivesTheDefinedKey() {
    Random random = new Random(13);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      int pieces = random.nextInt(10);
      for (int k = 0; k < pieces; k++) {
        b.append(KEY_PIECES[random.nextInt(KEY_PIECES.length)]);
      }
      String text = b.toString();
      assertEquals(reference(text), TextNormalizer.forComparison(text),
          () -> text.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList().toString());
    }
    for (int n = 0; n < 20_000; n++) {
      char[] chars = new char[random.nextInt(12)];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = (char) random.nextInt(0x3100);
      }
      String text = new String(chars);
      assertEquals(reference(text), TextNormalizer.forComparison(text),
          () -> text.chars().mapToObj(c -> String.format("U+%04X", c)).toList().toString());
    }
  }

  @Test
  void otherTextGivesTheDefinedKey() {
    assertEquals("the title site", TextNormalizer.forComparison("Ｔｈｅ Ｔｉｔｌｅ — Site"));
    assertEquals("fine 1 2", TextNormalizer.forComparison("ﬁne – ½"));
    assertEquals("the title site", TextNormalizer.forComparison("The Title | Site"));
  }

  /** Pieces that NFC leaves, composes, reorders or decomposes, and surrogate pairs. */
  private static final String[] NFC_PIECES = {
    "a", "e", "The ", " ", "\n", "é", "e\u0301", "\u0301", "\u0323\u0302", "\u0302\u0323", // combining marks
    "\u1100\u1161\u11a8", "\u1100", "\u1161", "각", // Hangul jamo and a syllable
    "\u09dc", "\u09a1\u09bc", // Bengali RRA: a composition exclusion, decomposed by NFC
    "\uf900", "\u8c48", // a CJK compatibility ideograph and its unified ideograph
    "\u212b", "Å", "😀", "\ud835\udc00", "中文", "Ω", "\u2126",
  };

  @Test
  void nfcIsTheJdksNfc() {
    Random random = new Random(11);
    for (int i = 0; i < 3_000; i++) {
      StringBuilder b = new StringBuilder();
      int pieces = random.nextInt(12);
      for (int k = 0; k < pieces; k++) {
        b.append(NFC_PIECES[random.nextInt(NFC_PIECES.length)]);
      }
      String text = b.toString();
      assertEquals(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC), TextNormalizer.nfc(text),
          () -> text.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList().toString());
    }
  }

  @Test
  void textAlreadyInNfcIsReturnedAsItIs() {
    String text = "Café, 각, 中文 and 😀: already composed";
    assertSame(text, TextNormalizer.nfc(text));
  }
}
