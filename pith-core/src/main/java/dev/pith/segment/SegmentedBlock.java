package dev.pith.segment;

import dev.pith.document.Block;
import java.util.Objects;
import org.jsoup.nodes.Element;

/**
 * A block and the element it came from, with the measures the boilerplate stage decides on. Lives only inside
 * one extraction (it holds a jsoup element).
 *
 * @param block the block as it would appear in the document
 * @param element the element that owns the block: the {@code p}, heading, list, table or figure, or the container
 *     whose loose text made a paragraph
 * @param visible non-whitespace characters of text
 * @param linked non-whitespace characters inside links
 * @param index position in reading order
 * @param linkLedItems for lists, the items that open with a link and go on with text of their own (the shape of
 *     a teaser: linked title, then summary); 0 for other blocks
 */
public record SegmentedBlock(Block block, Element element, int visible, int linked, int index, int linkLedItems) {
  public SegmentedBlock {
    Objects.requireNonNull(block, "block");
    Objects.requireNonNull(element, "element");
  }

  /** Share of the text that is link text. */
  public double linkDensity() {
    return visible == 0 ? 0 : (double) linked / visible;
  }
}
