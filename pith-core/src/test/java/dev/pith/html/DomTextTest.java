package dev.pith.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Text measures taken without building the text agree with jsoup's text. */
class DomTextTest {
  private static final String PAGE = "<ul><li>One <b>two</b><br>three</li><li> <br/> </li>"
      + "<li><script>var x = 1;</script>x<style>p{}</style></li></ul>"
      + "<table><tr><td>a&amp;b <i>c</i></td><td></td></tr></table><svg><![CDATA[ cdata ]]></svg><br><p>\n\t p </p>";

  @Test
  void wholeTextLengthIsTheLengthOfTheWholeText() {
    Document doc = Jsoup.parse(PAGE);
    for (Element e : doc.getAllElements()) {
      assertEquals(e.wholeText().length(), DomText.wholeTextLength(e), e.cssSelector());
    }
  }
}
