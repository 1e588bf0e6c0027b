package dev.pith.metadata;

import dev.pith.document.Sourced;
import dev.pith.html.ElementHints;
import dev.pith.internal.DateLines;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Publication dates in the page's markup: {@code <time datetime>}, {@code itemprop="datePublished"}, and short
 * elements whose class or id names a date ({@code entry-date}, {@code post-meta}, {@code datum}, {@code fecha}).
 * Candidates inside the article ({@code article}, {@code main}) come first: sidebars date their teasers too.
 */
final class DateMarkup {
  private static final Set<String> DATE_WORDS = Set.of(
      "date", "dates", "time", "published", "publish", "pubdate", "posted", "postdate", "dateline", "timestamp",
      "datetime", "datum", "fecha", "data", "date-published", "updated", "meta", "postmeta", "entrymeta",
      "byline", "submitted", "created", "erstellt", "veröffentlicht", "publie", "publicado");
  /** Longer elements are paragraphs that mention dates, not date labels. */
  private static final int MAX_CHARS = 120;

  private DateMarkup() {}

  static @Nullable Sourced find(Document doc) {
    Element scope = doc.selectFirst("article, main, [role=main], [itemprop=articleBody]");
    if (scope != null) {
      Sourced inside = find(scope, doc);
      if (inside != null) {
        return inside;
      }
    }
    return find(doc.body() == null ? doc : doc.body(), doc);
  }

  private static @Nullable Sourced find(Element root, Document doc) {
    for (Element e : root.select("time[datetime], [itemprop=datePublished], [itemprop=dateCreated]")) {
      String value = e.hasAttr("datetime") ? e.attr("datetime")
          : e.hasAttr("content") ? e.attr("content") : e.text();
      String date = Dates.parse(value);
      if (date != null) {
        return new Sourced(date, e.nameIs("time") ? "<time>" : "markup");
      }
    }
    for (Element e : root.getAllElements()) {
      if (e.nameIs("time") || isDateClassed(e)) {
        String text = e.text();
        if (text.length() > MAX_CHARS) {
          continue;
        }
        String date = Dates.parse(text);
        if (date != null) {
          return new Sourced(date, "markup");
        }
      }
    }
    // A date standing alone in the text ("Datum: 03.11.2021", "Pressemitteilung vom 25. Januar 2022").
    for (org.jsoup.nodes.TextNode node : textNodes(root)) {
      String text = node.text().strip();
      if (text.length() >= 6 && text.length() <= DATE_LINE_CHARS && DateLines.isDateLine(text)) {
        String date = Dates.parse(text);
        if (date != null) {
          return new Sourced(date, "date-line");
        }
      }
    }
    return null;
  }

  /** Longest text node taken for a date line. */
  private static final int DATE_LINE_CHARS = 60;

  private static java.util.List<org.jsoup.nodes.TextNode> textNodes(Element root) {
    java.util.List<org.jsoup.nodes.TextNode> out = new java.util.ArrayList<>();
    org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
      if (node instanceof org.jsoup.nodes.TextNode t && !t.isBlank()) {
        org.jsoup.nodes.Node parent = t.parent();
        if (!(parent instanceof Element p) || !(p.nameIs("script") || p.nameIs("style"))) {
          out.add(t);
        }
      }
    }, root);
    return out;
  }

  private static boolean isDateClassed(Element e) {
    if (e.attributes().size() == 0) {
      return false;
    }
    for (String w : ElementHints.of(e).words()) {
      // compounds too: "publishingdate", "postdatum", "newsdatetime"
      if (DATE_WORDS.contains(w) || w.endsWith("date") || w.endsWith("datum") || w.startsWith("date")) {
        return true;
      }
    }
    return false;
  }
}
