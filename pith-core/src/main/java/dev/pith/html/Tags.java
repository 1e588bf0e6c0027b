package dev.pith.html;

import java.util.Set;

/** Element names grouped by how extraction treats them. */
public final class Tags {
  private Tags() {}

  /** Elements that end a line of text: a paragraph break before and after. */
  public static final Set<String> BLOCK = Set.of(
      "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div",
      "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
      "header", "hgroup", "hr", "html", "legend", "li", "listing", "main", "menu", "nav", "ol", "p",
      "plaintext", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
      "xmp", "caption", "frameset", "noframes", "picture", "search");

  /** Elements that never hold readable text. */
  public static final Set<String> NEVER_TEXT = Set.of(
      "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "frame", "object",
      "embed", "applet", "audio", "video", "source", "track", "map", "area", "link", "meta", "base",
      "head", "title", "param", "portal", "slot", "dialog", "rt", "rp");

  /** Form controls. */
  public static final Set<String> FORM_CONTROLS = Set.of(
      "input", "select", "option", "optgroup", "textarea", "button", "datalist", "output", "progress",
      "meter", "keygen");

  public static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  public static boolean isBlock(String tag) {
    return BLOCK.contains(tag);
  }

  public static boolean isHeading(String tag) {
    return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
  }
}
