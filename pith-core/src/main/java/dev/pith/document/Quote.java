package dev.pith.document;

import java.util.Objects;

/** A block quotation. */
public record Quote(String text) implements Block {
  public Quote {
    Objects.requireNonNull(text, "text");
  }

  @Override
  public BlockType type() {
    return BlockType.QUOTE;
  }
}
