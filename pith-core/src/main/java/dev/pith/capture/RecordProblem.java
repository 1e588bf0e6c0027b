package dev.pith.capture;

import dev.pith.document.ErrorKind;
import java.util.Objects;

/** A record that cannot become a page, as a value with its kind; caught within this package, never escapes it. */
final class RecordProblem extends Exception {
  private static final long serialVersionUID = 1L;

  private final ErrorKind kind;

  RecordProblem(ErrorKind kind, String message) {
    super(message, null, false, false);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  ErrorKind kind() {
    return kind;
  }
}
