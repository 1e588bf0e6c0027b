package dev.pith.clean;

import dev.pith.document.RemovalReason;
import dev.pith.html.Tags;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Scripts, styles, embedded objects and media: nothing a reader reads as text. A {@code noscript} holding much of
 * the page is the exception: script-rendered sites (forums, single-page apps) put their crawler-readable content
 * there, and it is the only content the page has.
 */
final class NeverTextRule implements CleaningRule {
  /** A noscript with this share of the page's text is the page's content. */
  private static final double NOSCRIPT_CONTENT_SHARE = 0.3;

  @Override
  public @Nullable Verdict judge(Element element, CleaningContext context) {
    String tag = element.normalName();
    if (tag.equals("noscript") && context.textShare(element) >= NOSCRIPT_CONTENT_SHARE) {
      return null;
    }
    if (Tags.NEVER_TEXT.contains(tag)) {
      return new Verdict(RemovalReason.NOT_TEXT, "<" + tag + ">");
    }
    // Unknown namespaced tags such as <fb:like> or <g:plusone> are widgets.
    if (tag.indexOf(':') > 0) {
      return new Verdict(RemovalReason.SHARE, "<" + tag + ">");
    }
    return null;
  }
}
