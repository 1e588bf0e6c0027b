package dev.pith.html;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jsoup.nodes.Element;

/** Short, readable paths to elements for removal reports: {@code body>div#main>nav.menu}. */
public final class NodePaths {
  /** Segments kept from the end of a path: enough to find the node, short enough to read. */
  private static final int MAX_SEGMENTS = 6;

  private NodePaths() {}

  public static String of(Element element) {
    Deque<String> parts = new ArrayDeque<>();
    Element e = element;
    int n = 0;
    while (e != null && !e.nameIs("#root")) {
      if (n == MAX_SEGMENTS) {
        parts.addFirst("…");
        break;
      }
      parts.addFirst(segment(e));
      n++;
      if (e.nameIs("body")) {
        break;
      }
      e = e.parent();
    }
    return String.join(">", parts);
  }

  static String segment(Element e) {
    StringBuilder s = new StringBuilder(e.normalName());
    String id = e.id();
    if (!id.isEmpty() && id.length() <= 40) {
      s.append('#').append(id);
    }
    String cls = e.className().trim();
    if (!cls.isEmpty()) {
      int space = cls.indexOf(' ');
      String first = space < 0 ? cls : cls.substring(0, space);
      if (first.length() <= 40) {
        s.append('.').append(first);
      }
    }
    return s.toString();
  }
}
