package dev.pith.server;

import dev.pith.Extraction;
import dev.pith.document.ErrorKind;
import java.util.Objects;

/**
 * An answer other than success: an HTTP status, a stable lower-case {@code error} code that clients can switch on,
 * and a message a person can act on. Thrown by handlers and turned into a JSON body
 * {@code {"error": code, "message": message}} at the one place responses are written.
 */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final int retryAfterSeconds;
  private final String allow;

  ApiError(int status, String code, String message) {
    this(status, code, message, -1);
  }

  ApiError(int status, String code, String message, int retryAfterSeconds) {
    this(status, code, message, retryAfterSeconds, "");
  }

  private ApiError(int status, String code, String message, int retryAfterSeconds, String allow) {
    super(Objects.requireNonNull(message, "message"), null, false, false);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be 4xx or 5xx, was " + status);
    }
    this.status = status;
    this.code = Objects.requireNonNull(code, "code");
    this.retryAfterSeconds = retryAfterSeconds;
    this.allow = allow;
  }

  /** 405 for a method the path does not take; {@code allowed} is the {@code Allow} header, e.g. {@code "GET, POST"}. */
  static ApiError methodNotAllowed(String method, String path, String allowed) {
    return new ApiError(405, "method_not_allowed", path + " takes " + allowed.replace(", ", " or ") + ", not "
        + method, -1, allowed);
  }

  /** The methods for an {@code Allow} header, or empty. */
  String allow() {
    return allow;
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  /** Seconds for a {@code Retry-After} header, or -1 for none. */
  int retryAfterSeconds() {
    return retryAfterSeconds;
  }

  static ApiError badRequest(String code, String message) {
    return new ApiError(400, code, message);
  }

  /**
   * The answer for an extraction that gave no document. The status depends on whether the page came in the request
   * (then 413 and 415 describe the request's own content, as clients expect) or was fetched by the server (then the
   * request itself was fine and the fetched page could not be processed: 422).
   */
  static ApiError of(Extraction extraction, boolean pageInRequest) {
    ErrorKind kind;
    String message;
    if (extraction instanceof Extraction.Rejected r) {
      kind = r.kind();
      message = r.message();
    } else if (extraction instanceof Extraction.Failed f) {
      kind = f.kind();
      message = f.message();
    } else {
      throw new IllegalArgumentException("extraction must be a rejection or failure, was " + extraction.status());
    }
    return new ApiError(status(kind, pageInRequest), kind.jsonName(), message + advice(kind));
  }

  /**
   * The HTTP status for an error kind.
   *
   * <p>TIMEOUT is 422, not 504: the budget is per document and the server bounds concurrency to the cores, so a
   * page that runs out of time will do so again; 504 would tell the client to retry, and 503 is kept for a full
   * queue. INTERNAL_ERROR is 500: it is a bug in pith, not in the input.
   */
  static int status(ErrorKind kind, boolean pageInRequest) {
    return switch (kind) {
      case TOO_LARGE -> pageInRequest ? 413 : 422;
      case NOT_TEXT, UNSUPPORTED_TYPE -> pageInRequest ? 415 : 422;
      case INTERNAL_ERROR -> 500;
      case EMPTY, TOO_DEEP, TOO_MANY_NODES, TIMEOUT, TRUNCATED, MALFORMED, UNREADABLE -> 422;
    };
  }

  /** What the client can do about it, appended to the core's message (which says what happened). */
  private static String advice(ErrorKind kind) {
    return switch (kind) {
      case TOO_LARGE -> " (this server's byte limits are set by its operator; pith extract --max-bytes on the"
          + " command line takes larger pages)";
      case TOO_DEEP, TOO_MANY_NODES -> " (these limits protect the server from hostile pages; a real article page"
          + " stays far below them)";
      case UNSUPPORTED_TYPE -> " (send HTML or text; pass the page's own Content-Type, or none to let pith sniff)";
      case TIMEOUT -> " (the page is too costly for this server's time budget; retrying will not help)";
      case INTERNAL_ERROR -> "";
      default -> "";
    };
  }
}
