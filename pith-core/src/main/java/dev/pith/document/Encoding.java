package dev.pith.document;

import java.util.List;
import java.util.Objects;

/**
 * How the capture's bytes became text.
 *
 * @param charset the charset the bytes were decoded with (canonical Java name)
 * @param evidence what decided it: {@code bom}, {@code http-header}, {@code meta}, {@code xml-declaration},
 *     {@code detected}, {@code default}, or {@code given} when the caller passed text
 * @param repairs repairs made to text that had been decoded wrongly before it reached pith, in order; replayed on
 *     the decoded text they give the repaired text, before what is output is brought to Unicode NFC
 */
public record Encoding(String charset, String evidence, List<RepairStep> repairs) {
  public Encoding {
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(evidence, "evidence");
    repairs = List.copyOf(repairs);
  }
}
