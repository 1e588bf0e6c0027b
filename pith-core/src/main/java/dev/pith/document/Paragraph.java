package dev.pith.document;

import java.util.Objects;

/** A paragraph of running text. */
public record Paragraph(String text) implements Block {
  public Paragraph {
    Objects.requireNonNull(text, "text");
  }

  @Override
  public BlockType type() {
    return BlockType.PARAGRAPH;
  }
}
