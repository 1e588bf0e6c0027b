package dev.pith.document;

import java.util.Objects;

/** Preformatted text or source code, whitespace kept as it was. */
public record Code(String text) implements Block {
  public Code {
    Objects.requireNonNull(text, "text");
  }

  @Override
  public BlockType type() {
    return BlockType.CODE;
  }
}
