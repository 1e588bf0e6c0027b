package dev.pith.text;

import dev.pith.document.RemovalReason;
import org.jspecify.annotations.Nullable;

/**
 * One unit of a flattened capture: a line (or, for hard-wrapped text, the lines of one paragraph joined), with its
 * measures and, once judged, its kind. Per-call working state: created, filled and read by one extraction on one
 * thread.
 */
final class Line {
  /** Line number of the first line in the capture, from 1. */
  final int first;
  /** Line number of the last line (equal to {@link #first} unless wrapped lines were joined). */
  final int last;
  /** The text without surrounding whitespace and without its list marker. */
  final String text;
  /** Columns of indentation before the text (or its list marker). */
  final int indent;
  /** An empty line (or the start of the capture) comes before this one. */
  final boolean blankBefore;
  /**
   * The list marker ('•', '-', ...), '#' for a numbered item (whose number stays in {@link #text}: "12. März 2024"
   * standing alone is a date, not an item), 0 for none.
   */
  char bullet;
  /** An empty line (or the end of the capture) comes after this one; set by the reader. */
  boolean blankAfter;
  /** For lines joined by {@link Unwrapping}: the length of the last physical line's text. */
  int lastLength;
  /** Columns of list marker (and the spaces after it) between the indentation and the text. */
  int markerWidth;

  /** Hash of the folded text ({@link LinePhrases#key}); 0 for lines longer than {@link LineMeasures#MAX_KEY_CHARS}. */
  long keyHash;
  /** Hash of the folded text with every number alike ({@link Records#shapeOfKey}); 0 when {@link #keyHash} is. */
  long shapeHash;
  private @Nullable String key;

  // measures (LineMeasures)
  int letters;
  /** Letters outside Latin (code points from U+0250): Greek, Cyrillic, CJK, Arabic... */
  int otherScript;
  int upper;
  int digits;
  /** Han, kana and similar characters, which write words without spaces. */
  int cjk;
  int words;
  /** Words that start with a capital letter. */
  int capitalized;
  /** Stop words of the capture's language (for CJK: particles, weighted). */
  int stopWords;
  /** Tokens that are URLs, paths, e-mail addresses or handles. */
  int linkTokens;
  /** Commas and semicolons inside the text. */
  int commas;
  /** Brackets, braces, operators and similar symbols that code has and prose lacks. */
  int symbols;
  /** Spaces between the words. */
  int spaces;
  /** Gaps of two spaces or more between words: the column gaps of a table as text browsers draw it. */
  int cellGaps;
  /** The line is part of a block of code (program text, shell commands, output), see {@link LineClassifier}. */
  boolean code;
  /** The line is a row of a table (a run of lines with column gaps), see {@link LineClassifier}. */
  boolean tableRow;
  /** Separators between menu items: '|', '·', '•' standing between words. */
  int separators;
  /** The text ends like a sentence (full stop, question or exclamation mark, possibly inside quotes). */
  boolean sentenceEnd;
  /** Some sentence end occurs inside the text. */
  boolean sentenceInside;

  // judgement (LineClassifier, ContentSpan, Structure)
  Kind kind = Kind.SHORT;
  /** Why the line is boilerplate, when it is. */
  @Nullable RemovalReason reason;
  /** The evidence for {@link #reason}. */
  String detail = "";
  /** What the line adds to a content span: positive for prose, negative for chrome. */
  double weight;
  /** A heading-like section end ("Related articles", "Comments"): content spans do not cross it. */
  boolean barrier;
  /** How many lines of the capture have the same text (case and punctuation folded). */
  int repeats = 1;
  /** How many lines of the capture have the same shape (folded, every number alike). */
  int shapeRepeats = 1;
  /** The line lies in a list of records (comments, teasers), see {@link Records}. */
  boolean inRecords;
  /** The first line of a comment thread or teaser list (its records are marked by dates or comment widgets). */
  boolean threadStart;
  /** For a thread's first line: the prose weight of its typical record (a comment, a reply, a teaser). */
  double threadTypicalWeight;
  /** The line lies in the main content span. */
  boolean inSpan;
  /** Taken into a block (or the metadata) rather than removed. */
  boolean used;

  Line(int first, int last, String text, int indent, boolean blankBefore, char bullet) {
    this.first = first;
    this.last = last;
    this.text = text;
    this.indent = indent;
    this.blankBefore = blankBefore;
    this.bullet = bullet;
  }

  /** {@code line 12}, or {@code lines 12-14} for a joined paragraph. */
  String where() {
    return first == last ? "line " + first : "lines " + first + "-" + last;
  }

  boolean isListItem() {
    return bullet != 0;
  }

  /** Words counted so that CJK text, written without spaces, compares with spaced text. */
  int wordsEquivalent() {
    return words + cjk / 2;
  }

  /** Share of stop words among the words, 0 when there are none. */
  double stopRatio() {
    int w = wordsEquivalent();
    return w == 0 ? 0 : Math.min(1.0, (double) stopWords / w);
  }

  /** The folded text ({@link LinePhrases#key}), made when first asked for. */
  String key() {
    if (key == null) {
      key = LinePhrases.key(text);
    }
    return key;
  }

  /** Whether the line is a photo credit (computed once, see {@link Credits#isCredit}). */
  boolean credit() {
    if (credit == 0) {
      credit = Credits.isCredit(this) ? 1 : -1;
    }
    return credit > 0;
  }

  private int credit;

  /** Marks the line as boilerplate for {@code why}, unless it already has a reason. */
  void reject(RemovalReason why, String evidence) {
    if (reason == null) {
      reason = why;
      detail = evidence;
    }
  }

  @Override
  public String toString() {
    return where() + " " + kind + " " + String.format(java.util.Locale.ROOT, "%.1f", weight) + " "
        + (reason == null ? "" : reason.jsonName() + "(" + detail + ") ") + text;
  }

  /** What a line looks like on its own. */
  enum Kind {
    /** Running text: long enough, sentence-like, with the function words of a language. */
    PROSE,
    /** A sentence or phrase too short to count as prose on its own. */
    SHORT,
    /** Known chrome: menus, share and subscribe lines, meters, labels, bare links, form controls. */
    CHROME
  }

  /** The end (exclusive) of the run of consecutive lines from {@code from} on that pass {@code test}. */
  static int runEnd(java.util.List<Line> lines, int from, java.util.function.Predicate<Line> test) {
    int end = from;
    while (end < lines.size() && test.test(lines.get(end))) {
      end++;
    }
    return end;
  }
}
