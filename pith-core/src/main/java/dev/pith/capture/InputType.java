package dev.pith.capture;

/** What a capture's payload is, as far as extraction cares. */
public enum InputType {
  /** Decide from the bytes: markup goes the HTML way, anything else the flattened-text way. */
  AUTO,
  /** An HTML (or XHTML) page. */
  HTML,
  /** Text with no markup left: a WET record, a text dump, a copy-paste. */
  TEXT
}
