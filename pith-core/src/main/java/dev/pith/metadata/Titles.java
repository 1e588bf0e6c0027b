package dev.pith.metadata;

import dev.pith.internal.TextNormalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Takes the site's name off a page title: "Trump-Putin summit prospect brings Moscow in from the cold | The
 * Christian Science Monitor" becomes the headline alone. The part to drop is the one that names the site (when the
 * site name is known), else the part that is not the page's {@code h1}, else, as Readability does, the shorter end
 * part when the rest still has three words or more.
 */
final class Titles {
  /**
   * A separator between title parts: a dash, bar, colon and the like with a space on each side, or a bare bar.
   * Lookarounds, not {@code \\s+}, so that matching stays linear on long runs of spaces.
   */
  private static final Pattern SEPARATOR =
      Pattern.compile("(?<=\\s)(?:[|\\-–—:·•»/\\\\]|::)(?=\\s)|\\|");

  /** Titles with more parts than this are lists (of keywords, sections), not worth matching part runs in. */
  private static final int MAX_PARTS = 12;

  private Titles() {}

  static String clean(String title, @Nullable String siteName, @Nullable String h1) {
    return clean(title, siteName, h1, List::of);
  }

  /**
   * As {@link #clean(String, String, String)}, and when the title has several parts, a run of them that some
   * heading of the page repeats ({@code h2}/{@code h3}: blog themes give the post's title an {@code h2}) is the
   * title: "Four Years Remaining » Blog Archive » Interning of Small Integers" becomes its last part. So is it when
   * the {@code h1} repeats only the title's last part or the head of a trail, the site's name, and another heading
   * repeats a longer run ("Werkzeuge des Neandertalers | Steinzeit &amp; Co" with both as {@code h1}s). The headings are asked for
   * only when the title has parts that no other rule settles.
   */
  static String clean(
      String title, @Nullable String siteName, @Nullable String h1, Supplier<List<String>> headings) {
    String t = TextNormalizer.collapseSpaces(title);
    if (siteName != null) {
      String stripped = stripSite(t, siteName);
      if (stripped != null) {
        return stripped;
      }
    }
    String[] parts = SEPARATOR.split(t);
    for (int i = 0; i < parts.length; i++) {
      parts[i] = parts[i].strip();
    }
    if (parts.length < 2) {
      return t;
    }
    if (h1 != null) {
      String h = TextNormalizer.forComparison(h1);
      if (!h.isEmpty()) {
        if (TextNormalizer.forComparison(t).equals(h)) {
          return t;
        }
        for (int i = 0; i < parts.length; i++) {
          if (TextNormalizer.forComparison(parts[i]).equals(h)) {
            if (i == parts.length - 1 || i == 0 && startsTrail(t, parts[0])) {
              // an h1 that names the site beside another heading that repeats the headline: the site's name ends a
              // title ("Headline | Site") or starts a trail ("Blog » Archive » Headline"), while a title's first
              // part is otherwise the headline itself ("Headline - its subtitle : Site")
              String repeated = partsRepeatedByHeading(t, headings.get(), siteName);
              if (repeated != null && words(repeated) > words(parts[i])
                  && !TextNormalizer.forComparison(repeated).equals(h)) {
                return repeated;
              }
            }
            return parts[i].strip();
          }
        }
      }
    }
    String repeated = partsRepeatedByHeading(t, headings.get(), siteName);
    if (repeated != null) {
      return repeated;
    }
    String first = parts[0].strip();
    String last = parts[parts.length - 1].strip();
    if (siteName != null) {
      String site = TextNormalizer.forComparison(siteName);
      if (!site.isEmpty()) {
        if (matchesSite(last, site)) {
          return before(t, last);
        }
        if (matchesSite(first, site)) {
          return after(t, first);
        }
      }
    }
    if (parts.length > 2) {
      return t; // several separators: sections or a dashed aside, not a guessable site name
    }
    // Unknown site: the last part is the site when it is short and the rest is a headline.
    String rest = before(t, last);
    boolean lastLooksLikeAName = !last.isEmpty() && !Character.isLowerCase(last.codePointAt(0));
    if (lastLooksLikeAName && (words(last) <= 4 && words(rest) >= 3 || words(last) <= 2 && words(rest) >= 2)) {
      return rest;
    }
    String tail = after(t, first);
    if (words(first) <= 3 && words(tail) >= 4) {
      return tail;
    }
    return t;
  }

  /**
   * {@code text} without a first or last separated part that names the site ("Catering Tips | Cookshack"), for
   * headings that repeat the document title's suffix; the text itself when no part names the site.
   */
  static String withoutSite(String text, @Nullable String siteName) {
    if (siteName == null) {
      return text;
    }
    String t = TextNormalizer.collapseSpaces(text);
    String stripped = stripSite(t, siteName);
    if (stripped != null) {
      return stripped;
    }
    String site = TextNormalizer.forComparison(siteName);
    String[] parts = SEPARATOR.split(t);
    if (parts.length < 2 || parts.length > MAX_PARTS || site.isEmpty()) {
      return t;
    }
    String last = parts[parts.length - 1].strip();
    if (matchesSite(last, site)) {
      String rest = before(t, last);
      return rest.isEmpty() ? t : rest;
    }
    return t;
  }

