package dev.pith.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The in-place class comparison must agree with lower-casing the class name and looking it up. */
class HiddenRuleTest {
  private static String byLowerCase(String token) {
    String lower = token.toLowerCase(Locale.ROOT);
    return HiddenRule.HIDDEN_CLASSES.contains(lower) ? lower : null;
  }

  @Test
  void agreesWithLowerCasing() {
    List<String> tokens = new ArrayList<>(List.of("HİDDEN", "hİdden", "hidden", "Hidden", "SR-ONLY", "sr_only",
        "\u212Aidden", "hidde", "hiddenx", "ſr-only", "VisuallyHidden", "d-none", "D-NONE", "", "noshow",
        "Screen-Reader-Text", "screen-reader-tex\u0130"));
    Random random = new Random(11);
    for (String name : HiddenRule.HIDDEN_CLASSES) {
      for (int n = 0; n < 20; n++) {
        char[] chars = name.toCharArray();
        int i = random.nextInt(chars.length);
        chars[i] = switch (random.nextInt(4)) {
          case 0 -> Character.toUpperCase(chars[i]);
          case 1 -> (char) ('a' + random.nextInt(26));
          case 2 -> (char) (0x100 + random.nextInt(0x300));
          default -> '\u0130';
        };
        tokens.add(new String(chars));
      }
    }
    for (String token : tokens) {
      String cls = "x " + token + " y";
      assertEquals(byLowerCase(token), HiddenRule.hiddenClass(cls, 2, 2 + token.length()), token);
    }
  }
}
