package dev.pith.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Cheap questions about an element's text, answered without building the text. */
public final class DomText {
  private DomText() {}

  /** True when the element's text is longer than {@code max} characters; stops counting as soon as it is. */
  public static boolean exceeds(Element element, int max) {
    int[] count = {0};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          count[0] += t.getWholeText().length();
          if (count[0] > max) {
            return FilterResult.STOP;
          }
        }
        return FilterResult.CONTINUE;
      }
    }, element);
    return count[0] > max;
  }

  /**
   * The length of {@link Element#wholeText()}, counted without building it: the whole text of every text node
   * under the element, and a line break for every {@code <br>}.
   */
  public static int wholeTextLength(Element element) {
    int[] length = {0};
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof TextNode t) {
        length[0] += t.getWholeText().length();
      } else if (node.nameIs("br")) {
        length[0]++;
      }
    }, element);
    return length[0];
  }
}
