package dev.pith.document;

import java.text.Normalizer;
import java.util.Objects;

/**
 * A metadata value with the evidence it came from.
 *
 * @param value the value, never blank; in Unicode NFC (as the document's blocks are), whatever form the page used
 * @param source where it was found, e.g. {@code json-ld}, {@code meta:og:title}, {@code <title>}, {@code url-path}
 */
public record Sourced(String value, String source) {
  public Sourced {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
    if (!Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
      value = Normalizer.normalize(value, Normalizer.Form.NFC);
    }
  }
}
