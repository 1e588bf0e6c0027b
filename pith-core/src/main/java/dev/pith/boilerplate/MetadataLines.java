package dev.pith.boilerplate;

import dev.pith.html.PageHints;
import dev.pith.internal.DateLines;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Recognises the short lines that carry an article's metadata rather than its content: date lines ("Updated
 * 12:26 PM EST, Nov 18, 2019"), bylines ("By Jane Doe"), and short blocks the page itself marks as byline, date or
 * author. They belong in the metadata, which reads them from the markup.
 */
final class MetadataLines {
  /** Metadata lines are short. */
  static final int MAX_CHARS = 100;

  private static final Pattern BYLINE = Pattern.compile(
      "(by|von|por|par|di|door|av|från|przez|автор|written by|posted by|published by|words by|reporting by)"
          + "[:\\s]+\\p{Lu}[\\p{L}.'’-]*(\\s+\\p{Lu}?[\\p{L}.'’-]*){0,5}"
          + "([,|·•/–—-].{0,60})?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Set<String> MARKED = Set.of(
      "byline", "bylines", "author", "authors", "dateline", "date", "time", "timestamp", "published",
      "pubdate", "posted", "meta", "postmeta", "entrymeta", "articlemeta", "info", "credits", "writer");

  private MetadataLines() {}

  /** True when {@code text} (a short block) is a date line, a byline, or marked by the page as one. */
  static boolean isMetadataLine(String text, Element element, PageHints hints) {
    if (text.length() > MAX_CHARS || text.indexOf('\n') >= 0 && text.length() > 60) {
      return false;
    }
    String t = text.strip();
    return DateLines.isDateLine(t) || BYLINE.matcher(t).matches() || isMarked(element, hints) && !endsSentence(t);
  }

  private static boolean isMarked(Element element, PageHints hints) {
    for (Element e = element; e != null && e != element.parent().parent(); e = e.parent()) {
      for (String w : hints.of(e).words()) {
        if (MARKED.contains(w)) {
          return true;
        }
      }
      if (e.parent() == null) {
        break;
      }
    }
    return false;
  }

  private static boolean endsSentence(String t) {
    return t.length() > 40 && (t.endsWith(".") || t.endsWith("!") || t.endsWith("?"));
  }
}
