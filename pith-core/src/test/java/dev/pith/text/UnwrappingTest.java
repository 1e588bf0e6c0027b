package dev.pith.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnwrappingTest {
  private static final String PARAGRAPH = "The plots were handed out by lottery in January. Almost four hundred "
      + "households applied, and the organisers say they hope to open a second garden on council land next year if "
      + "they can find the money for fences and water pipes, which they have been asking the town for since the "
      + "spring of last year.";

  /** {@code text} wrapped greedily at {@code width} columns, as a text browser or mail client does. */
  static String wrap(String text, int width) {
    StringBuilder out = new StringBuilder();
    int column = 0;
    for (String word : text.split(" ")) {
      if (column > 0 && column + 1 + word.length() > width) {
        out.append('\n');
        column = 0;
      } else if (column > 0) {
        out.append(' ');
        column++;
      }
      out.append(word);
      column += word.length();
    }
    return out.toString();
  }

  @Test
  void wrappedParagraphsAreJoinedWhole() {
    for (int width : new int[] {60, 72, 80, 100}) {
      String text = wrap(PARAGRAPH, width) + "\n\n" + wrap(PARAGRAPH, width) + "\n\nShort line\nAnother one\n";
      List<Line> lines = LineReader.read(text, 1000);
      assertEquals(List.of(PARAGRAPH, PARAGRAPH, "Short line", "Another one"),
          lines.stream().map(l -> l.text).toList(), "width " + width);
      assertEquals(1, lines.get(0).first);
    }
  }

  @Test
  void unwrappedTextIsLeftAlone() {
    // one paragraph per line, as in a WET record: lengths vary far too much to be a width
    List<String> paragraphs = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      paragraphs.add(PARAGRAPH.substring(0, 40 + 23 * i % PARAGRAPH.length() % 200));
    }
    List<Line> lines = LineReader.read(String.join("\n", paragraphs), 1000);
    assertEquals(paragraphs.size(), lines.size());
  }

  @Test
  void aShortLineEndsItsParagraph() {
    String text = wrap(PARAGRAPH, 72) + "\nMenu\n" + wrap(PARAGRAPH, 72) + "\n" + wrap(PARAGRAPH, 72);
    List<Line> lines = LineReader.read(text, 1000);
    assertEquals("Menu", lines.get(1).text);
  }

  @Test
  void listItemsContinueUnderTheirText() {
    String item = "  * potatoes and onions on the sunny side of the garden, where the old loading bay used\n"
        + "    to be before the factory was pulled down\n";
    String text = wrap(PARAGRAPH, 88) + "\n\n" + item + item + item + wrap(PARAGRAPH, 88);
    List<Line> lines = LineReader.read(text, 1000);
    assertEquals('*', lines.get(1).bullet);
    assertEquals("potatoes and onions on the sunny side of the garden, where the old loading bay used to be before"
        + " the factory was pulled down", lines.get(1).text);
  }
}
