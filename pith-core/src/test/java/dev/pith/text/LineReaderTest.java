package dev.pith.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pith.document.ErrorKind;
import dev.pith.internal.ExtractionProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {
  @Test
  void numbersLinesAndKnowsTheBlankOnes() {
    List<Line> lines = LineReader.read("first\n\n  second  \r\nthird\rfourth", 100);
    assertEquals(List.of("first", "second", "third", "fourth"), lines.stream().map(l -> l.text).toList());
    assertEquals(List.of(1, 3, 4, 5), lines.stream().map(l -> l.first).toList());
    assertTrue(lines.get(0).blankBefore, "the start counts as a blank line");
    assertTrue(lines.get(0).blankAfter);
    assertTrue(lines.get(1).blankBefore);
    assertFalse(lines.get(1).blankAfter);
    assertEquals(2, lines.get(1).indent);
    assertTrue(lines.get(3).blankAfter, "the end counts as a blank line");
  }

  @Test
  void listMarkersAreTakenOffTheText() {
    List<Line> lines = LineReader.read("  • Home\n* News\n- Sport\n+ more\n-not a marker\n□ Nested", 100);
    assertEquals(List.of("Home", "News", "Sport", "more", "-not a marker", "Nested"),
        lines.stream().map(l -> l.text).toList());
    assertEquals(List.of('•', '*', '-', '+', (char) 0, '□'), lines.stream().map(l -> l.bullet).toList());
  }

  @Test
  void aMarkerAloneIsJoinedWithTheLineAfterIt() {
    List<Line> lines = LineReader.read("  •\n    Share\n  •\n\n  •", 100);
    assertEquals(3, lines.size());
    assertEquals("Share", lines.get(0).text);
    assertEquals("lines 1-2", lines.get(0).where());
    assertEquals('•', lines.get(0).bullet);
    assertEquals("", lines.get(1).text, "a marker before a blank line is an empty item");
    assertEquals("line 3", lines.get(1).where());
    assertEquals("line 5", lines.get(2).where());
  }

  @Test
  void numbersMakeAListOnlyInARun() {
    List<Line> lines = LineReader.read("12. März 2024\n\nText\n1. Mix the flour\n2. Add the eggs\n3) Bake", 100);
    assertEquals("12. März 2024", lines.get(0).text);
    assertFalse(lines.get(0).isListItem(), "a number alone is a date, not an item");
    assertEquals(List.of('#', '#', '#'), lines.subList(2, 5).stream().map(l -> l.bullet).toList());
    assertEquals("1. Mix the flour", lines.get(2).text, "the number stays in the text");
    assertEquals("Mix the flour", LineReader.withoutNumber(lines.get(2).text));
    assertEquals("2019. The year", LineReader.withoutNumber("2019. The year").replace("", ""));
  }

  @Test
  void spacesOfEveryKindAreStripped() {
    List<Line> lines = LineReader.read("\u00a0\u2003 text \u200b\ufeff\n\u3000\t\n", 100);
    assertEquals(1, lines.size());
    assertEquals("text", lines.get(0).text);
  }

  @Test
  void tooManyLinesIsTooLarge() {
    ExtractionProblem problem = assertThrows(ExtractionProblem.class, () -> LineReader.read("a\nb\nc\nd", 3));
    assertEquals(ErrorKind.TOO_LARGE, problem.kind());
    assertEquals(3, LineReader.read("a\n\n\n\nb\nc", 3).size(), "empty lines do not count");
  }

  @Test
  void spacesAreTheSpaceSeparatorsOfUnicodeWithTabsAndZeroWidthSpaces() {
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      // Unicode's space separators (Zs) but the Ogham space mark, written as a dash; tab, form feed, vertical tab;
      // the zero-width space and byte-order mark that pages put between words
      boolean expected = Character.getType(ch) == Character.SPACE_SEPARATOR && ch != '\u1680' || ch == '\t'
          || ch == '\f' || ch == '\u000b' || ch == '\u200b' || ch == '\ufeff';
      assertEquals(expected, LineReader.isSpace(ch), String.format("U+%04X", c));
    }
  }
}
