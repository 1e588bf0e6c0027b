package dev.pith.document;

import java.util.List;

/** A table of text cells; the first row is a header row when {@link #header()} is true. */
public record Table(List<List<String>> rows, boolean header) implements Block {
  public Table {
    rows = rows.stream().map(List::copyOf).toList();
  }

  @Override
  public BlockType type() {
    return BlockType.TABLE;
  }

  /** Cells separated by tabs, rows by newlines. */
  @Override
  public String text() {
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(String.join("\t", row));
    }
    return out.toString();
  }
}
