package dev.pith.capture;

import java.util.Locale;

/** Why a source passed over a record that holds no page to extract. */
public enum SkipReason {
  /** A record of a type that holds no capture: warcinfo, request, metadata, revisit, continuation, unknown types. */
  RECORD_TYPE,
  /** A payload that is not HTML (an image, a script, a PDF, plain text served over HTTP). */
  MEDIA_TYPE,
  /** An HTTP response that is not a success (a redirect, an error page, "not modified"). */
  HTTP_STATUS;

  /** The lower-case name used in JSON output, e.g. {@code "media_type"}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
