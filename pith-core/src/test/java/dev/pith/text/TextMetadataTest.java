package dev.pith.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pith.document.Metadata;
import org.junit.jupiter.api.Test;

class TextMetadataTest {
  private static final String BODY = "The council met on Tuesday evening to discuss the bridge, and the debate ran "
      + "for more than three hours before the vote was taken.\n"
      + "Residents who live near the water said they had waited years for a decision, and many were angry.\n";

  private static Metadata meta(String text, String url) {
    return FlatTextExtractor.create().extract(text, url, SiteLines.none(), 1000).metadata();
  }

  @Test
  void dateAndSectionFromAPathInTheText() {
    Metadata m = meta("Harbour bridge vote splits the council\n" + BODY + "/World/Europe/2025/0220/bridge-vote\n",
        null);
    assertEquals("2025-02-20", m.published().value());
    assertEquals("text:url-path", m.published().source());
    assertEquals("World/Europe", m.section().value());
  }

  @Test
  void theCapturesUrlComesFirst() {
    Metadata m = meta("Harbour bridge vote splits the council\n" + BODY + "/World/Europe/2025/0220/bridge-vote\n",
        "https://example.test/politics/2024/03/03/bridge");
    assertEquals("2024-03-03", m.published().value());
    assertEquals("url", m.published().source());
    assertEquals("politics", m.section().value());
    assertEquals("https://example.test/politics/2024/03/03/bridge", m.url().value());
  }

  @Test
  void aDateLineAndABylineNearTheHeadline() {
    Metadata m = meta("Menu\nHarbour bridge vote splits the town council\nBy Maria Olsen and Per Lund\n"
        + "Updated March 3, 2024 10:15 a.m.\n" + BODY, null);
    assertEquals("Harbour bridge vote splits the town council", m.titleText());
    assertEquals("2024-03-03", m.published().value());
    assertEquals("Maria Olsen; Per Lund", m.authorText());
    assertEquals("en", m.language().value());
  }

  @Test
  void theSiteNameWhereTheTextStatesIt() {
    Metadata m = meta("Harbour bridge vote splits the town council\n" + BODY
        + "Harbour bridge vote splits the town council | Harbour Herald\n", null);
    assertEquals("Harbour Herald", m.siteName().value());
    assertNull(meta("Harbour bridge vote splits the town council\n" + BODY, null).siteName());
  }
}
