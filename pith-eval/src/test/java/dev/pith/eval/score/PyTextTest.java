package dev.pith.eval.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where Python's text semantics differ from Java's defaults, pinned case by case. */
class PyTextTest {
  @Test
  void wordTokensKeepCaseAndDropPunctuation() {
    assertEquals(List.of("a", "b", "cd", "e", "Foo", "bar"), PyText.wordTokens("a b,cd:e(Foo,bar) "));
  }

  @Test
  void underscoreAndNumbersAreWordCharacters() {
    assertEquals(List.of("snake_case", "x²", "½", "①", "Ⅻ", "٣"), PyText.wordTokens("snake_case x² ½ ① Ⅻ ٣"));
  }

  @Test
  void combiningMarksAndJoinersSplitWords() {
    // Python's \w is isalnum() or '_': marks (Mn, Mc) are neither, unlike Java's UNICODE_CHARACTER_CLASS \w
    assertEquals(List.of("cafe", "re", "sume"), PyText.wordTokens("cafe\u0301 re\u0301sume\u0301"));
    assertEquals(List.of("x", "y"), PyText.wordTokens("x\u200dy"));
    assertEquals(List.of("a", "b"), PyText.wordTokens("a\u203fb")); // connector punctuation other than '_'
  }

  @Test
  void scriptsWithoutSpacesAreOneToken() {
    assertEquals(List.of("北京是首都", "它有历史"), PyText.wordTokens("北京是首都。它有历史"));
    assertEquals(List.of("𝐀𝐁𝐂"), PyText.wordTokens("𝐀𝐁𝐂!"));
  }

  @Test
  void pythonWhitespace() {
    assertEquals(List.of("a", "b", "c", "d", "e", "f", "g\u200bh"),
        PyText.wsTokens("a\u00a0b\u001cc\u0085d\u2028e\u3000f\u202fg\u200bh"));
    assertEquals(List.of("a", "b", "c"), PyText.wsTokens("  a\tb\n\nc "));
    assertEquals(List.of(), PyText.wsTokens(" \n "));
    assertTrue(PyText.isSpace(0x1f));
    assertFalse(PyText.isSpace(0x200b));
    assertFalse(PyText.isSpace(0x180e));
    assertEquals("x", PyText.strip("\u00a0\u2029x\u001c"));
  }

  @Test
  void lowerFollowsCPythonFinalSigma() {
    assertEquals("οδος σοφος.", PyText.lower("ΟΔΟΣ ΣΟΦΟΣ."));
    assertEquals("οδος", PyText.lower("ΟΔΟΣ")); // (no Σ at the end: nothing final)
    assertEquals("ας", PyText.lower("ΑΣ"));
    assertEquals("9σ.", PyText.lower("9Σ.")); // not after a cased letter
    assertEquals("𝐀ς.", PyText.lower("𝐀Σ.")); // after an astral cased letter
    assertEquals("i\u0307stanbul", PyText.lower("İstanbul"));
  }

  @Test
  void casefoldIsFullFolding() {
    assertEquals("strasse", PyText.casefold("Straße"));
    assertEquals("σσ", PyText.casefold("Σς"));
  }
}
