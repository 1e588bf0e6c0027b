package dev.pith.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pith.document.Metadata;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Metadata read from small pages, one rule each. */
class HeadlinesAndDatesInPagesTest {
  private static Metadata read(String html, String url) {
    return MetadataExtractor.create().extract(Jsoup.parse(html, url), url);
  }

  @Test
  void theArticleHeadlineWinsOverAnSeoTitleThatAgrees() {
    Metadata m = read("<title>Top 11 SEO Strategies for 2025 | Acme</title><body><article>"
        + "<h1>11 SEO Strategies for 2025 to Boost Rankings</h1><p>Text.</p></article>", "https://acme.test/seo");
    assertEquals("11 SEO Strategies for 2025 to Boost Rankings", m.titleText());
  }

  @Test
  void anUnrelatedH1DoesNotReplaceTheDeclaredTitle() {
    Metadata m = read("<title>Basic tag cleaning test</title><body><article><h1>Lorem</h1><p>Ipsum.</p>"
        + "</article>", "https://acme.test/x");
    assertEquals("Basic tag cleaning test", m.titleText());
  }

  @Test
  void sidebarTeaserDatesAreNotThePublicationDate() {
    Metadata m = read("<body><article><h1>The ferry</h1><p>Text without a date.</p></article>"
        + "<div class=more><div class=card><a href=/x>Other story</a><span class=date>2 June 2024</span>"
        + "</div></div>", "https://acme.test/ferry");
    assertNull(m.published());
  }

  @Test
  void aDateAboveTheArticleCounts() {
    Metadata m = read("<body><div class=meta><span class=post-date>2 June 2024</span></div><article>"
        + "<h1>The ferry</h1><p>Text.</p></article>", "https://acme.test/ferry");
    assertEquals("2024-06-02", m.published().value());
  }
}
