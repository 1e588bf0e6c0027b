package dev.pith.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pith.html.ElementHints;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The cheap scan before splitting class words must never reject an element whose words name an author. */
class PageIndexPrefilterTest {
  private static final List<String> BYLINE_WORDS = List.of(
      "author", "authors", "byline", "auteur", "auteurs", "autor", "autoren", "autore", "autori");

  @Test
  void neverRejectsWhatTheWordsWouldAccept() {
    List<String> classes = List.of("post-AUTHOR-name", "entryMetaAuthor", "byline__author", "BYLİNE", "Auteurs",
        "headline", "meta", "autoplay", "by-line", "ByLine", "x\u212Aauthor");
    for (String cls : classes) {
      Element e = new Element("span").attr("class", cls);
      boolean byWords = ElementHints.of(e).words().stream().anyMatch(BYLINE_WORDS::contains);
      boolean scanned = PageIndex.containsFolded(cls, "aut") || PageIndex.containsFolded(cls, "byline");
      if (byWords) {
        assertTrue(scanned, cls);
      }
    }
    assertEquals(false, PageIndex.containsFolded("headline", "byline"));
    assertTrue(PageIndex.containsFolded("PostAuthor", "aut"));
  }

  @Test
  void oneScanForBothStemsAgreesWithTwoScans() {
    for (String value : List.of("post-AUTHOR-name", "BYLİNE", "headline", "xbylin", "au", "byline", "aUt",
        "x\u212Aauthor", "", "b", "BYLINE-x", "\u0130aut")) {
      assertEquals(PageIndex.containsFolded(value, "aut") || PageIndex.containsFolded(value, "byline"),
          PageIndex.mentionsByline(value), value);
    }
  }

  @Test
  void classNameScanAgreesWithJsoupsClassNames() {
    List<String> names = List.of("byline", "author", "byline-author", "article-author");
    List<String> classes = List.of("byline", " author ", "post author", "author-box", "Author", "bylines",
        "x\tbyline\ny", "a\u000Bauthor", "\u0001byline\u0001", "a\u0001byline", "article-author\r",
        "byline\u00a0x", "byline-author", "", "   ", "authorbyline", "x  byline");
    for (String cls : classes) {
      Element e = new Element("span").attr("class", cls);
      boolean jsoup = e.classNames().stream().anyMatch(names::contains);
      assertEquals(jsoup, PageIndex.hasClassName(cls, names), cls);
    }
  }
}
