package dev.pith.text;

import dev.pith.document.ErrorKind;
import dev.pith.internal.ExtractionProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts flattened text into {@link Line}s: one per non-empty line, with its indentation, whether an empty line comes
 * before and after it, and its list marker. A marker standing alone on its line (text browsers put the marker of a
 * multi-line item there) is joined with the line that follows it. Hard-wrapped paragraphs are joined by
 * {@link Unwrapping}. Linear in the text's length.
 */
final class LineReader {
  private LineReader() {}

  /**
   * The lines of {@code text}.
   *
   * @throws ExtractionProblem of kind TOO_LARGE when there are more than {@code maxLines} non-empty lines
   */
  static List<Line> read(String text, int maxLines) {
    List<Line> lines = new ArrayList<>(Math.min(4096, text.length() / 40 + 16));
    int n = text.length();
    int number = 0;
    int pos = 0;
    boolean blank = true;
    // a list marker alone on its line, waiting for its text
    int markerLine = -1;
    char marker = 0;
    int markerIndent = 0;
    boolean markerBlank = false;
    int cr = -1; // the next '\r' at or after pos (n when none), found again only once pos has passed it
    while (pos <= n) {
      int end = text.indexOf('\n', pos);
      if (end < 0) {
        end = n;
      }
      if (cr < pos) {
        cr = text.indexOf('\r', pos);
        if (cr < 0) {
          cr = n;
        }
      }
      end = Math.min(end, cr);
      number++;
      int start = pos;
      int indent = 0;
      while (start < end && isSpace(text.charAt(start))) {
        indent += text.charAt(start) == '\t' ? 4 : 1;
        start++;
      }
      int stop = end;
      while (stop > start && isSpace(text.charAt(stop - 1))) {
        stop--;
      }
      if (start < stop) {
        char bullet = bullet(text, start, stop);
        int textStart = start;
        if (bullet != 0 && bullet != '#') {
          textStart = skipMarker(text, start, stop, bullet);
        }
        if (bullet != 0 && textStart >= stop && isBulletChar(bullet)) {
          // a marker alone: its text is on the next line (or the item is empty)
          if (markerLine > 0) {
            add(lines, new Line(markerLine, markerLine, "", markerIndent, markerBlank, marker), maxLines);
          }
          markerLine = number;
          marker = bullet;
          markerIndent = indent;
          markerBlank = blank;
        } else if (markerLine > 0 && bullet == 0) {
          add(lines, new Line(markerLine, number, text.substring(textStart, stop), markerIndent, markerBlank,
              marker), maxLines);
          markerLine = -1;
        } else {
          if (markerLine > 0) {
            add(lines, new Line(markerLine, markerLine, "", markerIndent, markerBlank, marker), maxLines);
            markerLine = -1;
          }
          Line line = new Line(number, number, text.substring(textStart, stop), indent, blank, bullet);
          line.markerWidth = textStart - start;
          add(lines, line, maxLines);
        }
        blank = false;
      } else {
        if (markerLine > 0) {
          add(lines, new Line(markerLine, markerLine, "", markerIndent, markerBlank, marker), maxLines);
          markerLine = -1;
        }
        if (!lines.isEmpty()) {
          lines.get(lines.size() - 1).blankAfter = true;
        }
        blank = true;
      }
      if (end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n') {
        end++;
      }
      pos = end + 1;
    }
    if (markerLine > 0) {
      add(lines, new Line(markerLine, markerLine, "", markerIndent, markerBlank, marker), maxLines);
    }
    if (!lines.isEmpty()) {
      lines.get(lines.size() - 1).blankAfter = true;
    }
    // a number alone is no list: "12. März 2024", "1. FC Köln"; numbered items come in runs
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.bullet == '#' && !(i > 0 && lines.get(i - 1).bullet == '#')
          && !(i + 1 < lines.size() && lines.get(i + 1).bullet == '#')) {
        line.bullet = 0;
      }
    }
    return Unwrapping.join(lines);
  }

  /** The text of a numbered item without its number: "2. Mix the flour" is "Mix the flour". */
  static String withoutNumber(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    if (i == 0 || i > 3 || i >= text.length() || text.charAt(i) != '.' && text.charAt(i) != ')') {
      return text;
    }
    i++;
    while (i < text.length() && isSpace(text.charAt(i))) {
      i++;
    }
    return text.substring(i);
  }

  private static void add(List<Line> lines, Line line, int maxLines) {
    if (lines.size() >= maxLines) {
      throw new ExtractionProblem(ErrorKind.TOO_LARGE,
          "the text has more than " + maxLines + " non-empty lines, over the limit");
    }
    lines.add(line);
  }

  /** Spaces, tabs, no-break and other Unicode spaces, zero-width characters. */
  static boolean isSpace(char c) {
    if (c <= ' ') {
      return c == ' ' || c == '\t' || c == '\f' || c == '\u000b';
    }
    if (c < '\u00a0') {
      return false; // letters, digits and punctuation of ASCII: most characters, out at the second test
    }
    return c == '\u00a0' || c == '\u200b' || c == '\ufeff' || c == '\u3000' || (c >= '\u2000' && c <= '\u200a')
        || c == '\u202f' || c == '\u205f';
  }

  /** Characters that mark a list item when followed by a space (or standing alone). */
  static boolean isBulletChar(char c) {
    switch (c) {
      case '•': case '◦': case '▪': case '▫': case '■': case '□': case '○': case '●': case '☆': case '★':
      case '◆': case '◇': case '►': case '▶': case '▸': case '‣': case '⁃': case '·': case '✓': case '✔':
      case '➤': case '→': case '*': case '-': case '+':
        return true;
      default:
        return false;
    }
  }

  /** The list marker that starts the text at {@code start}, '#' for a number, 0 for none. */
  private static char bullet(String text, int start, int stop) {
    char c = text.charAt(start);
    if (isBulletChar(c)) {
      if (start + 1 == stop) {
        // '-', '*' and '+' alone are rules or stray punctuation, not empty items
        return c == '-' || c == '*' || c == '+' ? 0 : c;
      }
      char next = text.charAt(start + 1);
      return isSpace(next) ? c : 0;
    }
    // "1. ", "12) ": a numbered item; three digits at most, so that years are not taken for numbers
    int i = start;
    while (i < stop && i - start < 4 && c >= '0' && c <= '9') {
      i++;
      c = i < stop ? text.charAt(i) : ' ';
    }
    int digits = i - start;
    if (digits >= 1 && digits <= 3 && i + 1 < stop && (c == '.' || c == ')') && isSpace(text.charAt(i + 1))) {
      return '#';
    }
    return 0;
  }

  private static int skipMarker(String text, int start, int stop, char bullet) {
    int i = start + 1;
    while (i < stop && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
