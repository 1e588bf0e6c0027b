package dev.pith.clean;

import dev.pith.document.RemovalReason;
import dev.pith.html.Tags;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Form controls, and forms that hold little text. A form holding much of the page is kept: ASP.NET sites wrap the
 * whole page, article included, in one {@code <form>}.
 */
final class FormRule implements CleaningRule {
  /** A form with less of the page's text than this is a search box, a login or a newsletter sign-up. */
  private static final double MAX_FORM_SHARE = 0.2;

  @Override
  public @Nullable Verdict judge(Element element, CleaningContext context) {
    String tag = element.normalName();
    if (Tags.FORM_CONTROLS.contains(tag)) {
      return new Verdict(RemovalReason.FORM, "<" + tag + ">");
    }
    if ((tag.equals("form") || tag.equals("fieldset")) && context.textShare(element) < MAX_FORM_SHARE) {
      return new Verdict(RemovalReason.FORM, "<" + tag + ">");
    }
    return null;
  }
}
