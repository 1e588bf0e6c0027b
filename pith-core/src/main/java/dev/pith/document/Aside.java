package dev.pith.document;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A box set apart from the running text by the publisher: an editor's note, a "Why We Wrote This" or "Key points"
 * summary, a fact box. Kept as its own block, so that corpus builders can keep or drop it, instead of being mixed
 * into the body paragraphs (a block quotation would misname it: it quotes no one).
 *
 * @param label the box's label as the page shows it, e.g. {@code Why We Wrote This}, or null when it has none
 * @param body the box's text; paragraphs inside it are separated by {@code '\n'}
 */
public record Aside(@Nullable String label, String body) implements Block {
  public Aside {
    Objects.requireNonNull(body, "body");
  }

  @Override
  public BlockType type() {
    return BlockType.ASIDE;
  }

  /** The label (when there is one), then the body, each on its own line. */
  @Override
  public String text() {
    return label == null || label.isEmpty() ? body : label + "\n" + body;
  }
}
