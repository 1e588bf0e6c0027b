package dev.pith.clean;

import dev.pith.document.Removal;
import dev.pith.html.DomStats;
import dev.pith.html.InlineText;
import dev.pith.html.NodePaths;
import dev.pith.html.PageHints;
import dev.pith.internal.Budget;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what is never main content, top-down, recording each removal. Rules run in a fixed order, the cheap and
 * certain ones first: never-text tags, hidden nodes, forms, semantic chrome, class/id hints, then sections whose
 * heading announces related stories or comments.
 *
 * <p>Immutable and thread-safe; {@link #clean} mutates the DOM it is given, which must belong to the caller's
 * pipeline alone.
 */
public final class Cleaner {
  private static final List<CleaningRule> RULES = List.of(
      new NeverTextRule(), new HiddenRule(), new FormRule(), new SemanticChromeRule(), new ClassHintRule(),
      new AnnouncedSectionRule());

  private final boolean keepComments;

  private Cleaner(boolean keepComments) {
    this.keepComments = keepComments;
  }

  /** A cleaner; with {@code keepComments}, reader comments are left in place. */
  public static Cleaner create(boolean keepComments) {
    return new Cleaner(keepComments);
  }

  /**
   * Removes never-content nodes under {@code body} (mutating it) and returns what was removed.
   *
   * @param stats text measures taken before cleaning
   */
  public List<Removal> clean(Element body, DomStats stats, Budget budget) {
    return clean(body, stats, budget, (element, removal) -> { });
  }

  /**
   * As {@link #clean(Element, DomStats, Budget)}, telling {@code onRemove} about each removed element before it
   * leaves the DOM (the inspection view uses this to mark the original page).
   */
  public List<Removal> clean(Element body, DomStats stats, Budget budget,
      BiConsumer<Element, Removal> onRemove) {
    return clean(body, stats, new PageHints(), budget, onRemove);
  }

  /**
   * As {@link #clean(Element, DomStats, Budget, BiConsumer)}, reading class and id words from {@code hints}, which
   * the page's other stages share.
   */
  public List<Removal> clean(Element body, DomStats stats, PageHints hints, Budget budget,
      BiConsumer<Element, Removal> onRemove) {
    CleaningContext context = new CleaningContext(stats, hints, stats.textLength(body), keepComments);
    List<Removal> removals = new ArrayList<>();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        budget.tick("cleaning");
        if (node instanceof Comment) {
          return FilterResult.REMOVE;
        }
        if (!(node instanceof Element element) || node == body) {
          return FilterResult.CONTINUE;
        }
        for (CleaningRule rule : RULES) {
          Verdict verdict = rule.judge(element, context);
          if (verdict != null) {
            Removal removal = new Removal(NodePaths.of(element), verdict.reason(), verdict.detail(),
                excerpt(element), stats.textLength(element));
            removals.add(removal);
            onRemove.accept(element, removal);
            return FilterResult.REMOVE;
          }
        }
        if (isArticleLike(element)) {
          context.enterArticle(element);
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element element) {
          context.leave(element);
        }
        return FilterResult.CONTINUE;
      }
    }, body);
    return removals;
  }

  private static boolean isArticleLike(Element element) {
    return element.nameIs("article") || element.nameIs("main") || Protection.isMainMarker(element);
  }

  /**
   * The start of the removed text, whitespace-normalized, read no further than the excerpt needs (removed
   * subtrees can be most of a page). Scripts and styles have code, not text: their excerpt is empty.
   */
  private static String excerpt(Element element) {
    if (element.nameIs("script") || element.nameIs("style")) {
      return "";
    }
    return InlineText.start(element, Removal.EXCERPT_CHARS);
  }
}
