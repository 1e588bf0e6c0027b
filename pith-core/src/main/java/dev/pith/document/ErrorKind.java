package dev.pith.document;

import java.util.Locale;

/**
 * Why a capture gave no document. Rejections are inputs that are not what pith extracts from; failures are inputs
 * that broke a limit or the pipeline.
 */
public enum ErrorKind {
  /** Nothing in it: zero bytes, or only whitespace. */
  EMPTY(true, "the input is empty"),
  /** Binary data (an image, a PDF, an archive, random bytes), not text or markup. */
  NOT_TEXT(true, "the input is binary, not text or HTML"),
  /** A declared type pith does not extract from (image/*, application/pdf, ...). */
  UNSUPPORTED_TYPE(true, "the content type is not HTML or text"),
  /** More bytes (raw or decompressed) than the limit allows. */
  TOO_LARGE(false, "the input is larger than the byte limit"),
  /** Elements nested deeper than the limit allows. */
  TOO_DEEP(false, "elements are nested deeper than the depth limit"),
  /** More DOM nodes than the limit allows. */
  TOO_MANY_NODES(false, "the page has more nodes than the node limit"),
  /** The per-document time budget ran out. */
  TIMEOUT(false, "extraction ran past its time budget"),
  /** The input ends before its own framing says it should (a cut gzip stream, a short record). */
  TRUNCATED(false, "the input is truncated"),
  /** The input's framing is broken beyond repair (a corrupt gzip stream, an unreadable record). */
  MALFORMED(false, "the input is malformed"),
  /** The input could not be read at all (a missing file, an I/O error). */
  UNREADABLE(false, "the input could not be read"),
  /** A bug in pith, caught at the boundary so that a batch goes on. */
  INTERNAL_ERROR(false, "pith failed on this input (a bug: please report it with the input)");

  private final boolean rejection;
  private final String summary;

  ErrorKind(boolean rejection, String summary) {
    this.rejection = rejection;
    this.summary = summary;
  }

  /** True for kinds reported as {@code Extraction.Rejected}, false for {@code Extraction.Failed}. */
  public boolean isRejection() {
    return rejection;
  }

  /** One sentence saying what the kind means. */
  public String summary() {
    return summary;
  }

  /** The lower-case name used in JSON output, e.g. {@code "too_large"}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
