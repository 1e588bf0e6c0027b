package dev.pith.metadata;

import dev.pith.html.PageHints;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * The elements metadata is read from, collected in one pass over the page: meta tags, JSON-LD scripts, the
 * canonical link, headline candidates, byline candidates, schema.org item types. Asking jsoup a dozen selector
 * queries instead walks the page a dozen times. One per page; not thread-safe.
 */
public final class PageIndex {
  final List<Element> metas = new ArrayList<>();
  final List<String> jsonLd = new ArrayList<>();
  final List<Element> headlines = new ArrayList<>();
  final List<Element> titledH2s = new ArrayList<>();
  /** The first {@value #MAX_SUBHEADINGS} {@code h2} and {@code h3} elements: a title part they repeat is the title. */
  final List<Element> subheadings = new ArrayList<>();
  final List<Element> bylines = new ArrayList<>();
  final List<String> itemTypes = new ArrayList<>();
  /** The elements that may hold the article, for {@link DateMarkup}: see {@link DateMarkup#mayBeArticleScope}. */
  final List<Element> articleScopes = new ArrayList<>();
  /** The class and id words of the page's elements, for every stage that reads them. */
  final PageHints hints;
  @Nullable Element canonical;
  @Nullable Element title;
  int h1Count;

  static final int MAX_SUBHEADINGS = 40;

  private PageIndex(PageHints hints) {
    this.hints = hints;
  }

  /** Indexes {@code doc}. */
  public static PageIndex of(Document doc) {
    return of(doc, new PageHints());
  }

  /** Indexes {@code doc}, whose elements' class and id words {@code hints} holds (or will). */
  public static PageIndex of(Document doc, PageHints hints) {
    Collector collector = collector(hints);
    NodeTraversor.traverse(collector, doc);
    return collector.index();
  }

  /**
   * A visitor that indexes the elements of a walk over a whole page from its document node (see
   * {@link dev.pith.html.HtmlParsing#parse(String, String, int, int, NodeVisitor...)}), as {@link #of} does.
   */
  public static Collector collector(PageHints hints) {
    return new Collector(new PageIndex(hints));
  }

  /** Adds each element it visits to its index. */
  public static final class Collector implements NodeVisitor {
    private final PageIndex index;

    private Collector(PageIndex index) {
      this.index = index;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element e) {
        index.add(e);
      }
    }

