package dev.pith.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pith.Extraction;
import dev.pith.Extractor;
import dev.pith.capture.Capture;
import dev.pith.document.Removal;
import dev.pith.document.RemovalReason;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteLinesTest {
  private static final String[] STORIES = {
    "The council voted on Tuesday to build a new bridge across the harbour, ending a debate of ten years.",
    "A new cycle path along the quay opened on Saturday, and hundreds of riders came to try it out.",
    "The ferry operator warned that fares would rise next year because fuel has become more expensive.",
    "The old town's traffic plan goes to a public hearing next month, and residents are invited to speak.",
    "Schools will open an hour later in winter after a study found that pupils sleep better that way.",
    "The harbour museum reopened after two years of repairs, with a new hall for the old fishing boats.",
  };

  /** A page of the site: its template around one story. */
  private static String page(int i) {
    return "Harbour Herald\nOur Town Tonight\nLocal voices since 1921\n"
        + "Headline number " + i + " for the town\n" + STORIES[i] + "\n" + STORIES[(i + 1) % STORIES.length]
        + "\nThe Herald team wishes you a pleasant evening and a good night.\nCall our newsroom any day\n";
  }

  @Test
  void linesRepeatedAcrossTheSiteAreBoilerplate() {
    SiteLines.Builder builder = SiteLines.builder();
    for (int i = 0; i < STORIES.length; i++) {
      builder.add("https://www.harbourherald.test/story/" + i, page(i));
    }
    SiteLines sites = builder.build();
    assertEquals(1, sites.siteCount());
    assertEquals(STORIES.length, sites.captures("harbourherald.test"));
    assertTrue(sites.isRepeated("harbourherald.test", "Local voices since 1921"));
    assertTrue(sites.isRepeated("harbourherald.test", "The Herald team wishes you a pleasant evening and a good night."));
    assertFalse(sites.isRepeated("harbourherald.test", STORIES[0]), "a story stands in two pages of six");
    assertFalse(sites.isRepeated("other.test", "Local voices since 1921"), "another site");

    Capture capture = Capture.ofText(page(0), "https://harbourherald.test/story/0");
    List<Removal> without = removals(Extractor.create().extract(capture));
    List<Removal> with = removals(Extractor.create().extract(capture, sites));
    assertTrue(without.stream().noneMatch(r -> r.reason() == RemovalReason.DUPLICATE));
    List<String> repeated = new ArrayList<>();
    for (Removal r : with) {
      if (r.reason() == RemovalReason.DUPLICATE) {
        repeated.add(r.excerpt());
      }
    }
    assertTrue(repeated.contains("The Herald team wishes you a pleasant evening and a good night."), with.toString());
  }

  private static List<Removal> removals(Extraction extraction) {
    return ((Extraction.Success) extraction).document().removals();
  }

  @Test
  void siteKeys() {
    assertEquals("example.test", SiteLines.siteOf("https://www.Example.TEST/a"));
    assertEquals("news.example.test", SiteLines.siteOf("http://news.example.test"));
    assertEquals("", SiteLines.siteOf(null));
    assertEquals("", SiteLines.siteOf("not a url at all"));
    assertEquals("", SiteLines.siteOf("/just/a/path"));
  }

  @Test
  void thresholdsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> SiteLines.builder(1, 0.5));
    assertThrows(IllegalArgumentException.class, () -> SiteLines.builder(3, 0));
    assertThrows(IllegalArgumentException.class, () -> SiteLines.builder(3, 1.5));
    SiteLines.Builder builder = SiteLines.builder();
    builder.build();
    assertThrows(IllegalStateException.class, () -> builder.add(null, "text"));
  }

  @Test
  void fewCapturesAreNoEvidence() {
    SiteLines.Builder builder = SiteLines.builder();
    builder.add(null, page(0));
    builder.add(null, page(1));
    assertFalse(builder.build().isRepeated("", "Local voices since 1921"), "two captures are too few");
    assertFalse(SiteLines.none().isRepeated("", "Local voices since 1921"));
  }
}
