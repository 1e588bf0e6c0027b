package dev.pith.output;

import dev.pith.document.ExtractedDocument;

/** Renders a document in one format. Implementations are immutable and thread-safe. */
public interface DocumentWriter {
  /** The whole document in this format. */
  String write(ExtractedDocument document);
}