  /** The title without the site's name at its start or end ("Site: Headline", "Headline – Site"), or null. */
  private static @Nullable String stripSite(String t, String siteName) {
    String site = siteName.strip();
    if (site.isEmpty() || site.length() >= t.length()) {
      return null;
    }
    String lowerT = t.toLowerCase(java.util.Locale.ROOT);
    String lowerSite = site.toLowerCase(java.util.Locale.ROOT);
    if (lowerT.startsWith(lowerSite)) {
      String rest = t.substring(site.length());
      String trimmed = trimSeparators(rest);
      if (trimmed.length() < rest.length() && !trimmed.isEmpty() && isSeparatorChar(rest.strip().charAt(0))
          && !joinsWords(t, site.length())) {
        return trimmed;
      }
    }
    if (lowerT.endsWith(lowerSite)) {
      String rest = t.substring(0, t.length() - site.length());
      String trimmed = trimSeparators(rest);
      if (trimmed.length() < rest.length() && !trimmed.isEmpty()
          && isSeparatorChar(rest.stripTrailing().charAt(rest.stripTrailing().length() - 1))
          && !joinsWords(t, rest.length() - 1)) {
        return trimmed;
      }
    }
    return null;
  }

  /**
   * True when the character at {@code at} is a hyphen or slash between two letters or digits: it joins a compound
   * ("GdP-Vize", "Privatkredit-Zinsen"), so a site name it follows or precedes is part of a word, not a prefix.
   */
  private static boolean joinsWords(String t, int at) {
    if (at <= 0 || at >= t.length() - 1) {
      return false;
    }
    char c = t.charAt(at);
    return (c == '-' || c == '/') && Character.isLetterOrDigit(t.charAt(at - 1))
        && Character.isLetterOrDigit(t.charAt(at + 1));
  }

  /** The longest run of separated parts of {@code t} that equals a heading (two words or more), or null. */
  private static @Nullable String partsRepeatedByHeading(String t, List<String> headings, @Nullable String siteName) {
    if (headings.isEmpty()) {
      return null;
    }
    Set<String> wanted = new HashSet<>();
    for (String heading : headings) {
      String h = TextNormalizer.forComparison(heading);
      if (h.indexOf(' ') > 0) {
        wanted.add(h);
      }
    }
    if (wanted.isEmpty()) {
      return null;
    }
    // part boundaries: [start, end) of each part in t
    List<int[]> spans = new ArrayList<>();
    Matcher m = SEPARATOR.matcher(t);
    int from = 0;
    while (m.find()) {
      spans.add(new int[] {from, m.start()});
      from = m.end();
    }
    spans.add(new int[] {from, t.length()});
    if (spans.size() > MAX_PARTS) {
      return null; // not a title but a list; and the runs grow with the square of the parts
    }
    String site = siteName == null ? "" : TextNormalizer.forComparison(siteName);
    String best = null;
    for (int i = 0; i < spans.size(); i++) {
      for (int j = spans.size() - 1; j >= i; j--) {
        if (i == 0 && j == spans.size() - 1) {
          continue; // the whole title is not a part of itself
        }
        String run = trimSeparators(t.substring(spans.get(i)[0], spans.get(j)[1]));
        if ((best == null || run.length() > best.length()) && wanted.contains(TextNormalizer.forComparison(run))
            && (site.isEmpty() || !matchesSite(run, site))) {
          best = run;
        }
      }
    }
    return best;
  }

  /** True when {@code first}, the title's first part, is followed by a trail's separator ({@code »}, {@code /}). */
  private static boolean startsTrail(String title, String first) {
    int at = title.indexOf(first) + first.length();
    while (at < title.length() && Character.isWhitespace(title.charAt(at))) {
      at++;
    }
    return at < title.length() && "»›/>\\".indexOf(title.charAt(at)) >= 0;
  }

  private static boolean matchesSite(String part, String site) {
    String p = TextNormalizer.forComparison(part);
    if (p.isEmpty()) {
      return false;
    }
    String compactP = p.replace(" ", "");
    String compactSite = site.replace(" ", "");
    return compactP.equals(compactSite) || compactSite.contains(compactP) && compactP.length() >= 3
        || compactP.contains(compactSite) && compactP.length() <= compactSite.length() + 12;
  }

  /** Everything before the last occurrence of {@code part}, separator trimmed. */
  private static String before(String title, String part) {
    int at = title.lastIndexOf(part);
    return trimSeparators(title.substring(0, Math.max(at, 0)));
  }

  private static String after(String title, String part) {
    int at = title.indexOf(part);
    return trimSeparators(title.substring(at + part.length()));
  }

  private static String trimSeparators(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSeparatorChar(s.charAt(start))) {
      start++;
    }
    while (end > start && isSeparatorChar(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isSeparatorChar(char c) {
    return Character.isWhitespace(c) || "|-–—:·•»/\\".indexOf(c) >= 0;
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
