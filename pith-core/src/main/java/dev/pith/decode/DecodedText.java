package dev.pith.decode;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Text decoded from bytes, with the charset used and what decided it.
 *
 * @param text the decoded text
 * @param charset the charset the bytes were decoded with
 * @param evidence what decided the charset
 * @param detail more about the decision, e.g. {@code declared iso-8859-1 in meta, but the bytes are valid UTF-8}
 */
public record DecodedText(String text, Charset charset, CharsetEvidence evidence, String detail) {
  public DecodedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(detail, "detail");
  }
}
