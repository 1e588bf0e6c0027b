package dev.pith.document;

import java.util.Locale;

/** The kinds of {@link Block}. */
public enum BlockType {
  PARAGRAPH,
  HEADING,
  LIST,
  QUOTE,
  TABLE,
  CODE,
  FIGURE,
  ASIDE;

  /** The lower-case name used in JSON output, e.g. {@code "paragraph"}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
