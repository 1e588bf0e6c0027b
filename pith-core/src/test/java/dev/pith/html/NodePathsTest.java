package dev.pith.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Paths are the segments of the node and its ancestors up to body, at most six, joined by "&gt;". */
class NodePathsTest {
  /** The definition, segment by segment. */
  private static String reference(Element element) {
    Deque<String> parts = new ArrayDeque<>();
    Element e = element;
    int n = 0;
    while (e != null && !e.nameIs("#root")) {
      if (n == 6) {
        parts.addFirst("…");
        break;
      }
      parts.addFirst(referenceSegment(e));
      n++;
      if (e.nameIs("body")) {
        break;
      }
      e = e.parent();
    }
    return String.join(">", parts);
  }

  private static String referenceSegment(Element e) {
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

  @Test
  void pathsOfEveryElementFollowTheDefinition() {
    Document doc = Jsoup.parse("<div id=main class='  wrap  outer '><section><div class=a><div><div id='"
        + "x".repeat(41) + "'><nav class='" + "m".repeat(41) + " menu'><ul><li><a class=link>x</a></li></ul>"
        + "</nav></div></div></div></section></div><p class='\tlead'>t</p>");
    for (Element e : doc.getAllElements()) {
      assertEquals(reference(e), NodePaths.of(e), e.cssSelector());
    }
    assertEquals("body>div#main.wrap", NodePaths.of(doc.selectFirst("#main")));
    assertEquals("…>div>div>nav>ul>li>a.link", NodePaths.of(doc.selectFirst("a")));
    assertEquals("html", NodePaths.of(doc.selectFirst("html")));
  }

  @Test
  void segmentNamesTagIdAndFirstClass() {
    Element e = new Element("div").attr("id", "main").attr("class", "post entry");
    assertEquals("div#main.post", NodePaths.segment(e));
    assertEquals("span", NodePaths.segment(new Element("span")));
  }
}
