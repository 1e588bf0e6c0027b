package dev.pith.boilerplate;

import dev.pith.clean.HintVocabulary;
import dev.pith.document.Block;
import dev.pith.document.Code;
import dev.pith.document.Figure;
import dev.pith.document.Heading;
import dev.pith.document.ListBlock;
import dev.pith.document.Paragraph;
import dev.pith.document.Quote;
import dev.pith.document.Table;
import dev.pith.html.PageHints;
import dev.pith.segment.SegmentedBlock;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the element that holds the main content, in two steps.
 *
 * <ol>
 *   <li>Local scoring, after Readability: each prose block scores its container fully, the container's parent by
 *       half, and three more ancestors by a third of their distance; the best-scoring container, discounted by its
 *       link density and helped by content markup ({@code article}, articleBody, {@code entry-content}), is the
 *       seed. Local scoring finds the densest prose, not the biggest box.
 *   <li>Growth: of the seed and its ancestors, the one with the most net content wins, measured as the sum of block
 *       weights (prose positive, link lists and fragments negative) less a small toll per level climbed. This
 *       joins an article split across sibling containers and a forum thread split into posts, and stops below the
 *       ancestors that only add chrome.
 * </ol>
 *
 * Per-call state only; thread-safe.
 */
final class ContentRegion {
  // selectors parsed once: jsoup parses a query string on every call (Evaluators are thread-safe)
  private static final Evaluator MAIN_LANDMARKS = QueryParser.parse("main, [role=main]");
  /** Readability's weight for class/id hints on a candidate. */
  private static final double HINT_BONUS = 25;
  /** Each level climbed above the seed must add this much net block weight, so that noise does not climb. */
  private static final double MIN_GROWTH = 10;
  /** Prose blocks shorter than this (in non-whitespace characters) do not score their containers. */
  private static final int MIN_PROSE_CHARS = 25;
  /** How many ancestors of a prose block get a share of its score. */
  private static final int SCORED_LEVELS = 5;

  private ContentRegion() {}

  /** Measures summed over the blocks under an element. */
  private static final class Tally {
    double local;
    double weight;
    /** Non-whitespace characters of prose: sentences in paragraphs with few links. */
    int prose;
    /** The part of {@link #weight} that comes from teasers. */
    double teaserWeight;
    int teaserChars;
    int visible;
    int linked;

    double linkDensity() {
      return visible == 0 ? 0 : (double) linked / visible;
    }
  }

  /**
   * The region holding the main content, and whether the page is an article (prose) or a listing (teasers).
   *
   * @param element the region's root: {@code body} when nothing better is found
   * @param listing true when the best content is itself made of teasers (a listing, a search result page)
   * @param teaser which blocks (by index) are parts of teasers
   */
  record Region(Element element, boolean listing, boolean[] teaser) {}

