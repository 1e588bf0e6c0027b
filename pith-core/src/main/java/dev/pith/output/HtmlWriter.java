package dev.pith.output;

import dev.pith.document.Aside;
import dev.pith.document.Block;
import dev.pith.document.Code;
import dev.pith.document.ExtractedDocument;
import dev.pith.document.Figure;
import dev.pith.document.Heading;
import dev.pith.document.ListBlock;
import dev.pith.document.Metadata;
import dev.pith.document.Paragraph;
import dev.pith.document.Quote;
import dev.pith.document.Sourced;
import dev.pith.document.Table;
import java.util.List;

/**
 * A clean, self-contained HTML5 page: metadata in the head, the title as {@code h1}, the blocks as their natural
 * elements inside one {@code <article>}. No scripts, styles or attributes beyond what the content needs. Feeding
 * this page back to pith gives the same document.
 */
public final class HtmlWriter implements DocumentWriter {
  static final HtmlWriter INSTANCE = new HtmlWriter();

  private HtmlWriter() {}

  @Override
  public String write(ExtractedDocument document) {
    Metadata m = document.metadata();
    StringBuilder out = new StringBuilder(4096);
    out.append("<!DOCTYPE html>\n<html");
    if (m.language() != null) {
      out.append(" lang=\"").append(escape(m.language().value())).append('"');
    }
    out.append(">\n<head>\n<meta charset=\"utf-8\">\n");
    if (m.title() != null) {
      out.append("<title>").append(escape(m.title().value())).append("</title>\n");
    }
    meta(out, "author", m.authorText());
    meta(out, "description", m.description() == null ? null : m.description().value());
    property(out, "article:published_time", m.published());
    property(out, "article:modified_time", m.modified());
    property(out, "og:site_name", m.siteName());
    property(out, "article:section", m.section());
    if (m.url() != null) {
      out.append("<link rel=\"canonical\" href=\"").append(escape(m.url().value())).append("\">\n");
    }
    out.append("</head>\n<body>\n<article>\n");
    if (m.title() != null) {
      out.append("<h1>").append(escape(m.title().value())).append("</h1>\n");
    }
    for (Block block : document.blocks()) {
      append(block, out);
    }
    out.append("</article>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void meta(StringBuilder out, String name, String value) {
    if (value != null) {
      out.append("<meta name=\"").append(name).append("\" content=\"").append(escape(value)).append("\">\n");
    }
  }

  private static void property(StringBuilder out, String name, Sourced value) {
    if (value != null) {
      out.append("<meta property=\"").append(name).append("\" content=\"").append(escape(value.value()))
          .append("\">\n");
    }
  }

  private static void append(Block block, StringBuilder out) {
    if (block instanceof Heading h) {
      int level = h.level();
      out.append("<h").append(level).append('>').append(lines(h.text())).append("</h").append(level)
          .append(">\n");
    } else if (block instanceof Paragraph p) {
      out.append("<p>").append(lines(p.text())).append("</p>\n");
    } else if (block instanceof Quote q) {
      out.append("<blockquote><p>").append(lines(q.text())).append("</p></blockquote>\n");
    } else if (block instanceof Aside a) {
      out.append("<aside>");
      if (a.label() != null && !a.label().isEmpty()) {
        out.append("<h2>").append(escape(a.label())).append("</h2>");
      }
      out.append("<p>").append(lines(a.body())).append("</p></aside>\n");
    } else if (block instanceof ListBlock l) {
      String tag = l.ordered() ? "ol" : "ul";
      out.append('<').append(tag).append(">\n");
      for (String item : l.items()) {
        out.append("<li>").append(lines(item)).append("</li>\n");
      }
      out.append("</").append(tag).append(">\n");
    } else if (block instanceof Code c) {
      out.append("<pre><code>").append(escape(c.text())).append("</code></pre>\n");
    } else if (block instanceof Table t) {
      out.append("<table>\n");
      List<List<String>> rows = t.rows();
      for (int i = 0; i < rows.size(); i++) {
        String cell = i == 0 && t.header() ? "th" : "td";
        out.append("<tr>");
        for (String c : rows.get(i)) {
          out.append('<').append(cell).append('>').append(escape(c)).append("</").append(cell).append('>');
        }
        out.append("</tr>\n");
      }
      out.append("</table>\n");
    } else if (block instanceof Figure f) {
      out.append("<figure>");
      if (f.imageUrl() != null) {
        out.append("<img src=\"").append(escape(f.imageUrl())).append("\" alt=\"")
            .append(escape(f.caption() == null ? "" : f.caption())).append("\">");
      }
      if (f.caption() != null || f.credit() != null) {
        out.append("<figcaption>");
        if (f.caption() != null) {
          out.append(escape(f.caption()));
        }
        if (f.credit() != null) {
          out.append(f.caption() != null ? "<br>" : "").append("<small class=\"credit\">")
              .append(escape(f.credit())).append("</small>");
        }
        out.append("</figcaption>");
      }
      out.append("</figure>\n");
    }
  }

  private static String lines(String text) {
    return escape(text).replace("\n", "<br>\n");
  }

  /** Escapes text for element content and double-quoted attributes. */
  static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String rep = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        default -> null;
      };
      if (rep != null) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(rep);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }
}
