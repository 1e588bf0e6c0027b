package dev.pith.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlPathTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
    "https://www.csmonitor.com/World/Europe/2025/0220/trump-putin-ukraine-talks-russia|2025-02-20|World/Europe",
    "/World/Europe/2025/0220/slug|2025-02-20|World/Europe",
    "https://example.com/2019/11/18/some-story/|2019-11-18|-",
    "https://example.com/news/2019-11-18-some-story|2019-11-18|news",
    "https://example.com/politics/20191118/story.html|2019-11-18|politics",
    "https://example.com/about/team|-|-",
    "https://example.com/products/12345678/widget|-|-",
    "https://example.com/2019/02/30/no-such-day|-|-",
    "not a url at all %%|-|-",
  })
  void readsDateAndSection(String url, String date, String section) {
    UrlPath p = UrlPath.of(url);
    assertEquals(date, p.date(), "date of " + url);
    assertEquals(section, p.section(), "section of " + url);
  }
}
