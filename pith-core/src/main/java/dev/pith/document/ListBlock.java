package dev.pith.document;

import java.util.List;

/** A bulleted or numbered list; each item is plain text. */
public record ListBlock(boolean ordered, List<String> items) implements Block {
  public ListBlock {
    items = List.copyOf(items);
  }

  @Override
  public BlockType type() {
    return BlockType.LIST;
  }

  /** The items, one per line. */
  @Override
  public String text() {
    return String.join("\n", items);
  }
}
