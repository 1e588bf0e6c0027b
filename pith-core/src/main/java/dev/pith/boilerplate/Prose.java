package dev.pith.boilerplate;

/** Cheap tests of whether text reads as running prose rather than a label, a name or a link. */
final class Prose {
  private Prose() {}

  /** True when the text has a sentence end: a full stop, question or exclamation mark (in any script). */
  static boolean isSentence(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '。' || c == '！' || c == '？' || c == '؟' || c == '।') {
        // "3.5" or "e.g" are not sentence ends: require a space or the end after the mark
        if (i == n - 1 || Character.isWhitespace(text.charAt(i + 1)) || c > 0x2000) {
          if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)) || c > 0x2000) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Number of words (runs of letters or digits). */
  static int words(String text) {
    int words = 0;
    boolean in = false;
    for (int i = 0, n = text.length(); i < n; i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !in) {
        words++;
      }
      in = letter;
    }
    return words;
  }
}
