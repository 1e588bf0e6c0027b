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

  /** Labels of boxes that hold several short points rather than one paragraph. */
  private static final Set<String> POINTS = Set.of(
      "key points", "key takeaways", "key facts", "takeaways", "at a glance", "what you need to know",
      "what we know", "fast facts", "quick facts", "story highlights", "das wichtigste in kürze", "auf einen blick");
  /** A box of points holds at most this many lines. */
  static final int MAX_POINTS = 8;
  /** A point is at most this many words; longer lines are the article's paragraphs again. */
  static final int MAX_POINT_WORDS = 30;

  private Asides() {}

  /** Whether the box under {@code label} holds points (several lines) rather than one paragraph. */
  static boolean holdsPoints(Line label) {
    return POINTS.contains(label.key());
  }

  /** Whether {@code line} is the label of a box. */
  static boolean isLabel(Line line) {
    if (line.words == 0 || line.words > 6 || line.isListItem() || line.text.length() > 48) {
      return false;
    }
    return LABELS.contains(line.key());
  }
}
