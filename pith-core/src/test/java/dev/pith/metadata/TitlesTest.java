package dev.pith.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitlesTest {
  @ParameterizedTest
  @CsvSource(delimiter = ';', nullValues = "-", value = {
    "Trump-Putin summit prospect brings Moscow in from the cold | The Christian Science Monitor"
        + ";The Christian Science Monitor;-;Trump-Putin summit prospect brings Moscow in from the cold",
    "The ferry that stopped - Riverside Times;Riverside Times;-;The ferry that stopped",
    "Riverside Times: The ferry that stopped;Riverside Times;-;The ferry that stopped",
    "The ferry that stopped | Riverside;-;-;The ferry that stopped",
    "COVID-19 cases rise again;-;-;COVID-19 cases rise again",
    "News | Local | The ferry that stopped;-;The ferry that stopped;The ferry that stopped",
    "Why - and how - the ferry stopped;-;-;Why - and how - the ferry stopped",
  })
  void takesTheSiteOffTitles(String title, String site, String h1, String expected) {
    assertEquals(expected, Titles.clean(title, site, h1));
  }
}
