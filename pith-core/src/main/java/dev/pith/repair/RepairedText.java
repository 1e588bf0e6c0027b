package dev.pith.repair;

import dev.pith.document.RepairStep;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Text after repair, with the steps that made it.
 *
 * @param text the repaired text (the input itself when nothing needed repair)
 * @param steps what was changed, in order; empty when nothing was. {@link TextRepair#replay} applied to the input
 *     gives {@code text}
 */
public record RepairedText(String text, List<RepairStep> steps) {
  public RepairedText {
    Objects.requireNonNull(text, "text");
    steps = List.copyOf(steps);
  }

  /** True when repair changed something. */
  public boolean changed() {
    return !steps.isEmpty();
  }

  /**
   * The steps, one per line, each with the text it replaced and the text it put in, replayed on {@code input} (the
   * text that was repaired): {@code 3  120..126  reencode  "鈥檚" → "’s"  utf-8 read as gbk}.
   *
   * @throws IllegalArgumentException when the steps do not fit {@code input}
   */
  public String explain(String input) {
    StringBuilder sb = new StringBuilder();
    if (steps.isEmpty()) {
      sb.append("no repair: the text shows no sign of a wrong decoding\n");
      return sb.toString();
    }
    String current = input;
    int n = 0;
    for (RepairStep step : steps) {
      n++;
      String before = current.substring(step.start(), step.end());
      String after = TextRepair.replacement(before, step);
      sb.append(String.format(Locale.ROOT, "%d\t%d..%d\t%s\t\"%s\" → \"%s\"\t%s%n", n, step.start(), step.end(),
          step.action(), visible(before), visible(after), step.detail()));
      current = current.substring(0, step.start()) + after + current.substring(step.end());
    }
    sb.append(String.format(Locale.ROOT, "%d step%s%n", steps.size(), steps.size() == 1 ? "" : "s"));
    return sb.toString();
  }

  /** Control characters, line breaks and U+FFFD shown as escapes so that explanations stay on one line. */
  private static String visible(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      if (cp < 0x20 || cp >= 0x7F && cp < 0xA0 || cp == 0xFFFD || cp == 0xAD) {
        sb.append(String.format(Locale.ROOT, "\\u%04X", cp));
      } else {
        sb.appendCodePoint(cp);
      }
    });
    return sb.toString();
  }
}
