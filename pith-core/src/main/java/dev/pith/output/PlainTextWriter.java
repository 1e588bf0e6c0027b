package dev.pith.output;

import dev.pith.document.ExtractedDocument;

/** The main content as plain text: one block after another, a blank line between blocks, a final newline. */
public final class PlainTextWriter implements DocumentWriter {
  static final PlainTextWriter INSTANCE = new PlainTextWriter();

  private PlainTextWriter() {}

  @Override
  public String write(ExtractedDocument document) {
    String text = document.text();
    return text.isEmpty() ? "" : text + "\n";
  }
}
