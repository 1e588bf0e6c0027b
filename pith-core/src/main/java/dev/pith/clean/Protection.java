package dev.pith.clean;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Whether an element must survive a hint-based removal because it holds the main content: a {@code main},
 * {@code role="main"} or {@code itemprop="articleBody"} inside it, an {@code article} holding a good part of the
 * page, or, for the weaker hints, most of the page's text. Class names lie often enough (a "header" wrapping the
 * whole page, "sidebar-layout" around the article) that a removal must never take the article with it.
 */
final class Protection {
  // selectors parsed once: jsoup parses a query string on every call (Evaluators are thread-safe)
  private static final Evaluator H1 = QueryParser.parse("h1");
  /** An article holding this share of the page's text is the content, not a teaser. */
  private static final double ARTICLE_SHARE = 0.3;
  /** An element with this share of the page's text survives any weak hint. */
  static final double MOST_OF_PAGE = 0.5;

  private Protection() {}

  static boolean holdsMainContent(Element element, CleaningContext context) {
    String tag = element.normalName();
    if (tag.equals("body") || tag.equals("html") || tag.equals("main")) {
      return true;
    }
    if (isMainMarker(element)) {
      return true;
    }
    if (context.stats.textLength(element) < 200) {
      return false; // too little text to hold an article: skip the descendant search
    }
    // a walk that stops at the first find, instead of a list of every descendant
    boolean[] found = new boolean[1];
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node != element && node instanceof Element e && (e.nameIs("main") || isMainMarker(e)
            || e.nameIs("article") && context.textShare(e) >= ARTICLE_SHARE)) {
          found[0] = true;
          return FilterResult.STOP;
        }
        return FilterResult.CONTINUE;
      }
    }, element);
    return found[0];
  }

  /** Prose this long (non-whitespace characters) is never page chrome, whatever its class says. */
  private static final int PROSE_CHARS = 800;
  /** Prose has at most this share of link text. */
  private static final double PROSE_LINK_DENSITY = 0.3;

  /**
   * True when the element holds a body of prose: long text with few links. Class names are reused by page
   * builders for everything ({@code elementor-widget}, AEM's {@code cmp-container}); a hint alone must not take
   * prose away.
   */
  static boolean holdsProse(Element element, CleaningContext context) {
    return context.stats.textLength(element) >= PROSE_CHARS
        && context.stats.linkDensity(element) < PROSE_LINK_DENSITY;
  }

  /** A share of the page's text above which an element holding the page's {@code h1} is taken for the article. */
  private static final double HEADLINE_SHARE = 0.25;

  /**
   * True when the element holds an {@code h1} and a good part of the page's text: the article with its headline,
   * not a site header with a logo in an {@code h1}.
   */
  static boolean holdsHeadline(Element element, CleaningContext context) {
    return context.textShare(element) >= HEADLINE_SHARE && element.selectFirst(H1) != null;
  }

  static boolean isMainMarker(Element e) {
    if (e.attributesSize() == 0) {
      return false; // without asking for the attributes, which jsoup would allocate
    }
    var attrs = e.attributes();
    String itemprop = attrs.getIgnoreCase("itemprop");
    if (!itemprop.isEmpty() && (itemprop.contains("articleBody") || itemprop.contains("articlebody"))) {
      return true;
    }
    return "main".equalsIgnoreCase(attrs.getIgnoreCase("role"));
  }
}
