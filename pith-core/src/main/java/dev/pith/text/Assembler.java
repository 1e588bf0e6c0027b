package dev.pith.text;

import dev.pith.document.Aside;
import dev.pith.document.Block;
import dev.pith.document.Code;
import dev.pith.document.Figure;
import dev.pith.document.Heading;
import dev.pith.document.ListBlock;
import dev.pith.document.Paragraph;
import dev.pith.document.Table;
import dev.pith.document.RemovalReason;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Builds the blocks of the content span in reading order: a photo credit and the caption beside it become a
 * {@link Figure}; a box label and the text after it an {@link Aside}; runs of list items a {@link ListBlock}; short
 * lines that introduce what follows a {@link Heading}; the rest {@link Paragraph}s. Furniture inside the span stays
 * out, with its reason. Marks every line it uses. Stateless.
 */
final class Assembler {
  /** A line ending in ':' with this many words introduces what follows rather than heading it. */
  private static final int MIN_INTRODUCTION_WORDS = 5;
  /** A heading has at most this many words. */
  private static final int MAX_HEADING_WORDS = 20;

  private Assembler() {}

  static List<Block> blocks(List<Line> lines, int[] span, @Nullable String title) {
    List<Block> blocks = new ArrayList<>();
    int start = span[0];
    int end = span[1];
    if (start == end) {
      return blocks;
    }
    // a figure whose credit stands just before the span (the span starts at its caption), or a box's label
    if (start > 0 && (isFigureStart(lines, start - 1) || isBoxStart(lines.get(start - 1)))) {
      start--;
      lines.get(start).inSpan = true;
    }
    // ... or whose credit stands just after it
    if (end < lines.size() && lines.get(end).credit() && !lines.get(end - 1).blankAfter
        && lines.get(end).reason == null) {
      end++;
    }
    int i = start;
    while (i < end) {
      Line line = lines.get(i);
      if (line.used || line.reason != null) {
        i++;
        continue;
      }
      if (line.credit()) {
        i = figure(lines, i, end, blocks);
        continue;
      }
      if (title != null && line.text.equals(title)) {
        line.reason = RemovalReason.METADATA;
        line.detail = "the headline again";
        i++;
        continue;
      }
      if (line.kind != Line.Kind.PROSE && !line.isListItem() && line.repeats > 1) {
        line.reason = RemovalReason.DUPLICATE;
        line.detail = "repeated " + line.repeats + " times in the capture";
        i++;
        continue;
      }
      int credit = line.isListItem() ? -1 : Credits.captionCredit(line);
      if (credit >= 0) {
        String caption = credit == 0 ? line.text : line.text.substring(0, credit).strip();
        String by = credit == 0 ? null : creditText(line.text.substring(credit));
        line.used = true;
        if (by == null && i + 1 < end && !line.blankAfter && lines.get(i + 1).credit()
            && lines.get(i + 1).reason == null) {
          by = lines.get(i + 1).text;
          lines.get(i + 1).used = true;
          i++;
        }
        blocks.add(new Figure(caption, by, null));
        i++;
        continue;
      }
      if (Asides.isLabel(line) && i + 1 < end) {
        i = aside(lines, i, end, blocks);
        continue;
      }
      if (line.isListItem()) {
        i = list(lines, i, end, blocks);
        continue;
      }
      if (line.tableRow) {
        i = table(lines, i, end, blocks);
        continue;
      }
      if (line.code) {
        i = code(lines, i, end, blocks);
        continue;
      }
      if (isHeading(lines, i, end)) {
        blocks.add(new Heading(2, line.text));
      } else {
        blocks.add(new Paragraph(line.text));
      }
      line.used = true;
      i++;
    }
    return blocks;
  }

  /** "(AP Photo/Hau Dinh)" → "AP Photo/Hau Dinh"; "Credit: ESA" stays as it is. */
  private static String creditText(String credit) {
    String c = credit.strip();
    if (c.startsWith("(") && c.endsWith(")")) {
      c = c.substring(1, c.length() - 1).strip();
    }
    return c;
  }

  private static boolean isFigureStart(List<Line> lines, int i) {
    Line credit = lines.get(i);
    return credit.reason == null && !credit.blankAfter && credit.credit()
        && i + 1 < lines.size() && isCaption(lines.get(i + 1));
  }

  private static boolean isBoxStart(Line line) {
    return line.reason == null && Asides.isLabel(line);
  }

  private static boolean isCaption(Line line) {
    return line.reason == null && !line.isListItem() && line.words >= 3 && !line.credit();
  }

  /** A credit with the caption that shares its paragraph (the line after it, else the one before). */
  private static int figure(List<Line> lines, int i, int end, List<Block> blocks) {
    Line credit = lines.get(i);
    credit.used = true;
    if (!credit.blankAfter && i + 1 < end && isCaption(lines.get(i + 1))) {
      Line caption = lines.get(i + 1);
      caption.used = true;
      blocks.add(new Figure(caption.text, credit.text, null));
      return i + 2;
    }
    if (!credit.blankBefore && !blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Paragraph p
        && i > 0 && lines.get(i - 1).text.equals(p.text()) && isCaption(lines.get(i - 1))) {
      blocks.set(blocks.size() - 1, new Figure(p.text(), credit.text, null));
      return i + 1;
    }
    blocks.add(new Figure(null, credit.text, null));
    return i + 1;
  }

