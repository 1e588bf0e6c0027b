package dev.pith.repair;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The word after a one-letter Russian word tells which one-letter word it was. */
class NextWordEndingsTest {
  private static final NextWordEndings RU = NextWordEndings.forLetter('я');

  @ParameterizedTest
  @CsvSource({
      // a verb in the first person after я; a noun in the instrumental after с; a pronoun in the genitive after у
      "я, с, люблю", "я, с, знаю", "я, с, думал",
      "с, я, мамой", "с, я, друзьями", "с, я, ним",
      "у, с, меня", "у, я, него"})
  void theNextWordChooses(String likely, String other, String next) {
    double a = RU.bits(likely, next);
    double b = RU.bits(other, next);
    assertTrue(a < b, likely + " " + next + ": " + a + " bits, " + other + " " + next + ": " + b + " bits");
  }

  @Test
  void onlyOneLetterWordsBeforeKnownEndingsAreWeighed() {
    assertTrue(Double.isNaN(RU.bits("он", "знает")), "a longer word");
    assertTrue(Double.isNaN(RU.bits("я", "ж")), "a next word too short to have an ending");
    assertTrue(Double.isNaN(RU.bits("я", "щщщщ")), "an ending never seen");
    assertTrue(Double.isFinite(RU.bits("Я", "ЗНАЮ")), "any case");
  }

  @Test
  void onlyRussianHasTheTable() {
    assertNotNull(NextWordEndings.forLetter('ж'));
    assertNull(NextWordEndings.forLetter('α'));
    assertNull(NextWordEndings.forLetter('a'));
  }
}
