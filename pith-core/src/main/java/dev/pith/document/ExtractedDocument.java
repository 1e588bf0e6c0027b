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

  /** The main content as plain text: the blocks' texts separated by a blank line. */
  public String text() {
    StringBuilder out = new StringBuilder();
    for (Block block : blocks) {
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
