package dev.pith.text;

import dev.pith.document.Block;
import dev.pith.document.Diagnostic;
import dev.pith.document.Metadata;
import dev.pith.document.Removal;
import dev.pith.document.RemovalReason;
import dev.pith.internal.Budget;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Turns flattened text (a WET record, a text browser's dump, a copy like the seed) into the same structured
 * document as an HTML page. The stages, in order:
 *
 * <ol>
 *   <li><b>lines</b>: cut the text into lines with indentation, blank-line context and list markers
 *       ({@link LineReader});
 *   <li><b>measures</b>: length, words, stop words of the guessed language, capitals, link-like tokens, sentence
 *       punctuation ({@link LineMeasures});
 *   <li><b>judge</b>: each line alone and by repetition, in the capture and across the site's captures: prose,
 *       short, or furniture with a reason ({@link LineClassifier});
 *   <li><b>span</b>: the run of lines with the most net prose is the main content ({@link ContentSpan});
 *   <li><b>headline</b>: the heading-like line just before the span, preferring one the page repeats;
 *   <li><b>blocks</b>: inside the span, headings, lists, figures (credit + caption), boxes (label + text) and
 *       paragraphs ({@link Assembler}); everything else becomes a removal with its reason;
 *   <li><b>metadata</b> and <b>diagnostics</b> from what was found ({@link TextMetadata}, {@link LossDetector}).
 * </ol>
 *
 * The text should already be repaired (mojibake undone): the pipeline repairs before this stage. Linear in the
 * length of the text, no recursion. Immutable and thread-safe.
 */
public final class FlatTextExtractor {
  /** Most non-empty lines a capture may have by default. */
  public static final int DEFAULT_MAX_LINES = 2_000_000;
  /** A line repeated elsewhere counts as a headline only from this many words (user names repeat too). */
  private static final int MIN_ECHOED_WORDS = 4;
  /** How far before the content span the headline is looked for, in (non-empty) lines. */
  private static final int TITLE_WINDOW = 25;

  private static final FlatTextExtractor INSTANCE = new FlatTextExtractor();

  private FlatTextExtractor() {}

  /** The extractor (it has no settings). */
  public static FlatTextExtractor create() {
    return INSTANCE;
  }

  /** Extracts {@code text} with no URL and no knowledge of the site. */
  public FlatText extract(String text) {
    return extract(text, null, SiteLines.none(), DEFAULT_MAX_LINES);
  }

  /**
   * Extracts {@code text}.
   *
   * @param text the capture's text, decoded and repaired
   * @param url the capture's URL, if known (its path gives date and section; its host the site)
   * @param sites lines repeated across captures of the same sites, or {@link SiteLines#none()}
   * @param maxLines most non-empty lines accepted
   * @throws dev.pith.internal.ExtractionProblem of kind TOO_LARGE when the text has more lines
   */
  public FlatText extract(String text, @Nullable String url, SiteLines sites, int maxLines) {
    return extract(text, url, sites, maxLines, Budget.unlimited());
  }

  /**
   * Extracts {@code text} within a time budget, checked between the stages and every few thousand lines.
   *
   * @throws dev.pith.internal.ExtractionProblem of kind TOO_LARGE when the text has more lines, TIMEOUT when the
   *     budget runs out
   */
  public FlatText extract(String text, @Nullable String url, SiteLines sites, int maxLines, Budget budget) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(sites, "sites");
    if (maxLines < 1) {
      throw new IllegalArgumentException("maxLines must be >= 1, was " + maxLines);
    }
    List<Line> lines = LineReader.read(text, maxLines);
    budget.check("reading lines");
    int language = LineMeasures.measure(lines);
    budget.check("measuring lines");
    LineClassifier.classify(lines, language, sites.view(SiteLines.siteOf(url)));
    budget.check("classifying lines");
    int[] span = ContentSpan.find(lines);
    budget.check("finding the content span");
    int titleIndex = title(lines, span);
    if (titleIndex >= 0) {
      Line title = lines.get(titleIndex);
      title.reason = RemovalReason.METADATA;
      title.detail = "the headline";
      title.inSpan = false;
      for (int i = titleIndex + 1; i < Math.min(lines.size(), titleIndex + 4); i++) {
        Line next = lines.get(i);
        if (LossDetector.isSeparatorOnly(next.text)) {
          // "|" under the headline: the byline and date line, emptied (LossDetector reports it)
          next.reason = RemovalReason.METADATA;
          next.detail = "byline/date line with only its separator left";
          break;
        }
        if (next.kind == Line.Kind.PROSE) {
          break;
        }
      }
    }
    List<Block> blocks = Assembler.blocks(lines, span, titleIndex >= 0 ? lines.get(titleIndex).text : null);
    budget.check("assembling blocks");
    Metadata metadata = TextMetadata.of(lines, titleIndex, span, url, language);
    List<Removal> removals = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      budget.tick("listing removals");
      Line line = lines.get(i);
      if (!line.used) {
        RemovalReason reason = line.reason != null ? line.reason : outsideReason(line, i, span);
        String detail = line.reason != null ? line.detail
            : reason == RemovalReason.SUBSCRIPTION ? "subscription pitch after the content"
            : outsideDetail(line, i, span);
        removals.add(Removal.of(line.where(), reason, detail, line.text));
      }
    }
    List<Diagnostic> diagnostics = new ArrayList<>(LossDetector.find(lines, language, titleIndex));
    if (blocks.isEmpty()) {
      diagnostics.add(Diagnostic.of("no_content", "no main content was found in the text"));
    }
    return new FlatText(metadata, blocks, removals, diagnostics);
  }

  private static String outsideDetail(Line line, int index, int[] span) {
    if (span[0] == span[1]) {
      return "no content span";
    }
    if (line.inSpan) {
      return "fragment inside the content";
    }
    return index < span[0] ? "before the content" : "after the content";
  }

  /** The reason for a line outside the content: a pitch after the article is one, whatever else it is. */
  private static RemovalReason outsideReason(Line line, int index, int[] span) {
    if (index >= span[1] && span[0] < span[1] && mentionsSubscribing(line.text)) {
      return RemovalReason.SUBSCRIPTION;
    }
    return RemovalReason.OUTSIDE_CONTENT;
  }

  /** "… Join us in this mission by subscribing.", "Subscribe to …", "… our subscribers …". */
  private static boolean mentionsSubscribing(String text) {
    return text.length() <= 1000 && (text.contains("subscrib") || text.contains("Subscrib"));
  }

  /**
   * The headline: the best of the lines just before the content span that could be one (a few words, no sentence,
   * not a list item or furniture). A headline is long rather than short, close to the text, followed by its byline or
   * date, and often repeated in the capture ("Headline | Site", a QR-code or share label); a site or author name is
   * short, capitalised, and repeated in credits and copyright lines instead.
   */
  static int title(List<Line> lines, int[] span) {
    int start = span[0];
    if (start == span[1]) {
      return -1;
    }
    int best = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int i = start - 1; i >= Math.max(0, start - TITLE_WINDOW); i--) {
      Line line = lines.get(i);
      if (line.barrier) {
        break;
      }
      if (!isHeadlineLike(line)) {
        continue;
      }
      int words = line.wordsEquivalent();
      double score = Math.min(words, 12) / 6.0 - 0.05 * (start - i);
      if (followedByByline(lines, i, start)) {
        score += 1;
      }
      if (words >= MIN_ECHOED_WORDS && echoed(lines, i)) {
        score += 1;
      }
      if (words <= 3 && line.capitalized == line.words) {
        score -= 2; // "Harbour Herald", "Sarah Needleman": a name
      }
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    return best;
  }

  /** A byline or date line follows within the next three lines (before the text starts). */
  private static boolean followedByByline(List<Line> lines, int i, int start) {
    for (int j = i + 1; j <= Math.min(i + 3, start - 1); j++) {
      if (lines.get(j).reason == RemovalReason.METADATA) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHeadlineLike(Line line) {
    int words = line.wordsEquivalent();
    return line.reason == null && !line.isListItem() && words >= 2 && words <= 30 && line.linkTokens == 0
        && !(line.sentenceEnd && line.text.endsWith(".") && !line.text.endsWith("..."))
        && !line.credit() && Character.isLetterOrDigit(line.text.codePointAt(0));
  }

  /**
   * Whether another line of the capture starts or ends with this line's text (a page title, a QR-code label); not
   * a credit or copyright line, which repeat the site's name.
   */
  private static boolean echoed(List<Line> lines, int index) {
    String text = lines.get(index).text;
    if (text.length() < 12) {
      return false;
    }
    for (int i = 0; i < lines.size(); i++) {
      Line other = lines.get(i);
      String t = other.text;
      if (i != index && t.length() >= text.length() && (t.startsWith(text) || t.endsWith(text))
          && other.reason != RemovalReason.PAGE_CHROME && !other.credit() && t.indexOf('©') < 0) {
        return true;
      }
    }
    return false;
  }
}
