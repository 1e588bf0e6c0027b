package dev.pith;

import dev.pith.capture.SourceRef;
import dev.pith.document.ErrorKind;
import dev.pith.document.ExtractedDocument;
import java.util.Objects;

/**
 * The outcome of extracting one capture: exactly one of {@link Success}, {@link Rejected} or {@link Failed}. Every
 * capture yields exactly one, so batch counts always add up: {@code in = ok + rejected + failed}.
 */
public sealed interface Extraction permits Extraction.Success, Extraction.Rejected, Extraction.Failed {

  /** Where the capture came from. */
  SourceRef source();

  /** {@code ok}, {@code rejected} or {@code failed}, as printed in summaries and JSON. */
  String status();

  /** Builds the rejection or failure that {@code kind} belongs to. */
  static Extraction problem(SourceRef source, ErrorKind kind, String message) {
    return kind.isRejection()
        ? new Rejected(source, kind, message)
        : new Failed(source, kind, message);
  }

  /** A document was extracted (it may have no blocks when the page has no main content). */
  record Success(SourceRef source, ExtractedDocument document) implements Extraction {
    public Success {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(document, "document");
    }

    @Override
    public String status() {
      return "ok";
    }
  }

  /** The input is not something pith extracts from (empty, binary, another media type). */
  record Rejected(SourceRef source, ErrorKind kind, String message) implements Extraction {
    public Rejected {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(message, "message");
      if (!kind.isRejection()) {
        throw new IllegalArgumentException("kind must be a rejection, was " + kind);
      }
    }

    @Override
    public String status() {
      return "rejected";
    }
  }

  /** The input broke a limit, was truncated or malformed, or hit a bug. */
  record Failed(SourceRef source, ErrorKind kind, String message) implements Extraction {
    public Failed {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(message, "message");
      if (kind.isRejection()) {
        throw new IllegalArgumentException("kind must be a failure, was " + kind);
      }
    }

    @Override
    public String status() {
      return "failed";
    }
  }
}
