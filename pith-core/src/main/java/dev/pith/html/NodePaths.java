package dev.pith.html;

import org.jsoup.nodes.Element;

/** Short, readable paths to elements for removal reports: {@code body>div#main>nav.menu}. */
public final class NodePaths {
  /** Segments kept from the end of a path: enough to find the node, short enough to read. */
  private static final int MAX_SEGMENTS = 6;

  private NodePaths() {}

  public static String of(Element element) {
    // the elements from the node up, then their segments written top-down into one builder
    Element[] chain = new Element[MAX_SEGMENTS];
    int n = 0;
    boolean cut = false;
    Element e = element;
    while (e != null && !e.nameIs("#root")) {
      if (n == MAX_SEGMENTS) {
        cut = true;
        break;
      }
      chain[n++] = e;
      if (e.nameIs("body")) {
        break;
      }
      e = e.parent();
    }
    StringBuilder path = new StringBuilder(24 * n + 2);
    if (cut) {
      path.append('…');
    }
    for (int i = n - 1; i >= 0; i--) {
      if (path.length() > 0) {
        path.append('>');
      }
      appendSegment(path, chain[i]);
    }
    return path.toString();
  }

  static String segment(Element e) {
    StringBuilder s = new StringBuilder();
    appendSegment(s, e);
    return s.toString();
  }

  private static void appendSegment(StringBuilder s, Element e) {
    s.append(e.normalName());
    String id = e.id();
    if (!id.isEmpty() && id.length() <= 40) {
      s.append('#').append(id);
    }
    String cls = e.className().trim();
    if (!cls.isEmpty()) {
      int space = cls.indexOf(' ');
      int end = space < 0 ? cls.length() : space;
      if (end <= 40) {
        s.append('.').append(cls, 0, end);
      }
    }
  }
}
