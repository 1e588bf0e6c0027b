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
}
