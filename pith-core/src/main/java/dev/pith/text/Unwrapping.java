package dev.pith.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Joins the lines of hard-wrapped paragraphs (text browsers' dumps at 80 columns, e-mail, plain-text archives) into
 * one {@link Line} each, so that a paragraph is judged as a whole. The text is taken to be wrapped when most of its
 * longer lines end close to one width; a line is joined with the next when the next one's first word would not
 * have fitted after it, which is how a wrapper breaks. Lines of unwrapped text (a WET record, a dump without a
 * width) vary too much in length to trigger it. Linear apart from sorting the lengths.
 */
final class Unwrapping {
  /** Lines shorter than this say nothing about the width. */
  static final int MIN_MEASURED_LENGTH = 30;
  /** Wrapped text has at least this many measured lines. */
  static final int MIN_MEASURED_LINES = 6;
  /** Widths above this are no wrapping width. */
  static final int MAX_WIDTH = 200;
  /** A wrapped line ends at most this many columns before the width. */
  static final int RAGGED_COLUMNS = 25;
  /** At least this share of the measured lines end within the ragged margin. */
  static final double MIN_RAGGED_SHARE = 0.5;
  /** At most this share of the measured lines run past the width (long URLs do). */
  static final double MAX_OVERFLOW_SHARE = 0.1;

  private Unwrapping() {}

  /** The lines with wrapped paragraphs joined; the same list when the text is not wrapped. */
  static List<Line> join(List<Line> lines) {
    int width = width(lines);
    if (width <= 0) {
      return lines;
    }
    List<Line> out = new ArrayList<>(lines.size());
    Line current = null;
    // The text of a paragraph being joined grows in one builder: joining line by line into new strings was
    // quadratic (100,000 wrapped lines of one paragraph took minutes). current.text is only its last line then.
    StringBuilder text = null;
    for (Line next : lines) {
      if (current != null && continues(current, next, width)) {
        if (text == null) {
          text = new StringBuilder(current.text);
        }
        boolean hyphen = text.length() > 1 && text.charAt(text.length() - 1) == '-'
            && Character.isLetter(text.charAt(text.length() - 2));
        text.append(hyphen ? "" : " ").append(next.text);
        current = joined(current, next);
      } else {
        if (current != null) {
          out.add(withText(current, text));
        }
        current = next;
        text = null;
      }
    }
    if (current != null) {
      out.add(withText(current, text));
    }
    return out;
  }

  /** {@code line} with the whole joined text, or as it is when it was not joined. */
  private static Line withText(Line line, StringBuilder text) {
    if (text == null) {
      return line;
    }
    Line j = new Line(line.first, line.last, text.toString(), line.indent, line.blankBefore, line.bullet);
    j.blankAfter = line.blankAfter;
    j.markerWidth = line.markerWidth;
    j.lastLength = line.lastLength;
    return j;
  }

  /** The wrapping width, or 0 when the text is not wrapped. */
  static int width(List<Line> lines) {
    int[] lengths = new int[lines.size()];
    int n = 0;
    for (Line line : lines) {
      int length = line.indent + line.markerWidth + line.text.length();
      if (line.first == line.last && length >= MIN_MEASURED_LENGTH) {
        lengths[n++] = length;
      }
    }
    if (n < MIN_MEASURED_LINES) {
      return 0;
    }
    int[] sorted = Arrays.copyOf(lengths, n);
    Arrays.sort(sorted);
    int width = sorted[(int) Math.floor(0.9 * (n - 1))];
    if (width > MAX_WIDTH) {
      return 0;
    }
    int ragged = 0;
    int overflow = 0;
    for (int i = 0; i < n; i++) {
      if (sorted[i] > width + 5) {
        overflow++;
      } else if (sorted[i] >= width - RAGGED_COLUMNS) {
        ragged++;
      }
    }
    boolean wrapped = ragged >= MIN_RAGGED_SHARE * n && overflow <= MAX_OVERFLOW_SHARE * n;
    return wrapped ? width : 0;
  }

  /** Whether {@code next} continues the paragraph that {@code current} was broken out of. */
  private static boolean continues(Line current, Line next, int width) {
    if (next.blankBefore || next.isListItem() || current.text.isEmpty() || next.text.isEmpty()) {
      return false;
    }
    int end = current.indent + (current.first == current.last ? current.markerWidth : 0) + lastLineLength(current);
    if (end < width - RAGGED_COLUMNS) {
      return false; // a short line ends its paragraph
    }
    int firstWord = next.text.indexOf(' ');
    firstWord = firstWord < 0 ? next.text.length() : firstWord;
    // the wrapper broke here only if the next word would not have fitted
    if (end + 1 + firstWord <= width) {
      return false;
    }
    // a continuation starts where the paragraph's text starts (under a list item's text, for an item)
    return next.indent == current.indent
        || current.isListItem() && next.indent == current.indent + current.markerWidth;
  }

  private static int lastLineLength(Line line) {
    // for a joined line, only its last physical line's length matters; joins use single spaces
    return line.first == line.last ? line.text.length() : line.lastLength;
  }

  /** The joined line's fields; its text is only {@code b}'s for now (the caller builds the whole text). */
  private static Line joined(Line a, Line b) {
    Line j = new Line(a.first, b.last, b.text, a.indent, a.blankBefore, a.bullet);
    j.blankAfter = b.blankAfter;
    j.markerWidth = a.markerWidth;
    j.lastLength = b.text.length() + (b.indent - a.indent);
    return j;
  }
}