  /** A box: its label, then a run of list items or one paragraph. */
  private static int aside(List<Line> lines, int i, int end, List<Block> blocks) {
    Line label = lines.get(i);
    int j = i + 1;
    while (j < end && lines.get(j).reason != null) {
      j++;
    }
    if (j >= end) {
      blocks.add(new Heading(2, label.text));
      label.used = true;
      return i + 1;
    }
    label.used = true;
    Line first = lines.get(j);
    if (first.isListItem()) {
      List<String> items = new ArrayList<>();
      while (j < end && lines.get(j).isListItem()) {
        Line item = lines.get(j);
        if (item.reason == null) {
          items.add(item.text);
          item.used = true;
        }
        j++;
      }
      blocks.add(new Aside(label.text, String.join("\n", items)));
      return j;
    }
    first.used = true;
    if (!Asides.holdsPoints(label)) {
      blocks.add(new Aside(label.text, first.text));
      return j + 1;
    }
    // points written as lines without markers: the short sentences that follow, up to a paragraph or a gap
    List<String> points = new ArrayList<>();
    points.add(first.text);
    int k = j + 1;
    while (k < end && points.size() < Asides.MAX_POINTS) {
      Line point = lines.get(k);
      if (point.reason != null || point.blankBefore || point.isListItem()
          || point.wordsEquivalent() > Asides.MAX_POINT_WORDS || !point.sentenceEnd) {
        break;
      }
      point.used = true;
      points.add(point.text);
      k++;
    }
    blocks.add(new Aside(label.text, String.join("\n", points)));
    return k;
  }

  /** A run of list items (furniture among them stays out); numbered runs become ordered lists. */
  private static int list(List<Line> lines, int i, int end, List<Block> blocks) {
    List<Line> items = new ArrayList<>();
    boolean ordered = true;
    int j = i;
    while (j < end && lines.get(j).isListItem()) {
      Line item = lines.get(j);
      if (item.reason == null && !item.used) {
        items.add(item);
        item.used = true;
        ordered &= item.bullet == '#';
      }
      j++;
    }
    if (!items.isEmpty()) {
      boolean numbered = ordered;
      blocks.add(new ListBlock(ordered,
          items.stream().map(l -> numbered ? LineReader.withoutNumber(l.text) : l.text).toList()));
    }
    return j;
  }

  /** A run of code lines, with their indentation relative to the least indented one. */
  private static int code(List<Line> lines, int i, int end, List<Block> blocks) {
    int j = i;
    int indent = Integer.MAX_VALUE;
    while (j < end && lines.get(j).code && lines.get(j).reason == null) {
      indent = Math.min(indent, lines.get(j).indent);
      j++;
    }
    StringBuilder text = new StringBuilder();
    for (int k = i; k < j; k++) {
      Line line = lines.get(k);
      line.used = true;
      if (text.length() > 0) {
        text.append(line.blankBefore ? "\n\n" : "\n"); // blank lines inside code are part of it
      }
      text.append(" ".repeat(line.indent - indent)).append(line.text);
    }
    blocks.add(new Code(text.toString()));
    return j;
  }

  /** A run of table rows: cells are the texts between column gaps. */
  private static int table(List<Line> lines, int i, int end, List<Block> blocks) {
    List<List<String>> rows = new ArrayList<>();
    int j = i;
    while (j < end && lines.get(j).tableRow
        && (lines.get(j).reason == null || LineClassifier.isBoxBorder(lines.get(j).text))) {
      Line row = lines.get(j);
      if (row.reason == null) { // borders stay out, with their reason
        row.used = true;
        rows.add(LineClassifier.isBoxRow(row.text) ? boxCells(row.text) : cells(row.text));
      }
      j++;
    }
    blocks.add(new Table(rows, false));
    return j;
  }

  /** "│1     │Chicago Booth   │37% │" → [1, Chicago Booth, 37%]. */
  static List<String> boxCells(String row) {
    List<String> cells = new ArrayList<>();
    int start = 1;
    for (int i = 1; i < row.length(); i++) {
      if (row.charAt(i) == '│') {
        cells.add(row.substring(start, i).strip());
        start = i + 1;
      }
    }
    if (start < row.length() && !row.substring(start).isBlank()) {
      cells.add(row.substring(start).strip());
    }
    return cells;
  }

  /** "Kentucky            41.6" → [Kentucky, 41.6]. */
  static List<String> cells(String row) {
    List<String> cells = new ArrayList<>();
    int start = 0;
    int i = 0;
    int n = row.length();
    while (i < n) {
      if (row.charAt(i) == ' ' && i + 1 < n && row.charAt(i + 1) == ' ') {
        cells.add(row.substring(start, i).strip());
        while (i < n && row.charAt(i) == ' ') {
          i++;
        }
        start = i;
      } else {
        i++;
      }
    }
    cells.add(row.substring(start).strip());
    return cells;
  }

  /** A short line, no sentence, followed by more content: it introduces what follows. */
  private static boolean isHeading(List<Line> lines, int i, int end) {
    Line line = lines.get(i);
    if (line.kind == Line.Kind.PROSE || line.wordsEquivalent() > MAX_HEADING_WORDS) {
      return false;
    }
    String t = line.text;
    char last = t.charAt(t.length() - 1);
    if (last == '.' || last == ',' || last == ';') {
      return false;
    }
    if (last == ':' && line.words >= MIN_INTRODUCTION_WORDS) {
      return false; // "The researchers compared three groups of students:" introduces, it does not head
    }
    if (line.sentenceEnd && last != '?' && last != '!') {
      return false;
    }
    for (int j = i + 1; j < end; j++) {
      Line next = lines.get(j);
      if (next.reason == null) {
        return next.kind == Line.Kind.PROSE || next.isListItem() || next.wordsEquivalent() > line.wordsEquivalent();
      }
    }
    return false;
  }

}
