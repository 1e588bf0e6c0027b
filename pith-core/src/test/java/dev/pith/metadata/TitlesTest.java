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
    // a site name that begins or ends a hyphenated compound is part of a word, not a prefix or suffix
    "GdP-Vize Klemmer: Mangelnde Wertschätzung;GdP;-;GdP-Vize Klemmer: Mangelnde Wertschätzung",
    "Ferry timetables for Harbour-Riverside;Riverside;-;Ferry timetables for Harbour-Riverside",
    "GdP - Vize Klemmer: Mangelnde Wertschätzung;GdP;-;Vize Klemmer: Mangelnde Wertschätzung",
  })
  void takesTheSiteOffTitles(String title, String site, String h1, String expected) {
    assertEquals(expected, Titles.clean(title, site, h1));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', nullValues = "-", value = {
    // a blog theme's h2 repeats the post's part of the title
    "Harbour Notes » Blog Archive » The ferry that stopped;-;The ferry that stopped/Recent posts;The ferry that stopped",
    // a run of parts: the title's own colon is kept
    "Ferries: the one that stopped | Harbour Notes | Blog;-;Ferries: the one that stopped;Ferries: the one that stopped",
    // one-word headings say nothing; the site's name is never the title
    "Archive » The ferry that stopped » Harbour Notes;Harbour Notes;Archive/Harbour Notes;Archive » The ferry that stopped",
    // no heading repeats a part: the usual rules
    "The ferry that stopped | Riverside;-;Comments/Related stories;The ferry that stopped",
  })
  void aPartThatAHeadingRepeatsIsTheTitle(String title, String site, String headings, String expected) {
    assertEquals(expected, Titles.clean(title, site, null, () -> java.util.List.of(headings.split("/"))));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', nullValues = "-", value = {
    // the h1 is the site's name at the title's end; another heading repeats the headline
    "Tools of the first farmers | Stone Age & Co;Stone Age & Co;Stone Age & Co/Tools of the first farmers;"
        + "Tools of the first farmers",
    // ... or at the head of a trail
    "Harbour Notes » Blog Archive » The ferry that stopped;Harbour Notes;Harbour Notes/The ferry that stopped;"
        + "The ferry that stopped",
    // a first part before a dash is the headline, the h2 below it its subtitle
    "From the ground up - How one village rebuilt its harbour : Harbour Review;From the ground up;"
        + "From the ground up/How one village rebuilt its harbour;From the ground up",
    // no other heading repeats a part: the h1's part
    "Tools of the first farmers | Stone Age & Co;Stone Age & Co;Stone Age & Co/Comments;Stone Age & Co",
  })
  void anH1ThatNamesTheSiteGivesWayToAHeadingThatRepeatsTheHeadline(
      String title, String h1, String headings, String expected) {
    assertEquals(expected, Titles.clean(title, null, h1, () -> java.util.List.of(headings.split("/"))));
  }
}
