package dev.pith.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.pith.document.RemovalReason;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LinePhrasesTest {
  @Test
  void theGluedWordLengthBoundsAreThoseOfTheSet() {
    int min = LinePhrases.GLUED.stream().mapToInt(String::length).min().orElseThrow();
    int max = LinePhrases.GLUED.stream().mapToInt(String::length).max().orElseThrow();
    assertEquals(min, LinePhrases.MIN_GLUED_LENGTH, "the search skips shorter lengths");
    assertEquals(max, LinePhrases.MAX_GLUED_LENGTH, "the search skips longer lengths");
  }

  @Test
  void theFirstKeyCharacterIsTheKeysFirst() {
    qt().withExamples(2000).forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(text -> {
      String key = LinePhrases.key(text);
      assertEquals(key.isEmpty() ? 0 : key.charAt(0), LinePhrases.firstKeyChar(text), text);
    });
    assertEquals('t', LinePhrases.firstKeyChar("  “This website uses cookies"));
    assertEquals('©', LinePhrases.firstKeyChar("’© 2024"));
  }

  @Test
  void keysFoldCaseApostrophesAndPunctuation() {
    assertEquals("youve read of free articles", LinePhrases.key("You've read  of  free articles."));
    assertEquals("share on facebook", LinePhrases.key("  Share on   Facebook » "));
    assertEquals("© 2024 harbour herald", LinePhrases.key("© 2024 Harbour Herald."));
    assertEquals("", LinePhrases.key("|  — ·"));
    assertEquals("straße", LinePhrases.key("STRASSE".equals("x") ? "" : "Straße"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Share | SHARE",
    "Share 12 | SHARE",
    "0Tweet about this on Twitter | SHARE",
    "Subscribe now » | SUBSCRIPTION",
    "You've read  of  free articles. Subscribe to continue. | SUBSCRIPTION",
    "Advertisement | ADVERTISEMENT",
    "Story continues below advertisement | ADVERTISEMENT",
    "Skip to main content | NAVIGATION",
    "Read this article in | NAVIGATION",
    "Privacy Policy | PAGE_CHROME",
    "Copyright 2024 Eastside News | PAGE_CHROME",
    "Related Articles | RELATED",
    "Lesen Sie auch | RELATED",
    "Leave a Reply | COMMENTS",
    "QR Code to Subscription page | BOILERPLATE_TEXT",
    "Accept all | CONSENT",
  })
  void furnitureIsKnownByItsWords(String line, RemovalReason reason) {
    LinePhrases.Match match = LinePhrases.match(line);
    assertNotNull(match, line);
    assertEquals(reason, match.reason(), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Share prices fell sharply on Monday after the central bank raised rates.",
    "Home prices rose for the third month in a row",
    "The subscription model has changed how newspapers make money, and not always for the better.",
    "Related parties must be disclosed in the annual report.",
    "Read more about the study in the journal, which published it on Monday.",
    "Comments made by the minister on Tuesday caused an uproar in parliament.",
    "Harbour bridge vote splits the town council",
  })
  void proseAndHeadlinesAreNotFurniture(String line) {
    assertNull(LinePhrases.match(line), line);
  }

  @Test
  void longLinesAreJudgedOnlyByTheirOpening() {
    String cookie = "This website uses cookies to improve your experience while you navigate through the website. "
        + "Out of these, the cookies that are categorized as necessary are stored on your browser.";
    assertEquals(RemovalReason.CONSENT, LinePhrases.matchLong(cookie).reason());
    assertNull(LinePhrases.matchLong("Most people accept cookies without reading the notice, a study of 5,000 "
        + "visitors to news sites found, and only one in fifty ever changes the settings they are offered."));
  }

  @Test
  void shareBarsAreMadeOfSocialWordsOnly() {
    assertTrue(LinePhrases.isSocialBar(LinePhrases.key("Whatsapp   Facebook   Pint   Baixar")));
    assertTrue(LinePhrases.isSocialBar(LinePhrases.key("FacebookTwitterPinterestEmail")), "glued links");
    assertTrue(LinePhrases.isSocialBar(LinePhrases.key("Share on Facebook  Tweet  Email")));
    assertEquals(false, LinePhrases.isSocialBar(LinePhrases.key("Facebook buys a start-up")));
    assertEquals(false, LinePhrases.isSocialBar(LinePhrases.key("Facebook")), "one word is a phrase's job");
    assertEquals(false, LinePhrases.isSocialBar(LinePhrases.key("online")), "not on + line");
  }

  @Test
  void theMeasuredHashesAreTheHashesOfTheKeys() {
    qt().withExamples(2000).forAll(strings().allPossible().ofLengthBetween(0, 120)).checkAssert(text -> {
      String oneLine = text.replace('\n', ' ').replace('\r', ' ');
      List<Line> lines = LineReader.read("x\n" + oneLine, 10);
      LineMeasures.measure(lines);
      for (Line line : lines) {
        String key = LinePhrases.key(line.text);
        long expected = key.isEmpty() ? 0 : LinePhrases.hash(key);
        assertEquals(expected, line.keyHash, () -> "key hash of \"" + line.text + "\"");
        long shape = key.isEmpty() ? 0 : LinePhrases.hash(Records.shapeOfKey(key));
        assertEquals(shape, line.shapeHash, () -> "shape hash of \"" + line.text + "\"");
        Line again = new Line(1, 1, line.text, 0, true, (char) 0);
        LinePhrases.hashes(again);
        assertEquals(line.keyHash, again.keyHash, "the site lines' hash");
      }
    });
  }
}
