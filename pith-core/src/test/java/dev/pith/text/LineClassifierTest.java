package dev.pith.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
  void aRowOfCommentLinksIsNoBarrierButACommentsHeadingIs() {
    Line row = judged(PROSE + "Add a comment | Show 4 more comments\n" + PROSE).get(1);
    assertEquals(RemovalReason.COMMENTS, row.reason);
    assertFalse(row.barrier, "a row of links under a post, not the heading of a thread");
    assertTrue(judged(PROSE + "Show 4 more comments\n" + PROSE).get(1).barrier);
    assertTrue(judged(PROSE + "Read more from this author | Follow @someone\n" + PROSE).get(1).barrier,
        "a row that leaves the article for the author's other pieces still ends it");
  }

  @Test
  void aListingFollowedByItsLongOutputIsStillCode() {
    StringBuilder text = new StringBuilder(PROSE);
    text.append("import time\ndef work(n):\n    total = 0\n    for i in range(n):\n        total += i\n")
        .append("    print(f'Sum = {total}')\nwork(3)\nOutput:\n");
    for (int i = 0; i < 12; i++) {
      text.append("Step ").append(i).append(" finished\n");
    }
    text.append(PROSE);
    List<Line> lines = judged(text.toString());
    for (int i = 1; i <= 7; i++) {
      assertTrue(lines.get(i).code, lines.get(i).text);
      assertTrue(lines.get(i).weight >= 0, lines.get(i).text);
    }
    assertFalse(lines.get(10).code, "the output is not code");
  }

  @Test
  void aShellScriptIsCodeAndItsOrOperatorIsNoMenu() {
    String script = "if [ \"$1\" = \"\" ] || [ \"$1\" = \"-h\" ]\nthen\n    usage\nfi\nwhile [ \"$1\" != \"\" ]\ndo\n"
        + "    shift\ndone\n";
    List<Line> lines = judged(PROSE + script + PROSE);
    assertNull(lines.get(1).reason, "'||' is an operator, not a menu separator");
    for (int i = 1; i <= 8; i++) {
      assertTrue(lines.get(i).code, lines.get(i).text);
    }
  }

  @Test
  void commentsNamedInAnAsideOfASubheadingAreItsSubjectNotAThread() {
    Line subheading = judged(PROSE + "Measuring engagement (and scraping comments)\n" + PROSE).get(1);
    assertFalse(subheading.barrier, subheading.text);
    assertNotEquals(RemovalReason.COMMENTS, subheading.reason);
    assertTrue(judged(PROSE + "Comments (12)\n" + PROSE).get(1).barrier, "a count in brackets is no aside");
  }

  @Test
  void aNumberedRankingWithAColumnOfScoresIsATableButABulletedRowOfLinksIsNot() {
    StringBuilder ranking = new StringBuilder(PROSE).append("Top Large Cities         Score*\n");
    String[] cities = {"San Jose, CA", "San Francisco, CA", "Oakland, CA", "Milwaukee, WI", "Seattle, WA"};
    for (int i = 0; i < cities.length; i++) {
      ranking.append(" ").append(i + 1).append(". ").append(String.format("%-22s", cities[i])).append(80 - i)
          .append(".4\n");
    }
    List<Line> lines = judged(ranking.append(PROSE).toString());
    for (int i = 2; i <= 6; i++) {
      assertTrue(lines.get(i).isListItem(), "read as a numbered item: " + lines.get(i).text);
      assertTrue(lines.get(i).tableRow, lines.get(i).text);
      assertTrue(lines.get(i).weight >= 0, lines.get(i).text);
    }
    StringBuilder menu = new StringBuilder(PROSE);
    for (String item : new String[] {"Home      News", "Sport      Weather", "Opinion      Travel"}) {
      menu.append("  \u2022 ").append(item).append('\n');
    }
    List<Line> menuLines = judged(menu.append(PROSE).toString());
    assertFalse(menuLines.get(1).tableRow, "bulleted items are a menu, not rows");
  }

  @Test
  void unpunctuatedChineseLinesInARunAreProseButOneAloneIsAHeadline() {
    String verse = "一波波低溫寒流報到已將山巒披上嫣紅的彩衣而山路兩旁的楓樹也漸漸轉紅\n"
        + "沿著蜿蜒的道路下切不久便來到了小學旁邊的營地營主早已在門口等候\n"
        + "營區裡的楓香樹由綠轉黃再轉紅層層疊疊地映著午後的陽光格外好看\n";
    List<Line> run = judged("首頁\n" + verse + "關於我們\n");
    for (int i = 1; i <= 3; i++) {
      assertEquals(Line.Kind.PROSE, run.get(i).kind, run.get(i).text);
    }
    List<Line> alone = judged("首頁\n" + verse.substring(0, verse.indexOf('\n') + 1) + "關於我們\n");
    assertEquals(Line.Kind.SHORT, alone.get(1).kind, "one such line is a headline");
  }

  @ParameterizedTest
  @ValueSource(strings = {"by Harbour Herald Staff 0 Comments", "0 Comments", "No comments"})
  void aCounterWithNothingToCountIsNoBarrier(String text) {
    Line line = judged(PROSE + text + "\n" + PROSE).get(1);
    assertEquals(RemovalReason.COMMENTS, line.reason, text);
    assertFalse(line.barrier, text);
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
