package dev.pith.text;

import dev.pith.document.Block;
import dev.pith.document.Diagnostic;
import dev.pith.document.Metadata;
import dev.pith.document.Removal;
import java.util.List;
import java.util.Objects;

/**
 * What {@link FlatTextExtractor} made of a flattened capture: the metadata found in the text, the main content as
 * typed blocks in reading order, every other line with the reason it was left out, and what was lost.
 */
public record FlatText(Metadata metadata, List<Block> blocks, List<Removal> removals, List<Diagnostic> diagnostics) {
  public FlatText {
    Objects.requireNonNull(metadata, "metadata");
    blocks = List.copyOf(blocks);
    removals = List.copyOf(removals);
    diagnostics = List.copyOf(diagnostics);
  }
}
