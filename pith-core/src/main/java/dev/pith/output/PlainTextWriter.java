package dev.pith.output;

import dev.pith.document.ExtractedDocument;

/**
 * The main content as plain text: one block after another, a blank line between blocks, a final newline. Figure
 * captions and credits are left out unless asked for.
 */
public final class PlainTextWriter implements DocumentWriter {
  static final PlainTextWriter INSTANCE = new PlainTextWriter(false);
  static final PlainTextWriter WITH_FIGURES = new PlainTextWriter(true);

  private final boolean figures;

  private PlainTextWriter(boolean figures) {
    this.figures = figures;
  }

  /** A writer that includes figure captions and credits when {@code figures}. */
  public static PlainTextWriter create(boolean figures) {
    return figures ? WITH_FIGURES : INSTANCE;
  }

  @Override
  public String write(ExtractedDocument document) {
    String text = document.text(figures);
    return text.isEmpty() ? "" : text + "\n";
  }
}
