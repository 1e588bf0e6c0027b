package dev.pith.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The {@link ElementHints} of one page's elements, each worked out once: the metadata, cleaning, segmenting and
 * boilerplate stages all read class and id words, and splitting them anew at every stage cost a tenth of the time
 * after parsing. The stages do not change {@code class} or {@code id}, so an element's hints stay valid while its
 * page is extracted. Not thread-safe: one per page, like {@link DomStats}.
 */
public final class PageHints {
  private final Map<Element, ElementHints> hints = new IdentityHashMap<>();

  /** The hints of {@code element}, as {@link ElementHints#of} gives them. */
  public ElementHints of(Element element) {
    if (element.attributesSize() == 0) {
      return ElementHints.NONE; // most elements have no attributes: no need to remember them
    }
    ElementHints h = hints.get(element);
    if (h == null) {
      h = ElementHints.of(element);
      hints.put(element, h);
    }
    return h;
  }
}
