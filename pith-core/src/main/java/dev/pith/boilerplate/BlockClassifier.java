package dev.pith.boilerplate;

import dev.pith.document.Block;
import dev.pith.document.Figure;
import dev.pith.document.Heading;
import dev.pith.document.ListBlock;
import dev.pith.document.Removal;
import dev.pith.document.RemovalReason;
import dev.pith.html.NodePaths;
import dev.pith.html.PageHints;
import dev.pith.internal.Budget;
import dev.pith.internal.TextNormalizer;
import dev.pith.segment.SegmentedBlock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Decides for each block whether it is main content, giving every removed block a reason.
 *
 * <p>Order matters: the content region is found first (blocks outside it are {@code OUTSIDE_CONTENT}); inside it,
 * blocks are judged one by one on link density, template phrases and metadata (the headline and byline lines,
 * which the metadata already carries); duplicates go last, and headings left with nothing under them go with them.
 *
 * <p>Immutable and thread-safe.
 */
public final class BlockClassifier {
  /** A block with more link text than this share is a link list. */
  static final double MAX_LINK_DENSITY = 0.5;
  /** A paragraph this long (non-whitespace characters) is prose even when much of it is linked. */
  static final int LONG_PROSE_CHARS = 200;
  /** Link density above which even long paragraphs are link lists. */
  static final double NEARLY_ALL_LINKS = 0.8;
  /**
   * Repeated blocks shorter than this (in characters) may repeat: a meal plan's "Eat every 2-3 hours", list
   * labels. Longer repeats are copies (a responsive template's second rendering of the same paragraph).
   */
  static final int MIN_DUPLICATE_CHARS = 80;
  /** A byline or date line is shorter than this. */
  static final int MAX_BYLINE_CHARS = 100;

  private static final BlockClassifier INSTANCE = new BlockClassifier();

  private BlockClassifier() {}

  public static BlockClassifier create() {
    return INSTANCE;
  }

  /**
   * The outcome: kept blocks in reading order, and the removed blocks with their removals (the two lists run in
   * parallel).
   */
  public record Classified(
      List<SegmentedBlock> kept, List<SegmentedBlock> removed, List<Removal> removals, Element region) {}

  /**
   * Classifies {@code blocks} (all blocks under {@code body}).
   *
   * @param title the page's headline from the metadata, or null
   */
  public Classified classify(Element body, List<SegmentedBlock> blocks, @Nullable String title, Budget budget) {
    return classify(body, blocks, title, List.of(), budget);
  }

  /**
   * Classifies {@code blocks}; {@code authors} (from the metadata) help to recognise an author bio after the
   * article.
   */
  public Classified classify(Element body, List<SegmentedBlock> blocks, @Nullable String title,
      List<String> authors, Budget budget) {
    return classify(body, blocks, title, authors, new PageHints(), budget);
  }

  /** As above, reading class and id words from {@code hints}, which the page's other stages share. */
  public Classified classify(Element body, List<SegmentedBlock> blocks, @Nullable String title,
      List<String> authors, PageHints hints, Budget budget) {
    ContentRegion.Region found = ContentRegion.locate(body, blocks, hints);
    Element region = found.element();
    budget.check("content location");
    String normalizedTitle = title == null ? null : TextNormalizer.forComparison(title);

    List<SegmentedBlock> kept = new ArrayList<>();
    List<SegmentedBlock> removed = new ArrayList<>();
    List<Removal> removals = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (SegmentedBlock b : blocks) {
      Removal removal = judge(b, region, normalizedTitle, seen, hints);
      if (removal == null && !found.listing() && found.teaser()[b.index()]) {
        removal = removal(b, RemovalReason.RELATED, "teaser for another page");
      }
      if (removal == null) {
        kept.add(b);
      } else {
        removed.add(b);
        removals.add(removal);
      }
    }
    dropEmptyHeadings(kept, removed, removals);
    if (!found.listing()) {
      List<String> names = authors.stream().map(TextNormalizer::forComparison).toList();
      int tail = ArticleTail.length(kept.stream().map(SegmentedBlock::block).toList(), names);
      for (int i = 0; i < tail; i++) {
        SegmentedBlock b = kept.remove(kept.size() - 1);
        removed.add(b);
        removals.add(removal(b, ArticleTail.reason(), "after the article: bio, credit, notice or related"));
      }
    }
    return new Classified(kept, removed, removals, region);
  }

