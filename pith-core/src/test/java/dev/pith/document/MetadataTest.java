package dev.pith.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataTest {
  @Test
  void wordsAreInNfcAndUrlsAsSpelled() {
    // a macOS screenshot's file name is in NFD: the server knows it by that spelling
    String image = "https://example.test/uploads/Capture-d\u2019e\u0301cran.png";
    Sourced title = new Sourced("Cafe\u0301 talks", "<title>");
    Metadata m = new Metadata(title, List.of(new Sourced("Zoe\u0308 Ba\u0301n", "byline")), null, null,
        new Sourced("Le Cafe\u0301", "meta:og:site_name"), new Sourced(image, "link:canonical"), null,
        new Sourced("Cre\u0300me", "meta:description"), new Sourced("Cafe\u0301s", "url-path"),
        new Sourced(image, "meta:og:image"));
    assertEquals(new Sourced("Café talks", "<title>"), m.title());
    assertEquals(List.of(new Sourced("Zoë Bán", "byline")), m.authors());
    assertEquals("Le Café", m.siteName().value());
    assertEquals("Crème", m.description().value());
    assertEquals("Cafés", m.section().value());
    assertEquals(image, m.url().value());
    assertEquals(image, m.image().value());
    Sourced composed = new Sourced("Café talks", "<title>");
    assertSame(composed, new Metadata(composed, List.of(), null, null, null, null, null, null, null, null).title(),
        "a field already in NFC is kept as it is");
  }
}
