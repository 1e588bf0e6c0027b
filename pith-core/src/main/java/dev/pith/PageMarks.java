package dev.pith;

import dev.pith.document.ExtractedDocument;
import dev.pith.document.Removal;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Collects, during one inspected extraction, what happened to each element of the page, and renders the original
 * page with those marks. Elements are numbered before cleaning (a {@code data-pith-id} attribute) and the
 * numbered DOM is copied, so that marks made on the working DOM can be placed on the untouched copy. One per
 * call; not thread-safe.
 */
final class PageMarks {
  static final String ID = "data-pith-id";

  /**
   * What the marked page looks like: kept blocks outlined green, removals outlined red and faded, reasons on hover.
   * Only outlines and opacity: the page's own colours stay, so its text stays readable.
   */
  private static final String STYLE = """
      [data-pith=kept]{outline:2px solid #1a7f37 !important;outline-offset:1px}
      [data-pith=removed]{outline:2px dashed #cf222e !important;outline-offset:1px;opacity:.55}
      [data-pith=removed] [data-pith=kept]{outline-color:#9a6700 !important}
      [data-pith]:hover{opacity:1;box-shadow:0 0 0 4px rgba(9,105,218,.35)}
      """;

  private @Nullable Document snapshot;
  private final Map<String, String[]> marks = new HashMap<>();
  private String text = "";

  /** Remembers the decoded text of a text capture, to render its lines. */
  void text(String value) {
    text = value;
  }

  String text() {
    return text;
  }

  /** Numbers the elements of {@code doc} and keeps an untouched copy to mark later. */
  void start(Document doc) {
    marks.clear();
    int n = 0;
    for (Element e : doc.getAllElements()) {
      e.attr(ID, Integer.toString(n++));
    }
    snapshot = doc.clone();
  }

  void kept(Element element, String type) {
    marks.putIfAbsent(element.attr(ID), new String[] {"kept", type});
  }

  void removed(Element element, Removal removal) {
    String why = removal.reason().jsonName() + (removal.detail().isEmpty() ? "" : ": " + removal.detail());
    marks.put(element.attr(ID), new String[] {"removed", why});
  }

  /** The copy with marks, scripts and event handlers removed, relative links resolved against {@code url}. */
  String render(@Nullable String url) {
    if (snapshot == null) {
      return "";
    }
    Document page = snapshot;
    for (Element e : page.getAllElements()) {
      String[] mark = marks.get(e.attr(ID));
      if (mark != null) {
        e.attr("data-pith", mark[0]);
        e.attr("title", (mark[0].equals("kept") ? "kept: " : "removed, ") + mark[1]);
      }
      e.removeAttr(ID);
      for (var attr : e.attributes().asList()) {
        if (attr.getKey().regionMatches(true, 0, "on", 0, 2)) {
          e.removeAttr(attr.getKey());
        }
      }
    }
    page.select("script, iframe, object, embed, base, meta[http-equiv=refresh]").remove();
    Element head = page.head();
    if (url != null && !url.isBlank()) {
      head.prependElement("base").attr("href", url);
    }
    head.appendElement("style").text(STYLE);
    return page.outerHtml();
  }

  /** A text capture as a page of lines, each marked kept or removed from the document's line removals. */
  static String renderText(String text, ExtractedDocument doc) {
    Map<Integer, Removal> byLine = new HashMap<>();
    for (Removal r : doc.removals()) {
      if (r.where().startsWith("line ")) {
        try {
          byLine.put(Integer.parseInt(r.where().substring(5).strip()), r);
        } catch (NumberFormatException notALine) {
          // a removal of another kind: nothing to mark
        }
      }
    }
    Document page = Document.createShell("");
    page.head().appendElement("meta").attr("charset", "utf-8");
    page.head().appendElement("style").text(STYLE + "div{font:14px/1.5 monospace;white-space:pre-wrap}");
    Element body = page.body();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Element div = body.appendElement("div").text(lines[i].isEmpty() ? " " : lines[i]);
      Removal r = byLine.get(i + 1);
      if (r != null) {
        div.attr("data-pith", "removed").attr("title", "removed, " + r.reason().jsonName() + ": " + r.detail());
      } else if (!lines[i].isBlank()) {
        div.attr("data-pith", "kept");
      }
    }
    return page.outerHtml();
  }
}
