package dev.pith.document;

import java.util.Objects;

/**
 * A metadata value with the evidence it came from.
 *
 * @param value the value, never blank
 * @param source where it was found, e.g. {@code json-ld}, {@code meta:og:title}, {@code <title>}, {@code url-path}
 */
public record Sourced(String value, String source) {
  public Sourced {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
  }
}
