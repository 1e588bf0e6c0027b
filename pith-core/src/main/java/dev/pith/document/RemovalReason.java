package dev.pith.document;

import java.util.Locale;

/** Why a piece of the capture is not part of the main content. */
public enum RemovalReason {
  /** Scripts, styles, templates, embedded objects: never readable text. */
  NOT_TEXT,
  /** Hidden from readers (hidden attribute, display:none, aria-hidden). */
  HIDDEN,
  /** Menus, breadcrumbs, pagination, skip links. */
  NAVIGATION,
  /** Forms, search boxes, buttons. */
  FORM,
  /** Cookie, consent and privacy banners. */
  CONSENT,
  /** Share, like, follow and print bars. */
  SHARE,
  /** Advertising and sponsored slots. */
  ADVERTISEMENT,
  /** Paywall meters, subscription and newsletter pitches. */
  SUBSCRIPTION,
  /** Lists of related, recommended or popular articles. */
  RELATED,
  /** Reader comments (kept when the caller asks for them). */
  COMMENTS,
  /** Page header, footer, sidebar, copyright lines. */
  PAGE_CHROME,
  /** Mostly link text: a directory of links rather than prose. */
  LINK_DENSE,
  /** Outside the region that holds the main content. */
  OUTSIDE_CONTENT,
  /** Too short or too fragmentary to be content in its context. */
  TOO_SHORT,
  /** Repeats text already kept (or repeated across many pages of a site). */
  DUPLICATE,
  /** Taken into the metadata instead (headline, byline, date line). */
  METADATA,
  /** Known boilerplate text: labels, meters, calls to action. */
  BOILERPLATE_TEXT,
  /** Bare URL, path or file name standing alone. */
  BARE_URL;

  /** The lower-case name used in JSON output, e.g. {@code "link_dense"}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
