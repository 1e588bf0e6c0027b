package dev.pith.eval.score;

import org.jspecify.annotations.Nullable;

/**
 * One page's snippet counts: must-have snippets found (tp) or missed (fn), must-not snippets found (fp) or absent
 * (tn); plus WCXB's case-insensitive rates (null when the page has no such snippets).
 */
public record SnippetCounts(int tp, int fp, int fn, int tn, @Nullable Double withRate, @Nullable Double withoutRate) {
  /** A per-page F1 for ranking pages, {@code 2tp/(2tp+fp+fn)}, 1 when the page has nothing to find or avoid. */
  public double f1() {
    int d = 2 * tp + fp + fn;
    return d == 0 ? 1.0 : 2.0 * tp / d;
  }
}
