package dev.pith.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The label set answers as the regex alternation it replaced, in every case and with any decoration around. */
class BoilerplatePhrasesTest {
  /** The labels, as the main class lists them: the set and the regex must agree on the same list. */
  private static final String LABELS = BoilerplatePhrases.WHOLE_LABELS;

  /** The regex the set replaced, as it was written. */
  private static final Pattern REGEX = Pattern.compile(
      "^[\\s\\-–—•*|>»›]*+(" + LABELS + ")[\\s.:!…»>›→|*\\-]*+$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Decorations, characters that fold to ASCII letters (Kelvin sign, long s, dotless i) and other casing traps. */
  private static final String[] PIECES = {
    " ", "\t", "\n", "\u000B", "\f", "\r", "-", "–", "—", "•", "*", "|", ">", "»", "›", ".", ":", "!", "…", "→",
    "\u00a0", "x", "s", "\u212a", "\u017f", "\u0131", "\u0130", "ß", "\u1e9e", "\u2126", "ǅ", "'", "é", "É",
    "😀", "1",
  };

  @Test
  void answersAsTheRegex() {
    String[] labels = LABELS.split("\\|");
    List<String> texts = new ArrayList<>();
    Random random = new Random(17);
    for (String label : labels) {
      texts.add(label);
      texts.add(label.toUpperCase(Locale.ROOT));
      texts.add(label.replace('k', '\u212a').replace('s', '\u017f').replace('i', '\u0131'));
      for (int n = 0; n < 30; n++) {
        StringBuilder b = new StringBuilder();
        for (int k = random.nextInt(3); k > 0; k--) {
          b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        for (char c : label.toCharArray()) {
          b.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
        }
        if (random.nextInt(4) == 0) {
          b.setLength(Math.max(0, b.length() - 1)); // a label cut short
        }
        for (int k = random.nextInt(3); k > 0; k--) {
          b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        texts.add(b.toString());
      }
    }
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(6); k > 0; k--) {
        b.append(random.nextInt(3) == 0 ? labels[random.nextInt(labels.length)] : PIECES[random.nextInt(PIECES.length)]);
      }
      texts.add(b.toString());
    }
    int matched = 0;
    for (String t : texts) {
      boolean expected = REGEX.matcher(t).matches();
      assertEquals(expected, BoilerplatePhrases.isLabel(t), () -> "\"" + t + "\" " + t.codePoints()
          .mapToObj(c -> String.format("U+%04X", c)).toList());
      matched += expected ? 1 : 0;
    }
    assertTrue(matched > texts.size() / 10, "too few texts matched to test anything: " + matched);
  }

  @Test
  void judgesShortBlocksOnly() {
    assertTrue(BoilerplatePhrases.matches("  » Read more …"));
    assertTrue(BoilerplatePhrases.matches("WERBUNG"));
    assertTrue(BoilerplatePhrases.matches("Copyright 2024 Example Corp"));
    assertFalse(BoilerplatePhrases.matches("The harbour library opens its new wing to readers"));
    assertFalse(BoilerplatePhrases.matches("share ".repeat(40)));
  }
}
