package dev.pith.clean;

import dev.pith.html.DomStats;
import dev.pith.html.PageHints;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jsoup.nodes.Element;

/** What rules may ask about the page and the traversal; one per cleaning run. */
final class CleaningContext {
  final DomStats stats;
  final int bodyText;
  final boolean keepComments;
  final PageHints hints;
  /** The article-like elements ({@code article}, {@code main}, articleBody) enclosing the current node. */
  private final Deque<Element> articles = new ArrayDeque<>();

  CleaningContext(DomStats stats, PageHints hints, int bodyText, boolean keepComments) {
    this.stats = stats;
    this.hints = hints;
    this.bodyText = bodyText;
    this.keepComments = keepComments;
  }

  /** Share of the page's text under {@code element}. */
  double textShare(Element element) {
    return bodyText == 0 ? 0 : (double) stats.textLength(element) / bodyText;
  }

  boolean insideArticle() {
    return !articles.isEmpty();
  }

  void enterArticle(Element element) {
    articles.push(element);
  }

  void leave(Element element) {
    if (articles.peek() == element) {
      articles.pop();
    }
  }
}
