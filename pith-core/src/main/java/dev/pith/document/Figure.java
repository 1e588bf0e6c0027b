package dev.pith.document;

import org.jspecify.annotations.Nullable;

/**
 * An image or other illustration with its caption and credit, kept apart from the running text so that corpus
 * builders can drop or keep it.
 */
public record Figure(@Nullable String caption, @Nullable String credit, @Nullable String imageUrl)
    implements Block {

  @Override
  public BlockType type() {
    return BlockType.FIGURE;
  }

  /** Caption, then credit, each on its own line; empty when the figure has neither. */
  @Override
  public String text() {
    StringBuilder out = new StringBuilder();
    if (caption != null && !caption.isEmpty()) {
      out.append(caption);
    }
    if (credit != null && !credit.isEmpty()) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(credit);
    }
    return out.toString();
  }
}
