package dev.pith.document;

/**
 * One unit of main content, in reading order. A block's {@link #text()} is its plain-text rendering: what the
 * plain-text output prints, and what the benchmarks score.
 */
public sealed interface Block
    permits Paragraph, Heading, ListBlock, Quote, Table, Code, Figure, Aside {

  /** The kind of block, as it is named in JSON output. */
  BlockType type();

  /** The block as plain text; lines inside a block are separated by {@code '\n'}. */
  String text();
}
