package dev.pith.document;

import java.util.List;
import java.util.Objects;

/**
 * The article pith found in one capture: metadata, the main content as typed blocks in reading order, what was
 * left out and why, and notes on anything lost.
 */
public record ExtractedDocument(
    Metadata metadata,
    List<Block> blocks,
    List<Removal> removals,
    List<Diagnostic> diagnostics,
    Encoding encoding) {

  public ExtractedDocument {
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(encoding, "encoding");
    blocks = List.copyOf(blocks);
    removals = List.copyOf(removals);
    diagnostics = List.copyOf(diagnostics);
  }

  /**
   * The main content as plain text: the blocks' texts separated by a blank line. Figure captions and credits are
   * left out: they describe pictures the text does not have; so are boxes set apart from the running text
   * ({@link Aside}), which would break it (see {@link #text(boolean)}).
   */
  public String text() {
    return text(false);
  }

  /** The main content as plain text, with figure captions and credits, and boxes, when {@code withFigures}. */
  public String text(boolean withFigures) {
    StringBuilder out = new StringBuilder();
    for (Block block : blocks) {
      if (!withFigures && (block instanceof Figure || block instanceof Aside)) {
        continue;
      }
      String text = block.text();
      if (text.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(text);
    }
    return out.toString();
  }
}
