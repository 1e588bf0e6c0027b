package dev.pith.document;

import java.util.Objects;

/**
 * A piece of the capture left out of the main content, with the reason.
 *
 * @param where a node path such as {@code body>div#main>nav.menu} for HTML, or {@code line 12} for text
 * @param reason why it was left out
 * @param detail the evidence, e.g. {@code class="share-bar"} or {@code link density 0.92}
 * @param excerpt the start of its text (at most {@value #EXCERPT_CHARS} characters)
 * @param chars the size of its whole text, in non-whitespace characters
 */
public record Removal(String where, RemovalReason reason, String detail, String excerpt, int chars) {
  /** Longest excerpt kept, so that a removal report stays small on huge pages. */
  public static final int EXCERPT_CHARS = 120;

  public Removal {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(excerpt, "excerpt");
    if (chars < 0) {
      throw new IllegalArgumentException("chars must be >= 0, was " + chars);
    }
  }

  /** A removal whose excerpt is cut from {@code text}. */
  public static Removal of(String where, RemovalReason reason, String detail, String text) {
    String excerpt = text.length() <= EXCERPT_CHARS ? text : text.substring(0, EXCERPT_CHARS) + "…";
    int visible = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      // ASCII (most characters) without the general lookup: there isWhitespace is space, 9-13 and 28-31
      if (c < 128 ? c > ' ' || c < 28 && (c < 9 || c > 13) : !Character.isWhitespace(c) && c != '\u00a0') {
        visible++;
      }
    }
    return new Removal(where, reason, detail, excerpt, visible);
  }
}
