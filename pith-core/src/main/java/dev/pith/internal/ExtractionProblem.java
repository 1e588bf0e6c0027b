package dev.pith.internal;

import dev.pith.document.ErrorKind;
import java.util.Objects;

/**
 * Thrown inside the pipeline when an input breaks a limit or is unreadable; the front door turns it into a
 * rejection or failure record. Never escapes {@code Extractor.extract}.
 */
public final class ExtractionProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorKind kind;

  public ExtractionProblem(ErrorKind kind, String message) {
    super(message, null, false, false); // no stack trace: this is a value, not a bug
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  public ErrorKind kind() {
    return kind;
  }
}
