package dev.pith.output;

import dev.pith.document.Aside;
import dev.pith.document.Block;
import dev.pith.document.Code;
import dev.pith.document.ExtractedDocument;
import dev.pith.document.Figure;
import dev.pith.document.Heading;
import dev.pith.document.ListBlock;
import dev.pith.document.Paragraph;
import dev.pith.document.Quote;
import dev.pith.document.Table;
import java.util.List;

/**
 * CommonMark with GitHub tables: the title as a level-1 heading, then the blocks. Text is escaped so that a
 * paragraph starting with "1." or "#" stays a paragraph.
 */
public final class MarkdownWriter implements DocumentWriter {
  static final MarkdownWriter INSTANCE = new MarkdownWriter();

  private MarkdownWriter() {}

  @Override
  public String write(ExtractedDocument document) {
    StringBuilder out = new StringBuilder();
    String title = document.metadata().titleText();
    if (title != null) {
      out.append("# ").append(escapeInline(title)).append("\n\n");
    }
    for (Block block : document.blocks()) {
      int before = out.length();
      append(block, out);
      if (out.length() > before) {
        out.append("\n\n");
      }
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '\n') {
      end--;
    }
    out.setLength(end);
    return end == 0 ? "" : out.append('\n').toString();
  }

  private static void append(Block block, StringBuilder out) {
    if (block instanceof Heading h) {
      out.append("#".repeat(h.level())).append(' ').append(escapeInline(h.text()));
    } else if (block instanceof Paragraph p) {
      out.append(escapeLines(p.text(), ""));
    } else if (block instanceof Quote q) {
      out.append(escapeLines(q.text(), "> "));
    } else if (block instanceof Aside a) {
      // CommonMark has no aside: a block quote whose first line is the label in bold
      if (a.label() != null && !a.label().isEmpty()) {
        out.append("> **").append(escapeInline(a.label())).append("**\n>\n");
      }
      out.append(escapeLines(a.body(), "> "));
    } else if (block instanceof ListBlock l) {
      int n = 1;
      for (String item : l.items()) {
        if (n > 1) {
          out.append('\n');
        }
        String marker = l.ordered() ? (n + ". ") : "- ";
        String indent = " ".repeat(marker.length());
        String[] lines = item.split("\n", -1);
        out.append(marker).append(escapeInline(lines[0]));
        for (int i = 1; i < lines.length; i++) {
          out.append('\n').append(indent).append(escapeInline(lines[i]));
        }
        n++;
      }
    } else if (block instanceof Code c) {
      String fence = c.text().contains("```") ? "~~~~" : "```";
      out.append(fence).append('\n').append(c.text()).append('\n').append(fence);
    } else if (block instanceof Table t) {
      appendTable(t, out);
    } else if (block instanceof Figure f) {
      String caption = f.caption() == null ? "" : f.caption();
      if (f.imageUrl() != null) {
        out.append("![").append(escapeInline(caption)).append("](").append(f.imageUrl().replace(" ", "%20"))
            .append(')');
      }
      String text = f.text();
      if (!text.isEmpty()) {
        if (f.imageUrl() != null) {
          out.append('\n');
        }
        out.append('*').append(escapeInline(text.replace('\n', ' '))).append('*');
      }
    }
  }

  private static void appendTable(Table t, StringBuilder out) {
    List<List<String>> rows = t.rows();
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    if (columns == 0) {
      return;
    }
    int start = 0;
    if (t.header()) {
      appendRow(rows.get(0), columns, out);
      start = 1;
    } else {
      appendRow(List.of(), columns, out);
    }
    out.append('\n').append("|").append(" --- |".repeat(columns));
    for (int i = start; i < rows.size(); i++) {
      out.append('\n');
      appendRow(rows.get(i), columns, out);
    }
  }

  private static void appendRow(List<String> row, int columns, StringBuilder out) {
    out.append('|');
    for (int i = 0; i < columns; i++) {
      String cell = i < row.size() ? row.get(i) : "";
      out.append(' ').append(escapeInline(cell).replace("|", "\\|")).append(" |");
    }
  }

  private static String escapeLines(String text, String prefix) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (out.length() > 0) {
        out.append("  \n"); // a hard line break, as <br> was
      }
      out.append(prefix).append(escapeInline(line));
    }
    return out.toString();
  }

  /** Escapes the characters that would start markup at the start of a line or inside it. */
  static String escapeInline(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' || c == '<' || c == '>') {
        out.append('\\');
      } else if (i == 0 && (c == '#' || c == '+' || c == '-' || c == '=' || c == '|')) {
        out.append('\\');
      }
      out.append(c);
    }
    // "1. text" at the start would become a list
    int i = 0;
    while (i < out.length() && Character.isDigit(out.charAt(i))) {
      i++;
    }
    if (i > 0 && i < out.length() && (out.charAt(i) == '.' || out.charAt(i) == ')')) {
      out.insert(i, '\\');
    }
    return out.toString();
  }
}
