package dev.pith.boilerplate;

import java.util.regex.Pattern;

/**
 * Text that is really markup or code: tags that reached the text because a {@code noscript} in the head was read
 * as text, or a template was escaped twice.
 */
final class LeakedMarkup {
  private static final Pattern TAG = Pattern.compile("</?(img|a|div|span|iframe|script|p|br|input|link|meta)\\b[^<>]{0,300}>",
      Pattern.CASE_INSENSITIVE);

  private LeakedMarkup() {}

  /** True when tags make up a large part of the text. */
  static boolean isLeaked(String text) {
    if (text.indexOf('<') < 0) {
      return false;
    }
    var m = TAG.matcher(text);
    int tagChars = 0;
    while (m.find()) {
      tagChars += m.end() - m.start();
    }
    return tagChars * 2 > text.length();
  }
}