  /** Finds the region; see the class comment. */
  static Region locate(Element body, List<SegmentedBlock> blocks, PageHints hints) {
    boolean[] teaser = Teasers.mark(blocks, hints);
    Map<Element, Tally> tallies = new IdentityHashMap<>();
    // identity maps iterate in no fixed order; candidates are compared in first-seen order so that ties always
    // break the same way
    List<Element> order = new ArrayList<>();
    for (SegmentedBlock b : blocks) {
      double local = teaser[b.index()] ? 0 : localScore(b);
      double weight = weight(b);
      int teaserChars = teaser[b.index()] ? b.visible() : 0;
      int proseChars = !teaser[b.index()] && isProse(b) ? b.visible() : 0;
      Element anchor = anchor(b);
      int level = 0;
      for (Element e = anchor; e != null; e = e.parent()) {
        Tally t = tallies.get(e);
        if (t == null) {
          t = new Tally();
          tallies.put(e, t);
          order.add(e);
        }
        t.weight += weight;
        t.teaserWeight += teaser[b.index()] ? weight : 0;
        t.teaserChars += teaserChars;
        t.prose += proseChars;
        t.visible += b.visible();
        t.linked += b.linked();
        if (level < SCORED_LEVELS && local > 0) {
          t.local += level == 0 ? local : level == 1 ? local / 2 : local / (level * 3.0);
        }
        level++;
        if (e == body) {
          break;
        }
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Element e : order) {
      Tally t = tallies.get(e);
      if (t.local <= 0) {
        continue;
      }
      double score = (t.local + hintBonus(e, hints)) * (1 - t.linkDensity());
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    if (best == null || tallies.get(best).prose < MIN_ARTICLE_PROSE) {
      // Too little prose for an article: a shop, a listing, a landing page. Its content is the page's main
      // landmark when it marks one, else the whole cleaned body; blocks are then judged one by one.
      return new Region(mainLandmark(body, tallies), true, teaser);
    }
    // On an article page, teasers around the article are boilerplate and must not pull the region outwards;
    // on a listing page (the best prose is itself in teasers) they are the content.
    Tally seed = tallies.get(best);
    boolean listing = seed.teaserChars * 2 > seed.visible;
    // Climb to the ancestor with the most net content; each level climbed must pay its way.
    Element region = best;
    double regionGain = net(seed, listing);
    int distance = 0;
    for (Element a = best; a != body && a.parent() != null; ) {
      a = a.parent();
      distance++;
      Tally t = tallies.get(a);
      if (t == null) {
        continue;
      }
      double gain = net(t, listing) - MIN_GROWTH * distance;
      if (gain > regionGain) {
        region = a;
        regionGain = gain;
      }
    }
    return new Region(region, listing, teaser);
  }

  /** Prose this long (non-whitespace characters) around the best candidate makes a page an article. */
  private static final int MIN_ARTICLE_PROSE = 400;
  /** A landmark holding this share of the page's text is where its content is. */
  private static final double LANDMARK_SHARE = 0.3;

  private static boolean isProse(SegmentedBlock b) {
    Block block = b.block();
    return (block instanceof Paragraph || block instanceof Quote) && b.visible() >= 80 && b.linkDensity() < 0.3
        && Prose.isSentence(block.text());
  }

  /** The page's {@code main} landmark when it holds much of the text, else the body. */
  private static Element mainLandmark(Element body, Map<Element, Tally> tallies) {
    Tally all = tallies.get(body);
    for (Element e : body.select(MAIN_LANDMARKS)) {
      Tally t = tallies.get(e);
      if (t != null && all != null && t.visible >= all.visible * LANDMARK_SHARE) {
        return e;
      }
    }
    return body;
  }

  /** Net content of a subtree: on an article page, teasers count against it. */
  private static double net(Tally t, boolean listing) {
    if (listing) {
      return t.weight;
    }
    return t.weight - t.teaserWeight - Math.abs(t.teaserWeight);
  }

  /** The element a block's score goes to first: the container around a paragraph, or the container itself. */
  private static Element anchor(SegmentedBlock b) {
    Element e = b.element();
    String tag = e.normalName();
    boolean blockIsElement = tag.equals("p") || tag.equals("pre") || tag.equals("ul") || tag.equals("ol")
        || tag.equals("table") || tag.equals("figure") || tag.equals("blockquote")
        || (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1)));
    Element parent = e.parent();
    return blockIsElement && parent != null ? parent : e;
  }

  /** Readability's paragraph score: one point, one per comma, one per 100 characters up to three. */
  private static double localScore(SegmentedBlock b) {
    Block block = b.block();
    if (!(block instanceof Paragraph || block instanceof Quote || block instanceof Code)) {
      return 0;
    }
    if (b.visible() < MIN_PROSE_CHARS || b.linkDensity() > 0.5) {
      return 0;
    }
    String text = block.text();
    int commas = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '、' || c == '،') {
        commas++;
      }
    }
    return (1 + commas + Math.min(b.visible() / 100.0, 3)) * (1 - b.linkDensity());
  }

  /**
   * How much a block speaks for its region being content: prose counts its length, links and fragments count
   * against.
   */
  static double weight(SegmentedBlock b) {
    Block block = b.block();
    int length = b.visible();
    if (length == 0 || block instanceof Figure) {
      return 0;
    }
    if (block instanceof Heading) {
      return -3;
    }
    double density = b.linkDensity();
    if (density > 0.5) {
      return -length * density;
    }
    double w = length * (1 - 2 * density) - 20;
    if ((block instanceof Paragraph || block instanceof Quote) && Prose.isSentence(block.text())) {
      w += length * 0.5;
    }
    if (block instanceof ListBlock || block instanceof Table) {
      w *= 0.8;
    }
    return w;
  }

  private static double hintBonus(Element e, PageHints hints) {
    if (e.nameIs("article") || e.nameIs("main")) {
      return HINT_BONUS;
    }
    String itemprop = e.attr("itemprop");
    if (itemprop.contains("articleBody") || itemprop.contains("text")) {
      return HINT_BONUS;
    }
    return HintVocabulary.isPositive(hints.of(e).words()) ? HINT_BONUS : 0;
  }
}
