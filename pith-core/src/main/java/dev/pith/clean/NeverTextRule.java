package dev.pith.clean;

import dev.pith.document.RemovalReason;
import dev.pith.html.Tags;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** Scripts, styles, embedded objects and media: nothing a reader reads as text. */
final class NeverTextRule implements CleaningRule {
  @Override
  public @Nullable Verdict judge(Element element, CleaningContext context) {
    String tag = element.normalName();
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
