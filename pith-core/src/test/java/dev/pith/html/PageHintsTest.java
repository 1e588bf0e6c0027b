package dev.pith.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The page's hints are each element's own hints, worked out once per element. */
class PageHintsTest {
  private static final String PAGE = "<div class='post-comments' id='commentList'><p class='share_bar'>x</p>"
      + "<p>no hints</p><span id='byline'>y</span><div class='post-comments'>z</div></div>";

  @Test
  void givesEachElementItsOwnHints() {
    Document doc = Jsoup.parse(PAGE);
    PageHints hints = new PageHints();
    for (Element e : doc.getAllElements()) {
      assertEquals(ElementHints.of(e), hints.of(e), e.cssSelector());
    }
  }

  @Test
  void remembersAnElementsHintsButNotAnotherElementsWithTheSameClass() {
    Document doc = Jsoup.parse(PAGE);
    PageHints hints = new PageHints();
    Element outer = doc.selectFirst("div#commentList");
    Element inner = doc.selectFirst("div div.post-comments");
    ElementHints first = hints.of(outer);
    assertSame(first, hints.of(outer));
    assertNotSame(first, hints.of(inner));
    assertEquals(ElementHints.of(inner), hints.of(inner));
  }
}
