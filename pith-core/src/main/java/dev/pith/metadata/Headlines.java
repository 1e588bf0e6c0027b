package dev.pith.metadata;

import dev.pith.html.ElementHints;
import dev.pith.internal.TextNormalizer;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
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
 * @param source where it was found: {@code <h1>}, {@code <h2>} or {@code itemprop:headline}
 */
record Headlines(String text, boolean marked, @Nullable String siteHeading, String source) {
  private static final List<String> TITLE_WORDS = List.of("title", "headline", "heading", "hed");

  /** The page's headline, or null when it has no trustworthy one. */
  static @Nullable Headlines of(PageIndex index, @Nullable String url, @Nullable String siteName) {
    String siteHeading = null;
    for (Element e : index.headlines) {
      if (!isUsable(e, url, siteName)) {
        if (siteHeading == null && e.nameIs("h1")) {
          siteHeading = text(e);
        }
        continue;
      }
      boolean marked = !e.nameIs("h1") || hasAncestor(e, "article", "main") || isTitleClassed(e)
          || index.h1Count == 1;
      String text = text(e);
      if (text != null) {
        return new Headlines(text, marked && isMarkedStrongly(e), siteHeading, sourceOf(e));
      }
    }
    // The blog pattern: the h1 is the site's name, the post's title is the first titled h2.
    for (Element e : index.titledH2s) {
      if (isUsable(e, url, siteName)) {
        String text = text(e);
        if (text != null) {
          return new Headlines(text, false, siteHeading, sourceOf(e));
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
        || "main".equalsIgnoreCase(e.closest("[role]") == null ? "" : e.closest("[role]").attr("role"));
  }

  private static @Nullable String text(Element e) {
    String text = TextNormalizer.collapseSpaces(e.text());
    return text.isEmpty() || text.length() > 300 ? null : text;
  }

  /** False for the site's name in a heading: linked to the home page, equal to the site name, in the masthead. */
  private static boolean isUsable(Element e, @Nullable String url, @Nullable String siteName) {
    if (siteName != null
        && TextNormalizer.forComparison(e.text()).equals(TextNormalizer.forComparison(siteName))) {
      return false;
    }
    for (Element a : e.select("a[href]")) {
      if (isHomeLink(a.attr("href"), url) && a.text().length() * 2 >= e.text().length()) {
        return false;
      }
    }
    Element banner = e.closest("header, [role=banner], nav, #header, .site-header, #masthead, .masthead");
    return banner == null || banner.closest("article, main") != null || hasAncestor(banner, "article", "main");
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
