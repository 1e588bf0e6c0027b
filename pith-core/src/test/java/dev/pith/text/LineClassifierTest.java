package dev.pith.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pith.document.RemovalReason;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LineClassifierTest {
  /** The lines of {@code text}, measured and judged as the extractor does. */
  static List<Line> judged(String text) {
    List<Line> lines = LineReader.read(text, 10_000);
    int language = LineMeasures.measure(lines);
    LineClassifier.classify(lines, language, SiteLines.Site.EMPTY);
    return lines;
  }

  private static final String PROSE = "The council met on Tuesday evening to discuss the bridge, and the debate "
      + "ran for more than three hours before the vote was taken.\n";

  private static Line judgedAmongProse(String line) {
    List<Line> lines = judged(PROSE + PROSE + line + "\n" + PROSE);
    return lines.get(2);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "[                    ] Search ; FORM",
    "[Go] ; FORM",
    "[Pista-Polistil-Tonka-F1-1024x723-900x400] ; NOT_TEXT",
    "[INS::INS] ; NOT_TEXT",
    "airpods-pro-2.jpgairpods-pro-2.jpg ; NOT_TEXT",
    "/World/Europe/2025/0220/trump-putin-ukraine-talks-russia ; BARE_URL",
    "https://www.example.test/a/b?c=d ; BARE_URL",
    "Home | News | Sport | Weather ; NAVIGATION",
    "[ 167 comments ] ; COMMENTS",
    "By Jane Doe and John Smith ; METADATA",
    "Updated March 3, 2024 10:15 a.m. ; METADATA",
    "| ; TOO_SHORT",
    "© 2019 FOX News Network, LLC. All rights reserved. FAQ - Updated Privacy Policy ; PAGE_CHROME",
  })
  void furnitureGetsItsReason(String text, RemovalReason reason) {
    Line line = judgedAmongProse(text);
    assertEquals(Line.Kind.CHROME, line.kind, text);
    assertEquals(reason, line.reason, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "In fact, the poll suggests he enjoys nearly 60% backing, comfortably above his rival's own numbers.",
    "Residents who live near the water said they had waited years for a decision, and many were angry.",
  })
  void proseIsProse(String text) {
    Line line = judgedAmongProse(text);
    assertEquals(Line.Kind.PROSE, line.kind, text);
    assertNull(line.reason);
    assertTrue(line.weight > 0);
  }

  @Test
  void proseIsProseInItsOwnLanguage() {
    String german = "Die Kosten für den Bau werden auf rund 60 Millionen Euro geschätzt, sagte der Bürgermeister.\n"
        + "Anwohner hatten sich in den vergangenen Monaten mehrfach gegen die Pläne ausgesprochen.\n"
        + "Sie befürchten mehr Lärm und Verkehr in ihrem Viertel, das schon jetzt sehr belastet ist.\n";
    List<Line> lines = LineReader.read(german, 100);
    assertEquals("de", StopWords.language(LineMeasures.measure(lines)));
    LineClassifier.classify(lines, LineMeasures.measure(LineReader.read(german, 100)), SiteLines.Site.EMPTY);
    assertTrue(lines.stream().allMatch(l -> l.kind == Line.Kind.PROSE));
  }

  @Test
  void aSeparatorAloneHasNoWords() {
    Line line = judgedAmongProse("|");
    assertEquals(RemovalReason.TOO_SHORT, line.reason);
  }

  @Test
  void minifiedScriptIsNotText() {
    String script = "!function(e,t){var n=e.document;e.dataLayer=e.dataLayer||[];function r(){dataLayer.push("
        + "arguments)}r(\"js\",new Date);r(\"config\",\"UA-1\");if(n.cookie.indexOf(\"x=1\")<0){n.cookie=\"x=1\"}}"
        + "(window,document);";
    assertEquals(RemovalReason.NOT_TEXT, judgedAmongProse(script).reason);
  }

  @Test
  void aCommentsHeadingEndsTheArticleButAWidgetUnderEveryPostDoesNot() {
    List<Line> once = judged(PROSE + "12 Comments\n" + PROSE);
    assertTrue(once.get(1).barrier);
    List<Line> repeated = judged(PROSE + "Add a comment\n" + PROSE + "Add a comment\n" + PROSE);
    assertEquals(RemovalReason.COMMENTS, repeated.get(1).reason);
    assertFalse(repeated.get(1).barrier, "repeated under every post: a widget");
  }

  @Test
  void aPointerIsNoBarrierButASectionHeadingIs() {
    assertFalse(judged(PROSE + "See also: List of companies of New Zealand\n" + PROSE).get(1).barrier);
    assertTrue(judged(PROSE + "Related coverage from How to Do Everything: Money:\n" + PROSE).get(1).barrier);
    assertTrue(judged(PROSE + "You may also like\n" + PROSE).get(1).barrier);
  }

  @Test
  void aParagraphRepeatedFarAwayIsADuplicateButNotRightAfterItself() {
    List<Line> far = judged(PROSE + "Menu\nHome\nNews\nSport\nMore\n" + PROSE);
    assertEquals(RemovalReason.DUPLICATE, far.get(6).reason);
    List<Line> near = judged(PROSE + PROSE);
    assertNull(near.get(1).reason, "a text may repeat a paragraph; the copy right after it is its own");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Nov. 19, 2019 8:03 am ET | true",
    "19.11.2019 | true",
    "2 days ago at 07:52 am | true",
    "iPhone 11 Pro | false",
    "Top 10 | false",
    "Rating: 36 Votes | false",
  })
  void datesAreRecognisedCheaplyFirst(String text, boolean date) {
    assertEquals(date, LineClassifier.mayBeDate(text), text);
  }
}
