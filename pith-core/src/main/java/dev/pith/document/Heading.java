package dev.pith.document;

import java.util.Objects;

/** A heading inside the content, level 1 (most important) to 6. */
public record Heading(int level, String text) implements Block {
  public Heading {
    Objects.requireNonNull(text, "text");
    if (level < 1 || level > 6) {
      throw new IllegalArgumentException("level must be 1..6, was " + level);
    }
  }

  @Override
  public BlockType type() {
    return BlockType.HEADING;
  }
}
