package dev.pith.clean;

import dev.pith.document.RemovalReason;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The page chrome that HTML5 and ARIA name outright: {@code nav}, {@code aside}, {@code footer}, a {@code header}
 * outside the article, and the landmark roles navigation, banner, contentinfo, complementary, search, menu and
 * dialog.
 */
final class SemanticChromeRule implements CleaningRule {
  @Override
  public @Nullable Verdict judge(Element element, CleaningContext context) {
    Verdict verdict = byTagOrRole(element, context);
    if (verdict == null || Protection.holdsMainContent(element, context)
        || context.textShare(element) > Protection.MOST_OF_PAGE || Protection.holdsProse(element, context)) {
      return null;
    }
    return verdict;
  }

  private static @Nullable Verdict byTagOrRole(Element element, CleaningContext context) {
    switch (element.normalName()) {
      case "nav":
        return new Verdict(RemovalReason.NAVIGATION, "<nav>");
      case "aside":
        return new Verdict(RemovalReason.PAGE_CHROME, "<aside>");
      case "footer":
        return new Verdict(RemovalReason.PAGE_CHROME, "<footer>");
      case "header":
        if (!context.insideArticle()) {
          return new Verdict(RemovalReason.PAGE_CHROME, "<header> outside the article");
        }
        break;
      default:
        break;
    }
    String role = element.attr("role");
    if (role.isEmpty()) {
      return null;
    }
    switch (role.trim().toLowerCase(Locale.ROOT)) {
      case "navigation":
      case "menu":
      case "menubar":
        return new Verdict(RemovalReason.NAVIGATION, "role=\"" + role + "\"");
      case "banner":
      case "contentinfo":
      case "complementary":
      case "dialog":
      case "alertdialog":
        return new Verdict(RemovalReason.PAGE_CHROME, "role=\"" + role + "\"");
      case "search":
        return new Verdict(RemovalReason.FORM, "role=\"search\"");
      default:
        return null;
    }
  }
}