    /** The index of the elements visited. */
    public PageIndex index() {
      return index;
    }
  }

  private void add(Element e) {
    String tag = e.normalName();
    if (DateMarkup.mayBeArticleScope(e, tag)) {
      articleScopes.add(e);
    }
    switch (tag) {
      case "meta" -> metas.add(e);
      case "script" -> {
        if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
          jsonLd.add(e.data());
        }
      }
      case "link" -> {
        if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical") && e.hasAttr("href")) {
          canonical = e;
        }
      }
      case "title" -> {
        if (title == null) {
          title = e;
        }
      }
      case "h1" -> {
        headlines.add(e);
        h1Count++;
      }
      case "h3" -> {
        if (subheadings.size() < MAX_SUBHEADINGS) {
          subheadings.add(e);
        }
      }
      case "h2" -> {
        if (subheadings.size() < MAX_SUBHEADINGS) {
          subheadings.add(e);
        }
        String cls = e.attr("class");
        if (cls.contains("entry-title") || cls.contains("post-title") || cls.contains("article-title")
            || e.attr("itemprop").equals("headline")) {
          titledH2s.add(e);
        }
      }
      default -> { }
    }
    // attr() above answers "" for an element without attributes; attributes() would allocate a list for it
    if (e.attributesSize() == 0) {
      return;
    }
    var attrs = e.attributes();
    String itemprop = attrs.getIgnoreCase("itemprop");
    if (itemprop.equals("headline") && !tag.equals("h1") && !tag.equals("meta")) {
      headlines.add(e);
    }
    String itemtype = attrs.getIgnoreCase("itemtype");
    if (!itemtype.isEmpty()) {
      itemTypes.add(itemtype);
    }
    if (itemprop.equals("author") || attrs.getIgnoreCase("rel").equals("author") || isBylineClassed(e)) {
      bylines.add(e);
    }
  }

  private boolean isBylineClassed(Element e) {
    String cls = e.attributes().getIgnoreCase("class");
    if (cls.isEmpty()) {
      return false;
    }
    // every byline class name and word contains "aut" or "byline": most classed elements fail this cheap scan and
    // skip the class-name comparison and the split
    boolean inClass = mentionsByline(cls);
    if (!inClass && !mentionsByline(e.attributes().getIgnoreCase("id"))) {
      return false;
    }
    if (inClass && hasClassName(cls, BYLINE_CLASS_NAMES)) {
      return true;
    }
    // compounds: "post-author-name", "entry-meta-author", "byline__author", "auteurs"; not a comment's author,
    // an author's picture or biography box
    boolean author = false;
    for (String w : hints.of(e).words()) {
      if (NOT_BYLINE_WORDS.contains(w)) {
        return false;
      }
      author |= BYLINE_WORDS.contains(w);
    }
    return author;
  }

  /** Class names that make a byline by themselves. */
  private static final List<String> BYLINE_CLASS_NAMES = List.of("byline", "author", "byline-author", "article-author");

  /**
   * Whether one of the class names in {@code cls} (a {@code class} value) equals one of {@code names}, as
   * {@code Element.classNames().contains} tells, without the regex split and the set it builds for every element.
   */
  static boolean hasClassName(String cls, List<String> names) {
    String value = cls; // not trimmed: a control character is part of a class name, as in jsoup and browsers
    int n = value.length();
    int i = 0;
    while (i < n) {
      while (i < n && isClassSeparator(value.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isClassSeparator(value.charAt(i))) {
        i++;
      }
      for (String name : names) {
        if (name.length() == i - start && value.startsWith(name, start)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The characters class names are split at: HTML's ASCII whitespace, as jsoup splits them since 1.23. */
  private static boolean isClassSeparator(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }

  /** Whether {@code value} holds "aut" or "byline" in any case: {@link #containsFolded} for both in one scan. */
  static boolean mentionsByline(String value) {
    for (int i = 0, n = value.length(); i < n; i++) {
      char c = lower(value.charAt(i));
      if (c == 'a' && foldedAt(value, i, "aut") || c == 'b' && foldedAt(value, i, "byline")) {
        return true;
      }
    }
    return false;
  }

  private static boolean foldedAt(String value, int at, String lowerNeedle) {
    int m = lowerNeedle.length();
    if (at + m > value.length()) {
      return false;
    }
    for (int k = 0; k < m; k++) {
      if (lower(value.charAt(at + k)) != lowerNeedle.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** {@code Character.toLowerCase}, with ASCII answered without the table lookup. */
  private static char lower(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return Character.toLowerCase(c);
  }

  /** Whether {@code value} holds {@code lowerNeedle}, lower-casing char by char as {@code ElementHints} does. */
  static boolean containsFolded(String value, String lowerNeedle) {
    int m = lowerNeedle.length();
    for (int i = 0, last = value.length() - m; i <= last; i++) {
      int k = 0;
      while (k < m && Character.toLowerCase(value.charAt(i + k)) == lowerNeedle.charAt(k)) {
        k++;
      }
      if (k == m) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> BYLINE_WORDS = java.util.Set.of(
      "author", "authors", "byline", "auteur", "auteurs", "autor", "autoren", "autore", "autori");
  private static final java.util.Set<String> NOT_BYLINE_WORDS = java.util.Set.of(
      "comment", "comments", "reply", "avatar", "bio", "biography", "description", "about", "box", "image", "img",
      "photo", "picture", "list", "widget", "more", "other", "related", "social", "follow");
}
