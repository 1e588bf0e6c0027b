package dev.pith.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The words in an element's {@code class} and {@code id}, split at hyphens, underscores and camel-case humps, so
 * that {@code post-comments}, {@code commentList} and {@code comment_form} all yield {@code comment}-like words
 * while {@code header} does not yield {@code ad}.
 *
 * <p>Taxonomy classes that CMSs put on articles ({@code category-social-media}, {@code tag-share}) say what an
 * article is about, not what role an element plays, and are skipped.
 *
 * @param words lower-case words of the class and id
 * @param joined class and id lower-cased and joined by a space, for stems inside compounds like {@code sharebar}
 */
public record ElementHints(List<String> words, String joined) {
  /** No words: an element without class or id. */
  static final ElementHints NONE = new ElementHints(List.of(), "");
  /** Generated class soups can be huge; the hints are at the front. */
  private static final int MAX_CHARS = 400;
  private static final String[] TAXONOMY_PREFIXES = {
    "category-", "tag-", "tags-", "cat-", "topic-", "section-", "format-", "type-", "status-", "postid-",
    "author-", "term-", "language-", "lang-"
  };

  public static ElementHints of(Element element) {
    if (element.attributesSize() == 0) {
      return NONE; // without asking for the attributes, which jsoup would allocate
    }
    String cls = element.attributes().getIgnoreCase("class");
    String id = element.attributes().getIgnoreCase("id");
    if (cls.isEmpty() && id.isEmpty()) {
      return NONE;
    }
    List<String> words = new ArrayList<>(6);
    StringBuilder joined = new StringBuilder();
    int budget = MAX_CHARS;
    int n = cls.length();
    int i = 0;
    while (i < n && budget > 0) {
      // class tokens split on whitespace by hand: String.split compiles a regex on every call
      while (i < n && Character.isWhitespace(cls.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(cls.charAt(i))) {
        i++;
      }
      if (start == i) {
        break;
      }
      String token = cls.substring(start, i);
      String lower = token.toLowerCase(Locale.ROOT);
      if (isTaxonomy(lower)) {
        continue;
      }
      budget -= token.length();
      split(token, words);
      joined.append(lower).append(' ');
    }
    if (!id.isEmpty() && id.length() <= MAX_CHARS) {
      split(id, words);
      joined.append(id.toLowerCase(Locale.ROOT));
    }
    return new ElementHints(List.copyOf(words), joined.toString());
  }

  static boolean isTaxonomy(String token) {
    for (String prefix : TAXONOMY_PREFIXES) {
      if (token.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  static void split(String value, List<String> out) {
    int start = -1; // where the current word began; -1 between words
    boolean lowerAscii = true; // the current word is ASCII without capitals: its own lower case
    boolean prevLower = false;
    for (int i = 0, n = value.length(); i < n; i++) {
      char c = value.charAt(i);
      boolean letterOrDigit;
      boolean upper;
      boolean lower;
      if (c < 128) { // class names are mostly ASCII: answered without Character's tables
        upper = c >= 'A' && c <= 'Z';
        lower = c >= 'a' && c <= 'z';
        letterOrDigit = upper || lower || c >= '0' && c <= '9';
      } else {
        upper = Character.isUpperCase(c);
        lower = Character.isLowerCase(c);
        letterOrDigit = Character.isLetterOrDigit(c);
      }
      boolean hump = upper && prevLower;
      if ((!letterOrDigit || hump) && start >= 0) {
        out.add(word(value, start, i, lowerAscii));
        start = -1;
      }
      if (letterOrDigit) {
        if (start < 0) {
          start = i;
          lowerAscii = true;
        }
        lowerAscii &= c < 128 && !upper;
      }
      prevLower = lower;
    }
    if (start >= 0) {
      out.add(word(value, start, value.length(), lowerAscii));
    }
  }

  /** {@code value[start, end)} lower-cased char by char; most class names are lower-case already and are cut out. */
  private static String word(String value, int start, int end, boolean lowerAscii) {
    if (lowerAscii) {
      return value.substring(start, end);
    }
    StringBuilder word = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      word.append(Character.toLowerCase(value.charAt(i)));
    }
    return word.toString();
  }
}
