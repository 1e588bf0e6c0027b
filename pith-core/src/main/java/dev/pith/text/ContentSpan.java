package dev.pith.text;

import dev.pith.document.RemovalReason;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds the main content of a capture: a run of consecutive lines with a large total weight (Kadane's maximum-sum
 * subarray, linear time). Prose lines weigh their length, furniture and short fragments weigh less than nothing, so
 * the run stretches over headings, captions and the odd label between paragraphs but not over a menu or a footer.
 *
 * <p>Barriers ("Related articles", "Comments", a paywall meter) cut the capture into sections, and the best run of
 * each section is a candidate. The first candidate that is at least {@value #MIN_SHARE_OF_BEST} of the best one
 * wins: what follows such a heading is teasers, comments or a cookie notice, which can outweigh a short article but
 * rarely by much.
 *
 * <p>Below a related-articles heading whose section repeats a template line per teaser (a share bar), an earlier
 * article of some weight wins with a tenth of the teasers' weight. Around the chosen run: a numbered list that starts
 * where it ends belongs to it (a listicle), and a capture with no prose worth the name keeps its longest list of
 * statements (release notes).
 *
 * <p>Tried and rejected: judging each line by itself and keeping all prose, as jusText does; teasers and comments
 * are prose too, and only their position tells them apart. The single best run over the whole capture: it takes
 * a long comment thread over the article above it.
 */
final class ContentSpan {
  /** An earlier candidate wins over the best one when it has at least this share of its weight. */
  static final double MIN_SHARE_OF_BEST = 1.0 / 3;
  /**
   * Below a comments heading the content is comments, however long the thread: an earlier candidate needs only this
   * share of the best one's weight.
   */
  static final double MIN_SHARE_BEFORE_COMMENTS = 0.05;
  /**
   * Below a related-articles heading the content is teasers, each with its blurb: an earlier candidate needs only
   * this share of the best one's weight.
   */
  static final double MIN_SHARE_BEFORE_RELATED = 0.1;
  /** A related-links box inside an article has at most this many lines after its heading. */
  static final int MAX_INLINE_BOX_LINES = 25;
  /** Lines other than paragraphs between the two paragraphs that show the article resuming after a box. */
  static final int MAX_LINES_BETWEEN_PARAGRAPHS = 2;
  /** Paragraphs that resume the article after such a box have at least this many words. */
  static final int MIN_PARAGRAPH_WORDS = 15;
  /** A thread is cut off as a section of its own when the lines before it hold a run of this weight. */
  static final double MIN_ARTICLE_BEFORE_THREAD = 100;
  /** ... and this many times the prose of the thread's typical record (a reply as long as the post is a forum's). */
  static final double ARTICLE_TO_RECORD = 4;
  /** A candidate needs at least this weight (about two sentences of prose) to be preferred for being first. */
  static final double MIN_WEIGHT = 30;

  /** A numbered list continues the article from this many items on ... */
  static final int MIN_NUMBERED_ITEMS = 3;
  /** ... when it starts within this many lines of the span's end and no item is further than this from the last. */
  static final int MAX_NUMBERED_GAP = 4;

  /** A capture with less prose than this weight may be a list (a change log, a checklist) rather than an article. */
  static final double MAX_PROSE_FOR_LIST = MIN_WEIGHT;
  /** A list is the content from this many items... */
  static final int MIN_LIST_ITEMS = 8;
  /** ... holding this many words in all... */
  static final int MIN_LIST_WORDS = 60;
  /** ... each item at least this many words (menus and tag clouds are one or two). */
  static final int MIN_ITEM_WORDS = 3;

  /** Teasers repeat their template line (a share bar, "Read more") at least this many times. */
  static final int MIN_TEASERS = 3;

  private ContentSpan() {}

  /** Index range {@code [start, end)} of the main content in {@code lines}; empty if none. */
  static int[] find(List<Line> lines) {
    int n = lines.size();
    inlineBoxes(lines);
    // best run of each section, found in one pass: Kadane's running sum restarts at every cut
    double[] weights = new double[n + 1];
    int[] starts = new int[n + 1];
    int[] ends = new int[n + 1];
    int sections = 0;
    double sum = 0;
    int runStart = 0;
    double best = 0;
    int bestStart = 0;
    int bestEnd = 0;
    for (int i = 0; i <= n; i++) {
      Line line = i < n ? lines.get(i) : null;
      // a thread (comments, teasers with dates) right after an article is a section of its own; a thread that is
      // the page (a forum) is not cut from its first post
      // (in a forum the first post is about as long as the replies; an article is many times longer than the
      // typical comment under it)
      boolean threadAfterArticle = line != null && line.threadStart && best >= MIN_ARTICLE_BEFORE_THREAD
          && best >= ARTICLE_TO_RECORD * line.threadTypicalWeight;
      if (line == null || line.barrier || threadAfterArticle) {
        if (bestEnd > bestStart) {
          weights[sections] = best;
          starts[sections] = bestStart;
          ends[sections] = bestEnd;
          sections++;
        }
        sum = 0;
        best = 0;
        bestStart = bestEnd = i + 1;
        if (line == null || line.barrier) {
          continue;
        }
      }
      double w = line.weight;
      if (sum <= 0) {
        sum = w;
        runStart = i;
      } else {
        sum += w;
      }
      if (sum > best) {
        best = sum;
        bestStart = runStart;
        bestEnd = i + 1;
      }
    }
    if (sections == 0) {
      return listSpan(lines, new int[] {0, 0}, 0);
    }
    int heaviest = 0;
    for (int s = 1; s < sections; s++) {
      if (weights[s] > weights[heaviest]) {
        heaviest = s;
      }
    }
    int chosen = heaviest;
    for (int s = 0; s < heaviest; s++) {
      RemovalReason between = headingBetween(lines, ends[s], starts[heaviest]);
      double share = between == RemovalReason.COMMENTS ? MIN_SHARE_BEFORE_COMMENTS
          : between == RemovalReason.RELATED && weights[s] >= MIN_ARTICLE_BEFORE_THREAD
              && isTeaserList(lines, starts[heaviest], ends[heaviest]) ? MIN_SHARE_BEFORE_RELATED
          : MIN_SHARE_OF_BEST;
      if (weights[s] >= MIN_WEIGHT && weights[s] >= share * weights[heaviest]) {
        chosen = s;
        break;
      }
    }
    int[] span = listSpan(lines, new int[] {starts[chosen], ends[chosen]}, weights[chosen]);
    span[1] = numberedListAfter(lines, span);
    for (int i = span[0]; i < span[1]; i++) {
      lines.get(i).inSpan = true;
    }
    return span;
  }

  /**
   * The end of the span, stretched over a numbered list that starts where it ends: a listicle's items ("1) Lego
   * Star Wars 75188", its link and picture, "2) ...") are short lines that weigh less than nothing each, and the
   * prose that introduced them is all Kadane's run keeps. The numbers must run 1, 2, 3 ... (or go on from the last
   * number inside the span), and a barrier ends the list.
   */
  private static int numberedListAfter(List<Line> lines, int[] span) {
    if (span[0] == span[1]) {
      return span[1];
    }
    int expected = 1;
    for (int i = span[1] - 1; i >= span[0] && i >= span[1] - MAX_NUMBERED_GAP; i--) {
      int n = itemNumber(lines.get(i).text);
      if (n > 0) {
        expected = n + 1;
        break;
      }
    }
    int end = span[1];
    int lastItem = end - 1;
    int items = 0;
    int listEnd = end;
    for (int i = span[1]; i < lines.size() && i - lastItem <= MAX_NUMBERED_GAP; i++) {
      Line line = lines.get(i);
      if (line.barrier) {
        break;
      }
      int n = itemNumber(line.text);
      if (n == expected && (line.words < 3 || line.text.indexOf('[') >= 0)) {
        break; // "4. [picture]": a numbered teaser, not an item of the text
      }
      if (n == expected) {
        expected++;
        items++;
        lastItem = i;
        listEnd = i + 1;
      } else if (n > 0 && items > 0) {
        break;
      }
    }
    return items < MIN_NUMBERED_ITEMS ? end : listEnd;
  }

  /** The number a line starts with as a list item ("1) ", "12. "), or 0. */
  static int itemNumber(String text) {
    int i = 0;
    int n = 0;
    while (i < text.length() && i < 3 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      n = n * 10 + text.charAt(i) - '0';
      i++;
    }
    if (i == 0 || i + 1 >= text.length() || (text.charAt(i) != ')' && text.charAt(i) != '.')
        || text.charAt(i + 1) != ' ') {
      return 0;
    }
    return n;
  }

  /**
   * The content span, or, where the capture holds no prose worth the name, its longest list of statements: each
   * item a few words, none furniture, no link or repeated template among them. A page of release notes is such a list,
   * and Kadane's run finds only its one longest item. Menus fail the test by their short items or their furniture.
   */
  private static int[] listSpan(List<Line> lines, int[] span, double weight) {
    if (weight >= MAX_PROSE_FOR_LIST) {
      return span;
    }
    int bestStart = 0;
    int bestEnd = 0;
    int bestWords = 0;
    for (int i = 0; i < lines.size(); ) {
      int j = Line.runEnd(lines, i, ContentSpan::isStatementItem);
      int words = j - i >= MIN_LIST_ITEMS ? spanWords(lines, new int[] {i, j}) : 0;
      if (words >= MIN_LIST_WORDS && words > bestWords) {
        bestStart = i;
        bestEnd = j;
        bestWords = words;
      }
      i = Math.max(j, i + 1);
    }
    if (bestWords == 0 || spanWords(lines, span) >= bestWords) {
      return span;
    }
    return new int[] {bestStart, bestEnd};
  }

  private static boolean isStatementItem(Line line) {
    return line.isListItem() && line.kind != Line.Kind.CHROME && !line.barrier && line.repeats <= 1
        && line.linkTokens == 0 && line.wordsEquivalent() >= MIN_ITEM_WORDS;
  }

  private static int spanWords(List<Line> lines, int[] span) {
    int words = 0;
    for (int i = span[0]; i < span[1]; i++) {
      words += lines.get(i).wordsEquivalent();
    }
    return words;
  }

  /**
   * A "Related stories" or "Read more" box inside an article: the heading, a few links (with their pictures,
   * authors and dates, but no blurbs), and the article goes on with paragraph after paragraph. Such a heading is no
   * barrier; its links are furniture. (After the article, the teasers that follow such a heading alternate headline
   * and blurb instead.)
   */
  private static void inlineBoxes(List<Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      Line heading = lines.get(i);
      if (!heading.barrier || heading.reason != RemovalReason.RELATED) {
        continue;
      }
      int j = i + 1;
      // (a teaser's picture is a list item, its description a sentence at times: "Footprints of a dog in the snow.")
      while (j < lines.size() && j - i <= MAX_INLINE_BOX_LINES
          && (lines.get(j).kind != Line.Kind.PROSE || lines.get(j).isListItem())
          && !lines.get(j).barrier && isBoxLine(lines.get(j))) {
        j++;
      }
      if (j + 1 < lines.size() && j - i <= MAX_INLINE_BOX_LINES && isParagraph(lines.get(j))
          && resumes(lines, j)) {
        heading.barrier = false;
        heading.weight = LineClassifier.CHROME_WEIGHT;
        for (int k = i + 1; k < j; k++) {
          Line link = lines.get(k);
          if (link.reason == null) {
            link.reason = RemovalReason.RELATED;
            link.detail = "link in a box of related articles";
            link.kind = Line.Kind.CHROME;
            link.weight = Math.min(link.weight, LineClassifier.CHROME_WEIGHT);
          }
        }
      }
    }
  }

  /**
   * A line a related-links box holds: a link, its picture, author or date, an ad. Share bars, pitches, menus and footers
   * mean the page has left the article.
   */
  private static boolean isBoxLine(Line line) {
    RemovalReason r = line.reason;
    return r == null || r == RemovalReason.RELATED || r == RemovalReason.NOT_TEXT || r == RemovalReason.METADATA
        || r == RemovalReason.BARE_URL || r == RemovalReason.DUPLICATE || r == RemovalReason.TOO_SHORT
        || r == RemovalReason.ADVERTISEMENT;
  }

  /**
   * Whether the article goes on at {@code j} (a paragraph): another paragraph follows right after it, or two
   * paragraphs in a row follow after two lines at most that are not (an embedded post's attribution, a
   * subheading). Teasers after an article alternate headline and blurb, and never have two paragraphs in a row.
   */
  private static boolean resumes(List<Line> lines, int j) {
    int last = Math.min(lines.size() - 2, j + 1 + MAX_LINES_BETWEEN_PARAGRAPHS);
    for (int k = j + 1; k <= last; k++) {
      Line line = lines.get(k);
      if (isParagraph(line)) {
        if (k == j + 1 || isParagraph(lines.get(k + 1))) {
          return true;
        }
      } else if (line.barrier || line.kind == Line.Kind.CHROME) {
        return false;
      }
    }
    return j + 1 < lines.size() && isParagraph(lines.get(j + 1));
  }

  /** A line of article prose: long, not a list item, not part of a record list. */
  private static boolean isParagraph(Line line) {
    return line.kind == Line.Kind.PROSE && !line.isListItem() && !line.inRecords
        && line.wordsEquivalent() >= MIN_PARAGRAPH_WORDS;
  }

  /**
   * Whether the lines {@code [from, to)} are a list of teasers: furniture repeated in it line for line, as every
   * teaser carries the same share bar or "Read more" under its blurb. An article's text repeats no such line.
   */
  private static boolean isTeaserList(List<Line> lines, int from, int to) {
    int repeatedFurniture = 0;
    for (int i = from; i < to; i++) {
      Line line = lines.get(i);
      if (line.kind == Line.Kind.CHROME && line.repeats >= MIN_TEASERS) {
        repeatedFurniture++;
      }
    }
    return repeatedFurniture >= MIN_TEASERS;
  }

  /**
   * The strongest section heading between two candidates: a comments heading, else a related-articles heading
   * ("You may also like"), else null.
   */
  private static @Nullable RemovalReason headingBetween(List<Line> lines, int from, int to) {
    RemovalReason found = null;
    for (int i = from; i < to; i++) {
      Line line = lines.get(i);
      if (line.barrier && line.reason == RemovalReason.COMMENTS) {
        return RemovalReason.COMMENTS;
      }
      if (line.barrier && line.reason == RemovalReason.RELATED && !line.text.endsWith(":")) {
        // ("See also:" introduces a pointer in running text more often than a list of teasers)
        found = RemovalReason.RELATED;
      }
    }
    return found;
  }


}
