package dev.pith.metadata;

import dev.pith.document.Sourced;
import dev.pith.html.DomText;
import dev.pith.html.PageHints;
import dev.pith.internal.DateLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Publication dates in the page's markup: {@code <time datetime>}, {@code itemprop="datePublished"}, and short
 * elements whose class or id names a date ({@code entry-date}, {@code post-meta}, {@code datum}, {@code fecha}).
 * Candidates inside the article ({@code article}, {@code main}) come first: sidebars date their teasers too.
 */
final class DateMarkup {
  // selectors parsed once: jsoup parses a query string on every call (Evaluators are thread-safe)
  private static final Evaluator ARTICLE_SCOPES =
      QueryParser.parse("article, main, [role=main], [itemprop=articleBody]");
  private static final Evaluator ITEM_SCOPE = QueryParser.parse("[itemscope]");
  private static final Set<String> DATE_WORDS = Set.of(
      "date", "dates", "time", "published", "publish", "pubdate", "posted", "postdate", "dateline", "timestamp",
      "datetime", "datum", "fecha", "data", "date-published", "updated", "meta", "postmeta", "entrymeta",
      "byline", "submitted", "created", "erstellt", "veröffentlicht", "publie", "publicado");
  /**
   * Whether {@code e} may be an article container: the cheap part of {@link #ARTICLE_SCOPES}, which the page index
   * asks of every element so that finding the scope takes no walk of its own.
   */
  static boolean mayBeArticleScope(Element e, String tag) {
    if (tag.equals("article") || tag.equals("main")) {
      return true;
    }
    if (e.attributesSize() == 0) {
      return false;
    }
    var attrs = e.attributes();
    return attrs.hasKeyIgnoreCase("role") || attrs.hasKeyIgnoreCase("itemprop");
  }

  /**
   * The first article container with text: an empty {@code <main>} (a template's placeholder) is none.
   * {@code candidates} are the page's elements that {@link #mayBeArticleScope may be one}, in document order.
   */
  private static @Nullable Element articleScope(Document doc, List<Element> candidates) {
    for (Element e : candidates) {
      if (!ARTICLE_SCOPES.matches(doc, e)) {
        continue;
      }
      if (e.hasText()) {
        // microdata: the body's item is the article, whose header and footer hold its datePublished (not a
        // WebPage item around the whole page, sidebars and all)
        Element item = e.hasAttr("itemprop") && e.parent() != null ? e.parent().closest(ITEM_SCOPE) : null;
        return item != null && isArticleItem(item) ? item : e;
      }
    }
    return null;
  }

  private static boolean isArticleItem(Element item) {
    String type = item.attr("itemtype").toLowerCase(java.util.Locale.ROOT);
    return !item.nameIs("body") && !item.nameIs("html")
        && (type.contains("article") || type.contains("posting") || type.contains("review"));
  }

  /** Longer elements are paragraphs that mention dates, not date labels. */
  private static final int MAX_CHARS = 120;

  private DateMarkup() {}

  static @Nullable Sourced find(Document doc, PageIndex index) {
    PageHints hints = index.hints;
    Element body = doc.body();
    if (body == null) {
      return null;
    }
    Element scope = articleScope(doc, index.articleScopes);
    if (scope != null) {
      Sourced inside = find(scope.getAllElements(), textNodes(scope), hints);
      if (inside != null) {
        return inside;
      }
    }
    // Outside the article, only what comes before its end (its header, a dateline above it), never the
    // teasers and sidebars after it, and never navigation or page chrome.
    List<Element> before = new ArrayList<>();
    List<TextNode> text = new ArrayList<>();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element e) {
          if (e.nameIs("aside") || e.nameIs("nav") || e.nameIs("footer") || e.nameIs("script")
              || e.nameIs("style")) {
            return FilterResult.SKIP_ENTIRELY;
          }
          before.add(e);
        } else if (node instanceof TextNode t && !t.isBlank()) {
          text.add(t);
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return node == scope ? FilterResult.STOP : FilterResult.CONTINUE;
      }
    }, body);
    return find(before, text, hints);
  }

  private static @Nullable Sourced find(List<Element> elements, List<TextNode> texts, PageHints hints) {
    for (Element e : elements) {
      if (e.nameIs("time") && e.hasAttr("datetime") || isPublishedProperty(e)) {
        String value = e.hasAttr("datetime") ? e.attr("datetime")
            : e.hasAttr("content") ? e.attr("content") : e.text();
        String date = Dates.parse(value);
        if (date == null && e.hasAttr("title")) {
          // microformats and Blogger: <abbr class="published" title="2017-09-09T10:52:00+02:00">10:52</abbr>
          date = Dates.parse(e.attr("title"));
        }
        if (date != null) {
          return new Sourced(date, e.nameIs("time") ? "<time>" : "markup");
        }
      }
    }
    for (Element e : elements) {
      if (e.nameIs("time") || isDateClassed(e, hints)) {
        if (DomText.exceeds(e, MAX_CHARS)) {
          continue;
        }
        String text = e.text();
        String date = Dates.parse(text);
        if (date != null) {
          return new Sourced(date, "markup");
        }
      }
    }
    // A date standing alone in the text ("Datum: 03.11.2021", "Pressemitteilung vom 25. Januar 2022").
    for (TextNode node : texts) {
      String whole = node.getWholeText();
      if (whole.length() > DATE_LINE_CHARS * 2) {
        continue;
      }
      String text = node.text().strip();
      if (text.length() >= 6 && text.length() <= DATE_LINE_CHARS) {
        String line = DateLines.isDateLine(text) ? text : DateLines.datePart(text);
        String date = line == null ? null : Dates.parse(line);
        if (date != null) {
          return new Sourced(date, "date-line");
        }
      }
    }
    return null;
  }

  /** Longest text node taken for a date line. */
  private static final int DATE_LINE_CHARS = 60;

  private static List<TextNode> textNodes(Element root) {
    List<TextNode> out = new ArrayList<>();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof TextNode t && !t.isBlank()) {
        org.jsoup.nodes.Node parent = t.parent();
        if (!(parent instanceof Element p) || !(p.nameIs("script") || p.nameIs("style"))) {
          out.add(t);
        }
      }
    }, root);
    return out;
  }

  /**
   * Microdata ({@code itemprop="datePublished"}), RDFa ({@code property="schema:dateCreated"}) and microformats
   * ({@code <abbr class="published">}, {@code dt-published}) naming the publication date.
   */
  private static boolean isPublishedProperty(Element e) {
    if (e.attributesSize() == 0) {
      return false;
    }
    String itemprop = e.attr("itemprop");
    if (itemprop.equals("datePublished") || itemprop.equals("dateCreated")) {
      return true;
    }
    String property = e.attr("property");
    if (!property.isEmpty()) {
      for (String p : property.split(" ")) {
        String local = p.substring(p.indexOf(':') + 1);
        if (local.equals("datePublished") || local.equals("dateCreated") || p.equals("dc:date")
            || p.equals("dcterms:created") || p.equals("dcterms:issued")) {
          return true;
        }
      }
    }
    return e.hasAttr("title") && (e.nameIs("abbr") && e.hasClass("published") || e.hasClass("dt-published"));
  }

  private static boolean isDateClassed(Element e, PageHints hints) {
    if (e.attributesSize() == 0) {
      return false;
    }
    for (String w : hints.of(e).words()) {
      // compounds too: "publishingdate", "postdatum", "newsdatetime"
      if (DATE_WORDS.contains(w) || w.endsWith("date") || w.endsWith("datum") || w.startsWith("date")) {
        return true;
      }
    }
    return false;
  }
}
