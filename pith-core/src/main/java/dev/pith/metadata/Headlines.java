package dev.pith.metadata;

import dev.pith.html.ElementHints;
import dev.pith.internal.TextNormalizer;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * The headline a reader sees on the page. Templates misuse {@code h1} in two common ways, and both are recognised:
 * the blog's name in an {@code h1} linked to the home page (the post title then sits in an {@code h2}), and a kicker
 * or section label inside the headline's {@code h1} ("Klimaschutz: ...", handled by the caller with the declared
 * title).
 *
 * @param text the headline text
 * @param marked true when the markup says it is the headline (schema.org, inside the article, a title class),
 *     false when it is merely the page's only {@code h1}
 * @param siteHeading the text of an {@code h1} passed over because it names the site (linked to the home page),
 *     or null; a declared title equal to it names the site too
 * @param bannerHeading the text of the first {@code h1} passed over only for sitting in a header (neither linked
 *     to the home page nor equal to the site name), or null: a page header ({@code <header class=page-header>})
 *     holds the page's own title as often as a masthead holds the site's, and the declared title tells which
 * @param source where it was found: {@code <h1>}, {@code <h2>} or {@code itemprop:headline}
 */
record Headlines(
    String text, boolean marked, @Nullable String siteHeading, @Nullable String bannerHeading, String source) {
  // selectors parsed once: jsoup parses a query string on every call (Evaluators are thread-safe)
  private static final Evaluator HAS_ROLE = QueryParser.parse("[role]");
  private static final Evaluator LINKS = QueryParser.parse("a[href]");
  private static final Evaluator BANNER =
      QueryParser.parse("header, [role=banner], nav, #header, .site-header, #masthead, .masthead");
  private static final Evaluator ARTICLE_OR_MAIN = QueryParser.parse("article, main");
  private static final List<String> TITLE_WORDS = List.of("title", "headline", "heading", "hed");

  /** The page's headline, or null when it has no trustworthy one. */
  static @Nullable Headlines of(PageIndex index, @Nullable String url, @Nullable String siteName) {
    String siteHeading = null;
    String bannerHeading = null;
    for (Element e : index.headlines) {
      boolean namesSite = namesSite(e, url, siteName);
      if (namesSite || isInBanner(e)) {
        if (siteHeading == null && e.nameIs("h1")) {
          siteHeading = text(e);
        }
        if (bannerHeading == null && !namesSite && e.nameIs("h1")) {
          bannerHeading = text(e);
        }
        continue;
      }
      boolean marked = !e.nameIs("h1") || hasAncestor(e, "article", "main") || isTitleClassed(e)
          || index.h1Count == 1;
      String text = text(e);
      if (text != null) {
        return new Headlines(text, marked && isMarkedStrongly(e), siteHeading, bannerHeading, sourceOf(e));
      }
    }
    // The blog pattern: the h1 is the site's name, the post's title is the first titled h2.
    for (Element e : index.titledH2s) {
      if (!namesSite(e, url, siteName) && !isInBanner(e)) {
        String text = text(e);
        if (text != null) {
          return new Headlines(text, false, siteHeading, bannerHeading, sourceOf(e));
        }
      }
    }
    return null;
  }

  private static String sourceOf(Element e) {
    return e.attr("itemprop").equals("headline") ? "itemprop:headline" : "<" + e.normalName() + ">";
  }

  private static boolean isMarkedStrongly(Element e) {
    return !e.nameIs("h1") || hasAncestor(e, "article", "main") || isTitleClassed(e)
        || "main".equalsIgnoreCase(e.closest(HAS_ROLE) == null ? "" : e.closest(HAS_ROLE).attr("role"));
  }

  private static @Nullable String text(Element e) {
    String text = TextNormalizer.collapseSpaces(headlineText(e));
    return text.isEmpty() || text.length() > 300 ? null : text;
  }

  /**
   * Class words of the parts that templates put inside a headline element beside the headline itself: a kicker
   * or roofline above it ("Klimaschutz"), a subtitle or tagline after it.
   */
  private static final java.util.Set<String> ASIDE_WORDS = java.util.Set.of(
      "kicker", "roofline", "overline", "dachzeile", "topline", "eyebrow", "supertitle", "subtitle", "subline",
      "tagline", "spitzmarke", "pretitle", "subheadline", "subhead", "strapline");

  /**
   * The headline element's text without what is not the headline: its kicker, subtitle or tagline (when the rest
   * still holds words), permalink anchors ("¶", "#") and buttons ("Copy item path"). A part classed as the title
   * ({@code <span class="headline">}) is the headline when the element holds more than it.
   */
  static String headlineText(Element e) {
    if (e.childrenSize() == 0) {
      return e.text();
    }
    String once = repeatedCopy(e);
    if (once != null) {
      return once;
    }
    Element titled = null;
    for (Element c : e.getAllElements()) {
      if (c != e && isTitleClassed(c) && !isAside(c) && !c.text().isBlank()) {
        titled = c;
        break;
      }
    }
    // the titled part must be most of the element: a short one is a styled word ("<span class=headingRed>")
    if (titled != null && titled.text().length() < e.text().length()
        && titled.text().length() * 2 >= e.text().length()) {
      return titled.text();
    }
    Element copy = e.clone();
    boolean removed = false;
    for (Element c : copy.getAllElements()) {
      if (c == copy || c.parent() == null) {
        continue;
      }
      if (c.nameIs("button") || isPermalink(c) || isAside(c) || isHiddenCopy(c)) {
        c.remove();
        removed = true;
      }
    }
    if (!removed) {
      return e.text();
    }
    String rest = trimPunctuation(copy.text());
    return rest.codePoints().anyMatch(Character::isLetterOrDigit) ? rest : e.text();
  }

  /**
   * The text of one child when the heading holds nothing but two or more children with the same text: the
   * desktop and mobile copies of a logo or headline ("News News"), of which a browser shows one.
   */
  private static @Nullable String repeatedCopy(Element e) {
    if (e.childrenSize() < 2 || !e.ownText().isBlank()) {
      return null;
    }
    String first = null;
    for (Element c : e.children()) {
      String t = c.text().strip();
      if (t.isEmpty() || first != null && !first.equals(t)) {
        return null;
      }
      first = t;
    }
    return first;
  }

  /**
   * An aria-hidden part with words in it: an animated copy of the headline that a visually hidden span spells
   * out for screen readers. An aria-hidden separator (" – ") between kicker and headline stays.
   */
  private static boolean isHiddenCopy(Element c) {
    return c.attr("aria-hidden").equals("true") && c.text().codePoints().anyMatch(Character::isLetterOrDigit);
  }

  private static boolean isAside(Element c) {
    List<String> words = ElementHints.of(c).words();
    boolean prefix = false;
    boolean heading = false;
    for (String w : words) {
      if (ASIDE_WORDS.contains(w)) {
        return true;
      }
      for (String p : ASIDE_PREFIXES) {
        if (w.startsWith(p) && w.length() > p.length() && isHeadingWord(w.substring(p.length()))) {
          return true; // a compound: "toptitle", "overline"
        }
      }
      prefix |= ASIDE_PREFIXES.contains(w);
      heading |= isHeadingWord(w);
    }
    return prefix && heading; // a compound split apart: "sub-heading", "top-title" (not "pre" alone: code)
  }

  private static boolean isHeadingWord(String w) {
    return w.equals("title") || w.equals("heading") || w.equals("headline") || w.equals("line");
  }

  private static final List<String> ASIDE_PREFIXES = List.of("sub", "top", "pre", "over", "super");

  /** An in-page anchor whose text is a symbol or nothing: the permalink that documentation generators add. */
  private static boolean isPermalink(Element c) {
    if (!c.nameIs("a")) {
      return false;
    }
    String href = c.attr("href");
    String t = c.text().strip();
    return (href.startsWith("#") || ElementHints.of(c).words().contains("headerlink") || c.hasClass("anchor"))
        && t.codePoints().noneMatch(Character::isLetterOrDigit);
  }

  /** Strips the separators a removed kicker leaves behind (": ", " – "). */
  private static String trimPunctuation(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && (Character.isWhitespace(s.charAt(start)) || ":|-–—·•".indexOf(s.charAt(start)) >= 0)) {
      start++;
    }
    while (end > start && (Character.isWhitespace(s.charAt(end - 1)) || ":|-–—·•".indexOf(s.charAt(end - 1)) >= 0)) {
      end--;
    }
    return s.substring(start, end);
  }

  /** True for the site's name in a heading: linked to the home page or equal to the site name. */
  private static boolean namesSite(Element e, @Nullable String url, @Nullable String siteName) {
    if (siteName != null
        && TextNormalizer.forComparison(e.text()).equals(TextNormalizer.forComparison(siteName))) {
      return true;
    }
    for (Element a : e.select(LINKS)) {
      if (isHomeLink(a.attr("href"), url) && a.text().length() * 2 >= e.text().length()) {
        return true;
      }
    }
    return false;
  }

  /** True for a heading in a header or masthead outside the article: the site's name as often as not. */
  private static boolean isInBanner(Element e) {
    Element banner = e.closest(BANNER);
    return banner != null && banner.closest(ARTICLE_OR_MAIN) == null && !hasAncestor(banner, "article", "main");
  }

  private static boolean isHomeLink(String href, @Nullable String url) {
    String h = href.strip();
    if (h.equals("/") || h.equals("./") || h.equals("index.html") || h.equals("#")) {
      return true;
    }
    try {
      URI link = URI.create(h);
      if (link.getHost() == null) {
        return false;
      }
      String path = link.getPath() == null ? "" : link.getPath();
      boolean root = path.isEmpty() || path.equals("/") || path.equals("/index.html");
      if (!root) {
        return false;
      }
      if (url == null) {
        return true;
      }
      String host = URI.create(url).getHost();
      return host != null && stripWww(host).equals(stripWww(link.getHost()));
    } catch (IllegalArgumentException notAUri) {
      return false;
    }
  }

  private static String stripWww(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.startsWith("www.") ? h.substring(4) : h;
  }

  private static boolean isTitleClassed(Element e) {
    for (String w : ElementHints.of(e).words()) {
      if (TITLE_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasAncestor(Element e, String... tags) {
    for (Element a = e.parent(); a != null; a = a.parent()) {
      for (String tag : tags) {
        if (a.nameIs(tag)) {
          return true;
        }
      }
    }
    return false;
  }
}
