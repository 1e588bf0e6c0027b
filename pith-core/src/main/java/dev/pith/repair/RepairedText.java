package dev.pith.repair;

import dev.pith.document.RepairStep;
import java.util.List;
import java.util.Objects;

/**
 * Text after repair, with the steps that made it.
 *
 * @param text the repaired text (the input itself when nothing needed repair)
 * @param steps what was changed, in order; empty when nothing was
 */
public record RepairedText(String text, List<RepairStep> steps) {
  public RepairedText {
    Objects.requireNonNull(text, "text");
    steps = List.copyOf(steps);
  }

  /** True when repair changed something. */
  public boolean changed() {
    return !steps.isEmpty();
  }
}
