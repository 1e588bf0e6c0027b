package dev.pith.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link Removal#of} counts as visible every character that is neither whitespace nor a no-break space. */
class RemovalTest {
  @Test
  void countsEveryCharacterByTheWhitespaceRule() {
    StringBuilder all = new StringBuilder();
    int expected = 0;
    for (char c = 0; c < 0xD800; c++) {
      Removal one = Removal.of("line 1", RemovalReason.NAVIGATION, "", String.valueOf(c));
      int visible = Character.isWhitespace(c) || c == '\u00a0' ? 0 : 1;
      assertEquals(visible, one.chars(), "U+" + Integer.toHexString(c));
      all.append(c);
      expected += visible;
    }
    assertEquals(expected, Removal.of("line 1", RemovalReason.NAVIGATION, "", all.toString()).chars());
  }
}
