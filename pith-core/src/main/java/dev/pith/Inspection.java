package dev.pith;

import java.util.Objects;

/**
 * An extraction together with the original page marked up to show it: every kept block and every removal
 * outlined, with the block type or the removal's reason on hover. For people tuning extraction and for the
 * service's inspection page; slower than {@link Extractor#extract} (it numbers and copies the DOM).
 *
 * @param extraction the extraction, exactly as {@link Extractor#extract} gives it
 * @param markedPage a self-contained HTML page: the original with scripts removed and marks added (or the lines of
 *     a text capture, each marked); empty when the capture gave no document
 */
public record Inspection(Extraction extraction, String markedPage) {
  public Inspection {
    Objects.requireNonNull(extraction, "extraction");
    Objects.requireNonNull(markedPage, "markedPage");
  }
}
