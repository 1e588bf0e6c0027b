package dev.pith.repair;

/**
 * What a wrong decoder did with bytes it could not map, in the terms of Python's {@code errors=} argument (the broken
 * text of the shared test sets was made with CPython, and most web mojibake comes from decoders that behave alike).
 */
enum DecodeErrors {
  /** Undecodable input is an error: the text could not have been produced. */
  STRICT,
  /** Each undecodable byte became U+FFFD. */
  REPLACE,
  /** Undecodable bytes were dropped without a trace. */
  IGNORE,
  /** Single-byte codecs only: an unmapped byte became the C1 control of the same value (browsers' windows-125x). */
  SLOPPY
}
