package dev.pith.html;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text and link-text lengths of every element under a root, computed in one pass (asking jsoup for each element's
 * text would cost time quadratic in the depth). Lengths count non-whitespace characters. A snapshot: it does not
 * follow later changes to the DOM. Not thread-safe; one per extraction.
 */
public final class DomStats {
  private final Map<Element, int[]> lengths;

  private DomStats(Map<Element, int[]> lengths) {
    this.lengths = lengths;
  }

  /** Measures every element under (and including) {@code root}. */
  public static DomStats of(Element root) {
    Measure measure = new Measure();
    NodeTraversor.traverse(measure, root);
    return measure.stats();
  }

  /**
   * A visitor that measures every element of a walk it is shown whole, from its root down (see
   * {@link HtmlParsing#parse(String, String, int, int, NodeVisitor...)}); {@link Measure#stats} after the walk.
   */
  public static Measure measure() {
    return new Measure();
  }

  /** Non-whitespace characters of text under {@code element}; 0 for elements without text or not measured. */
  public int textLength(Element element) {
    int[] l = lengths.get(element);
    return l == null ? 0 : l[0];
  }

  /** Non-whitespace characters of text inside links under {@code element}. */
  public int linkLength(Element element) {
    int[] l = lengths.get(element);
    return l == null ? 0 : l[1];
  }

  /** Share of the text that is link text, 0 when there is no text. */
  public double linkDensity(Element element) {
    int[] l = lengths.get(element);
    return l == null || l[0] == 0 ? 0 : (double) l[1] / l[0];
  }

  /** Counts non-whitespace characters. */
  public static int visibleLength(CharSequence text) {
    int n = 0;
    for (int i = 0, len = text.length(); i < len; i++) {
      char c = text.charAt(i);
      if (c > ' ' && c != '\u00a0' && !(c >= '\u2000' && c <= '\u200b') && c != '\u3000') {
        n++;
      }
    }
    return n;
  }

  /**
   * Sums lengths bottom-up with a stack of the open elements' counters: a text node's parent is the top of the
   * stack, so each element costs at most one map insertion and no look-ups. Elements without text (images, breaks,
   * scripts, empty wrappers: a good part of most pages) are left out of the map, which answers 0 for them.
   */
  public static final class Measure implements NodeVisitor {
    private final Map<Element, int[]> lengths = new IdentityHashMap<>();
    private final ArrayDeque<int[]> open = new ArrayDeque<>();
    private int linkDepth;

    private Measure() {}

    /** The measures of the elements walked so far (all of them once the walk is over). */
    public DomStats stats() {
      return new DomStats(lengths);
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element element) {
        open.push(new int[2]);
        if (element.nameIs("a")) {
          linkDepth++;
        }
      } else if (node instanceof TextNode text && !open.isEmpty()) {
        int n = visibleLength(text.getWholeText());
        int[] l = open.peek();
        l[0] += n;
        if (linkDepth > 0) {
          l[1] += n;
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element) {
        if (element.nameIs("a")) {
          linkDepth--;
        }
        int[] mine = open.pop();
        if (mine[0] > 0) { // link text is text: without text there is none of either
          lengths.put(element, mine);
          int[] parent = open.peek();
          if (parent != null) {
            parent[0] += mine[0];
            parent[1] += mine[1];
          }
        }
      }
    }
  }
}
