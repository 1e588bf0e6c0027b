package dev.pith.document;

import java.util.Objects;

/**
 * Something a corpus builder may want to know about a document that is not an error: text that was lost and
 * cannot be restored, a guess that was made, a limit that was approached.
 *
 * @param code a stable, lower-case identifier such as {@code lossy_encoding} or {@code empty_counter}
 * @param message what happened, for a person
 * @param where where in the capture, or empty
 */
public record Diagnostic(String code, String message, String where) {
  public Diagnostic {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(where, "where");
  }

  public static Diagnostic of(String code, String message) {
    return new Diagnostic(code, message, "");
  }
}