  private static @Nullable Removal judge(
      SegmentedBlock b, Element region, @Nullable String title, Set<String> seen, PageHints hints) {
    Block block = b.block();
    String text = block.text();
    if (!isInside(b.element(), region)) {
      return removal(b, RemovalReason.OUTSIDE_CONTENT, "outside " + NodePaths.of(region));
    }
    if (block instanceof Figure) {
      return null;
    }
    String normalized = TextNormalizer.forComparison(text);
    if (title != null && isHeadline(block, normalized, title)) {
      return removal(b, RemovalReason.METADATA, "the headline");
    }
    if (isLinkDense(b) && !(block instanceof Heading)) {
      return removal(b, RemovalReason.LINK_DENSE, "link density " + Math.round(b.linkDensity() * 100) / 100.0);
    }
    if (BoilerplatePhrases.matches(text)) {
      return removal(b, RemovalReason.BOILERPLATE_TEXT, "template phrase");
    }
    if (!(block instanceof Heading) && MetadataLines.isMetadataLine(text, b.element(), hints)) {
      return removal(b, RemovalReason.METADATA, "byline or date line");
    }
    if (LeakedMarkup.isLeaked(text)) {
      return removal(b, RemovalReason.NOT_TEXT, "markup shown as text");
    }
    if (block instanceof ListBlock list && list.items().size() > 2 && b.linkDensity() > 0.3
        && b.visible() / list.items().size() < 40) {
      return removal(b, RemovalReason.LINK_DENSE, "list of short links");
    }
    if (normalized.length() >= MIN_DUPLICATE_CHARS && !seen.add(normalized)) {
      return removal(b, RemovalReason.DUPLICATE, "repeats an earlier block");
    }
    return null;
  }

  /**
   * True when the block repeats the headline: the same text, or a heading that holds the headline with a kicker
   * ("Coldharbour: The ferry that stopped") or that most of the headline is ("The ferry" for "The ferry that
   * stopped: what next").
   */
  private static boolean isHeadline(Block block, String normalized, String title) {
    if (normalized.equals(title)) {
      return true;
    }
    if (!(block instanceof Heading) || normalized.isEmpty() || title.isEmpty()) {
      return false;
    }
    if (normalized.length() > title.length()) {
      return normalized.contains(title) && title.length() * 2 >= normalized.length();
    }
    return title.startsWith(normalized) && normalized.length() * 2 > title.length();
  }

  /**
   * Link text over half of a block makes it a link list, except in long prose: a paragraph of a few hundred
   * characters that links most of its words (a recipe's ingredients, a roundup of sources) is still content,
   * and only a block that is nearly all link is dropped then.
   */
  private static boolean isLinkDense(SegmentedBlock b) {
    double density = b.linkDensity();
    if (density <= MAX_LINK_DENSITY) {
      return false;
    }
    return b.visible() < LONG_PROSE_CHARS || density > NEARLY_ALL_LINKS
        || !(b.block() instanceof dev.pith.document.Paragraph);
  }

  /** A "heading" this long or with sentences in it is prose set large, not a section title. */
  private static boolean isProseHeading(Heading heading) {
    return heading.text().length() > 100 || Prose.isSentence(heading.text()) && heading.text().length() > 40;
  }

  /** Removes headings followed by no kept text before the next heading of the same or a higher level. */
  private static void dropEmptyHeadings(
      List<SegmentedBlock> kept, List<SegmentedBlock> removed, List<Removal> removals) {
    for (int i = kept.size() - 1; i >= 0; i--) {
      if (!(kept.get(i).block() instanceof Heading heading) || isProseHeading(heading)) {
        continue;
      }
      boolean hasContent = false;
      for (int j = i + 1; j < kept.size(); j++) {
        Block next = kept.get(j).block();
        if (next instanceof Heading h) {
          if (h.level() <= heading.level()) {
            break;
          }
          continue;
        }
        hasContent = true;
        break;
      }
      if (!hasContent) {
        removals.add(removal(kept.get(i), RemovalReason.TOO_SHORT, "heading with no content under it"));
        removed.add(kept.remove(i));
      }
    }
  }

  static boolean isInside(Element e, Element region) {
    for (Element a = e; a != null; a = a.parent()) {
      if (a == region) {
        return true;
      }
    }
    return false;
  }

  private static Removal removal(SegmentedBlock b, RemovalReason reason, String detail) {
    return Removal.of(NodePaths.of(b.element()), reason, detail, b.block().text());
  }
}
