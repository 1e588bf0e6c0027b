package dev.pith.boilerplate;

import dev.pith.document.Heading;
import dev.pith.document.ListBlock;
import dev.pith.html.PageHints;
import dev.pith.segment.SegmentedBlock;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Finds teasers: the title-and-summary cards that point to other pages (related stories, "more from", tickers,
 * listings). Two shapes hold across the web's templates:
 *
 * <ul>
 *   <li>a heading (or an element classed as a title) that is all link, followed by a little text: the card's
 *       summary, byline and date, up to the next heading;
 *   <li>a list whose items open with a link and go on with text of their own.
 * </ul>
 *
 * On an article page teasers are boilerplate; on a listing page they are the content. Which one a page is, the
 * content region decides (see {@link ContentRegion}).
 */
final class Teasers {
  /** A heading with this share of link text is a link to another page. */
  private static final double LINKED_HEADING = 0.8;
  /** A card's text after its title is short; more than this and it is a section of an article. */
  private static final int MAX_CARD_CHARS = 600;
  /** Longest linked title taken for a card's title. */
  private static final int MAX_TITLE_CHARS = 200;

  private Teasers() {}

  /** Which blocks are parts of teasers. */
  static boolean[] mark(List<SegmentedBlock> blocks, PageHints hints) {
    int n = blocks.size();
    boolean[] teaser = new boolean[n];
    int i = 0;
    while (i < n) {
      SegmentedBlock b = blocks.get(i);
      if (b.block() instanceof ListBlock list && b.linkLedItems() >= 3
          && b.linkLedItems() * 2 >= list.items().size()) {
        teaser[i] = true;
        i++;
        continue;
      }
      if (!isLinkedTitle(b, hints)) {
        i++;
        continue;
      }
      // a card: its title and what follows inside the card, up to the next heading or title
      Element card = cardOf(b.element());
      int j = i + 1;
      int chars = 0;
      while (j < n) {
        SegmentedBlock next = blocks.get(j);
        if (next.block() instanceof Heading || isLinkedTitle(next, hints) || !isInside(next.element(), card)) {
          break;
        }
        chars += next.visible();
        if (chars > MAX_CARD_CHARS) {
          break;
        }
        j++;
      }
      if (chars <= MAX_CARD_CHARS) {
        for (int k = i; k < j; k++) {
          teaser[k] = true;
        }
      } else {
        teaser[i] = true;
      }
      i = Math.max(i + 1, chars <= MAX_CARD_CHARS ? j : i + 1);
    }
    return teaser;
  }

  /**
   * The card a title belongs to: its grandparent ({@code div.card > h3 > a} with a summary beside the {@code h3},
   * {@code article > a > h2} with an excerpt after the link). Blocks further away are not the card's, however
   * close they come in reading order: {@code ul > li > h4} in an article body is a link, and the paragraph after
   * the list is the article's.
   */
  static Element cardOf(Element title) {
    Element parent = title.parent();
    if (parent == null) {
      return title;
    }
    return parent.parent() == null || parent.parent().nameIs("body") ? parent : parent.parent();
  }

  private static boolean isInside(Element e, Element ancestor) {
    for (Element a = e; a != null; a = a.parent()) {
      if (a == ancestor) {
        return true;
      }
    }
    return false;
  }

  static boolean isLinkedTitle(SegmentedBlock b, PageHints hints) {
    if (b.visible() == 0 || b.visible() > MAX_TITLE_CHARS || b.linkDensity() < LINKED_HEADING) {
      return false;
    }
    if (b.block() instanceof Heading) {
      return true;
    }
    for (String w : hints.of(b.element()).words()) {
      if (w.equals("title") || w.equals("headline") || w.equals("heading") || w.equals("hed")) {
        return true;
      }
    }
    return false;
  }
}
