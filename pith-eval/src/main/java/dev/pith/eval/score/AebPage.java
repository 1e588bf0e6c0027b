package dev.pith.eval.score;

import org.jspecify.annotations.Nullable;

/**
 * One page's ScrapingHub shingle counts, normalised so that {@code tp + fp + fn == 1} (all 0 when neither side has
 * a shingle), and whether the token sequences are identical.
 */
public record AebPage(double tp, double fp, double fn, boolean exact) {
  /** Page precision as the benchmark defines it (1 when nothing is wrong), or null when nothing was predicted. */
  public @Nullable Double precision() {
    return tp + fp > 0 ? precisionOrZero() : null;
  }

  /** Page recall as the benchmark defines it (1 when nothing is wrong), or null when the gold has no shingle. */
  public @Nullable Double recall() {
    return tp + fn > 0 ? recallOrZero() : null;
  }

  /** {@code _aeb_precision}: 1 if fp = fn = 0, 0 if tp = fp = 0, else tp/(tp+fp). */
  double precisionOrZero() {
    if (fp == 0 && fn == 0) {
      return 1.0;
    }
    if (tp == 0 && fp == 0) {
      return 0.0;
    }
    return tp / (tp + fp);
  }

  /** {@code _aeb_recall}: 1 if fp = fn = 0, 0 if tp = fn = 0, else tp/(tp+fn). */
  double recallOrZero() {
    if (fp == 0 && fn == 0) {
      return 1.0;
    }
    if (tp == 0 && fn == 0) {
      return 0.0;
    }
    return tp / (tp + fn);
  }

  /** A per-page F1 for ranking pages (the benchmark itself never averages page F1): undefined sides count 0. */
  public double f1() {
    return Prf.harmonic(precisionOrZero(), recallOrZero());
  }
}
