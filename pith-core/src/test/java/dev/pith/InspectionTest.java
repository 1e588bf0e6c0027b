package dev.pith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The inspection view marks the original page with what was kept and what was removed, and why. */
class InspectionTest {
  private static final Extractor EXTRACTOR = Extractor.create();

  private static TestPages.Page page(String name) {
    return TestPages.all().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void marksKeptBlocksAndRemovalsOnTheOriginalPage() {
    Inspection inspection = EXTRACTOR.inspect(page("boilerplate-around-article").capture());
    Extraction.Success ok = assertInstanceOf(Extraction.Success.class, inspection.extraction());
    assertEquals(ExtractionJson.toJson(EXTRACTOR.extract(page("boilerplate-around-article").capture())),
        ExtractionJson.toJson(ok), "inspecting must not change the extraction");
    Document marked = Jsoup.parse(inspection.markedPage());
    assertEquals(ok.document().blocks().size(), marked.select("[data-pith=kept]").size());
    // the site header (and the menu in it) went as page chrome
    assertEquals("removed, page_chrome: <header> outside the article",
        marked.selectFirst("nav").closest("[data-pith=removed]").attr("title"));
    assertTrue(marked.selectFirst("#cookie-notice").attr("title").contains("consent"));
    assertTrue(marked.select("script").isEmpty());
    assertTrue(marked.select("[data-pith-id]").isEmpty());
    assertFalse(marked.select("style").isEmpty());
  }

  @Test
  void textCapturesAreShownLineByLine() {
    Inspection inspection = EXTRACTOR.inspect(dev.pith.capture.Capture.ofText(
        "A first line of text that is long enough to be content.\n\nAnother line.", null));
    Document marked = Jsoup.parse(inspection.markedPage());
    assertEquals(3, marked.body().children().size());
    assertFalse(marked.select("[data-pith=kept]").isEmpty());
  }

  @Test
  void failuresHaveNoMarkedPage() {
    Inspection inspection = EXTRACTOR.inspect(dev.pith.capture.Capture.of(new byte[0], null));
    assertInstanceOf(Extraction.Rejected.class, inspection.extraction());
    assertEquals("", inspection.markedPage());
  }
}
