package dev.pith.html;

import dev.pith.document.ErrorKind;
import dev.pith.internal.ExtractionProblem;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Parses HTML text into a jsoup DOM within limits. jsoup's tree builder never recurses, and it caps element
 * depth itself; a page that reaches the cap is refused, because its structure has been flattened and cannot be
 * trusted. Thread-safe: each call makes its own parser.
 */
public final class HtmlParsing {
  private HtmlParsing() {}

  /**
   * Parses {@code html}.
   *
   * @param baseUri URL that relative links resolve against; may be empty
   * @param maxDepth deepest element nesting accepted
   * @param maxNodes most nodes accepted
   * @throws ExtractionProblem of kind TOO_DEEP or TOO_MANY_NODES
   */
  public static Document parse(String html, String baseUri, int maxDepth, int maxNodes) {
    return parse(html, baseUri, maxDepth, maxNodes, new NodeVisitor[0]);
  }

  /**
   * Parses {@code html} as {@link #parse(String, String, int, int)} does, and shows every node of the new page to
   * {@code alongside} in the same walk that checks the limits: on a page of thousands of nodes each walk costs a few
   * percent of the extraction, so the stages that read the whole unchanged page (its metadata index, its text
   * measures) take no walk of their own. When a limit is exceeded the visitors have seen part of the page.
   *
   * @throws ExtractionProblem of kind TOO_DEEP or TOO_MANY_NODES
   */
  public static Document parse(String html, String baseUri, int maxDepth, int maxNodes, NodeVisitor... alongside) {
    Parser parser = Parser.htmlParser();
    parser.setTrackErrors(0);
    // One more than the limit, so that a page that reaches the limit is seen to do so.
    parser.setMaxDepth(maxDepth + 1);
    Document doc = parser.parseInput(html, baseUri);
    Limiter limiter = new Limiter(maxDepth, maxNodes, alongside);
    NodeTraversor.traverse(limiter, doc);
    if (limiter.tooDeep) {
      throw new ExtractionProblem(ErrorKind.TOO_DEEP,
          "elements are nested deeper than " + maxDepth + " levels");
    }
    if (limiter.nodes > maxNodes) {
      throw new ExtractionProblem(ErrorKind.TOO_MANY_NODES,
          "the page has more than " + maxNodes + " nodes");
    }
    return doc;
  }

  private static final class Limiter implements NodeVisitor {
    private final int maxDepth;
    private final int maxNodes;
    private final NodeVisitor[] alongside;
    int nodes;
    boolean tooDeep;

    Limiter(int maxDepth, int maxNodes, NodeVisitor[] alongside) {
      this.maxDepth = maxDepth;
      this.maxNodes = maxNodes;
      this.alongside = alongside;
    }

    @Override
    public void head(Node node, int depth) {
      nodes++;
      if (depth > maxDepth && node instanceof Element) {
        tooDeep = true;
      }
      if (nodes > maxNodes) {
        throw new ExtractionProblem(ErrorKind.TOO_MANY_NODES,
            "the page has more than " + maxNodes + " nodes");
      }
      for (NodeVisitor visitor : alongside) {
        visitor.head(node, depth);
      }
    }

    @Override
    public void tail(Node node, int depth) {
      for (NodeVisitor visitor : alongside) {
        visitor.tail(node, depth);
      }
    }
  }
}
