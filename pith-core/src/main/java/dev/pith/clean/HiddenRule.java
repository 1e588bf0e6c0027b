package dev.pith.clean;

import dev.pith.document.RemovalReason;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Nodes a reader does not see: the {@code hidden} attribute, inline {@code display:none} or
 * {@code visibility:hidden}, {@code aria-hidden="true"}, and the common utility classes for screen-reader-only or
 * hidden text. A hidden node holding most of the page's text is kept: pages often hide their body until a script
 * reveals it.
 */
final class HiddenRule implements CleaningRule {
  static final Set<String> HIDDEN_CLASSES = Set.of(
      "hidden", "hide", "is-hidden", "u-hidden", "d-none", "sr-only", "visually-hidden", "visuallyhidden",
      "screen-reader-text", "screen-reader-only", "screenreader", "offscreen", "invisible", "element-invisible",
      "a11y-hidden", "accessibility", "assistive-text", "hidden-xs-up", "noshow", "display-none");
  /** Most of the page: revealed by script in a browser, so content for us. */
  private static final double KEEP_SHARE = 0.5;

  @Override
  public @Nullable Verdict judge(Element element, CleaningContext context) {
    String detail = hiddenBy(element);
    if (detail == null || context.textShare(element) > KEEP_SHARE) {
      return null;
    }
    return new Verdict(RemovalReason.HIDDEN, detail);
  }

  private static @Nullable String hiddenBy(Element element) {
    if (element.attributesSize() == 0) {
      return null; // without asking for the attributes, which jsoup would allocate
    }
    var attrs = element.attributes();
    // React streams server-rendered content into hidden templates (id "S:0", "S:1f") that a script moves into
    // place: for readers it is the page.
    if (attrs.hasKeyIgnoreCase("hidden") && !attrs.getIgnoreCase("id").startsWith("S:")) {
      return "hidden attribute";
    }
    if ("true".equalsIgnoreCase(attrs.getIgnoreCase("aria-hidden"))
        && !element.nameIs("img") && !element.nameIs("figure")) {
      return "aria-hidden=\"true\"";
    }
    if (element.nameIs("input") && "hidden".equalsIgnoreCase(attrs.getIgnoreCase("type"))) {
      return "input type=hidden";
    }
    String style = attrs.getIgnoreCase("style");
    if (!style.isEmpty()) {
      if (declares(style, "display", "none")) {
        return "style display:none";
      }
      if (declares(style, "visibility", "hidden")) {
        return "style visibility:hidden";
      }
    }
    String cls = attrs.getIgnoreCase("class");
    int n = cls.length();
    int i = 0;
    while (i < n) {
      // class tokens by hand: classNames() builds a set for every element
      while (i < n && Character.isWhitespace(cls.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(cls.charAt(i))) {
        i++;
      }
      if (i > start && i - start <= 20) {
        String hidden = hiddenClass(cls, start, i);
        if (hidden != null) {
          return "class=\"" + hidden + "\"";
        }
      }
    }
    return null;
  }

  /**
   * The name in {@link #HIDDEN_CLASSES} that {@code cls[start, end)} lower-cases to, or null; compared in place,
   * without a lower-cased copy of every class name. The names are ASCII without a "k", and the only non-ASCII
   * characters whose lower case is ASCII are the Kelvin sign ("k") and the dotted capital I (which lower-cases to
   * two characters): a token with any other non-ASCII character lower-cases to no name.
   */
  static @Nullable String hiddenClass(String cls, int start, int end) {
    for (String name : HIDDEN_CLASS_NAMES) {
      if (name.length() == end - start && equalsAsciiLowered(cls, start, name)) {
        return name;
      }
    }
    return null;
  }

  private static boolean equalsAsciiLowered(String s, int start, String lowerName) {
    for (int k = 0, m = lowerName.length(); k < m; k++) {
      char c = s.charAt(start + k);
      if (c >= 128) {
        return false;
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + 32);
      }
      if (c != lowerName.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** {@link #HIDDEN_CLASSES} in a fixed order, for the in-place comparison. */
  private static final String[] HIDDEN_CLASS_NAMES = HIDDEN_CLASSES.toArray(new String[0]);

  /** True when an inline style sets {@code property} to {@code value} (any case, any spacing). */
  static boolean declares(String style, String property, String value) {
    int at = 0;
    while ((at = indexOfIgnoreCase(style, property, at)) >= 0) {
      int i = at + property.length();
      while (i < style.length() && style.charAt(i) == ' ') {
        i++;
      }
      if (i < style.length() && style.charAt(i) == ':') {
        i++;
        while (i < style.length() && style.charAt(i) == ' ') {
          i++;
        }
        if (style.regionMatches(true, i, value, 0, value.length())) {
          return true;
        }
      }
      at += property.length();
    }
    return false;
  }

  private static int indexOfIgnoreCase(String s, String part, int from) {
    for (int i = from, last = s.length() - part.length(); i <= last; i++) {
      if (s.regionMatches(true, i, part, 0, part.length())) {
        return i;
      }
    }
    return -1;
  }
}
