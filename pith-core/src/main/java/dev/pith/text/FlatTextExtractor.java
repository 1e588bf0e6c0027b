package dev.pith.text;

import dev.pith.document.Block;
import dev.pith.document.Paragraph;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns flattened text into blocks. This first version keeps every non-empty line as a paragraph; the
 * line classifier (titles, figures, boxes, boilerplate) replaces it. Immutable and thread-safe.
 */
public final class FlatTextExtractor {
  private static final FlatTextExtractor INSTANCE = new FlatTextExtractor();

  private FlatTextExtractor() {}

  public static FlatTextExtractor create() {
    return INSTANCE;
  }

  /** The blocks of {@code text}: one paragraph per non-empty line. */
  public List<Block> blocks(String text) {
    List<Block> blocks = new ArrayList<>();
    for (String line : text.split("\r?\n")) {
      String t = line.strip();
      if (!t.isEmpty()) {
        blocks.add(new Paragraph(t));
      }
    }
    return blocks;
  }
}
