package dev.pith.text;

import java.util.Set;

/**
 * Labels of the boxes publishers set apart from the running text: "Why We Wrote This", "Key points", "Editor's
 * note", "In brief", "At a glance". The label stands alone on its line; the box's text follows it.
 */
final class Asides {
  private static final Set<String> LABELS = Set.of(
      "why we wrote this", "key points", "key takeaways", "key facts", "takeaways", "in brief", "at a glance",
      "the big picture", "what you need to know", "what we know", "the bottom line", "bottom line",
      "editors note", "note from the editor", "tl dr", "tldr", "quick read", "fast facts", "quick facts",
      "the gist", "fact box", "factbox", "story highlights",
      "why it matters", "das wichtigste in kürze", "in kürze", "auf einen blick", "en bref", "l essentiel",
      "lessentiel", "en resumen", "in sintesi", "em resumo", "the short version", "why this matters",
      "whats at stake");

  private Asides() {}

  /** Whether {@code line} is the label of a box. */
  static boolean isLabel(Line line) {
    if (line.words == 0 || line.words > 6 || line.isListItem() || line.text.length() > 48) {
      return false;
    }
    return LABELS.contains(line.key());
  }
}
