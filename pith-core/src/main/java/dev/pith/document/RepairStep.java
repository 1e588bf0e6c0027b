package dev.pith.document;

import java.util.Objects;

/**
 * One change made to text that had been decoded with the wrong charset, replayable and explainable.
 *
 * @param action what was done, e.g. {@code reencode} or {@code fill-dropped-byte}
 * @param detail the parameters, e.g. {@code utf-8 read as gbk} or {@code ” (closes the quote opened at 2310)}
 * @param start start offset of the span in the text before this step
 * @param end end offset (exclusive) of the span in the text before this step
 */
public record RepairStep(String action, String detail, int start, int end) {
  public RepairStep {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(detail, "detail");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("need 0 <= start <= end, was " + start + ".." + end);
    }
  }
}
