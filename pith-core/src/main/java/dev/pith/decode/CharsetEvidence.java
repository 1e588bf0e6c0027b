package dev.pith.decode;

import java.util.Locale;

/** What decided a charset, strongest first. */
public enum CharsetEvidence {
  /** A byte-order mark at the start of the bytes. */
  BOM,
  /** The charset parameter of the HTTP Content-Type header. */
  HTTP_HEADER,
  /** {@code <meta charset>} or {@code <meta http-equiv="Content-Type">} in the page. */
  META,
  /** The encoding in an {@code <?xml ...?>} declaration. */
  XML_DECLARATION,
  /** The bytes themselves: valid UTF-8, or statistical detection when they are not. */
  DETECTED,
  /** Nothing said anything: the WHATWG default for unlabelled pages (windows-1252), or UTF-8 for pure ASCII. */
  DEFAULT,
  /** The caller passed text that was already decoded. */
  GIVEN;

  /** The lower-case name used in JSON output, e.g. {@code "http-header"}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
