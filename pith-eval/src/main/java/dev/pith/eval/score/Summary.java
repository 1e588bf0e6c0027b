package dev.pith.eval.score;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Dataset-level figures, as {@code score.py}'s {@code aggregate} computes them; a block is null when no page had
 * that metric. Standard deviations are null when no bootstrap was run.
 *
 * @param pages pages aggregated
 */
public record Summary(
    int pages,
    @Nullable Aeb aeb,
    @Nullable Means rouge,
    @Nullable Means lev,
    @Nullable Means words,
    @Nullable Map<String, MetaField> meta,
    @Nullable Snippets snippets) {

  public Summary {
    meta = meta == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(meta));
  }

  /** Mean, median and bootstrap std of the mean of one per-page figure. */
  public record Stat(double mean, double median, @Nullable Double meanStd) {}

  /**
   * ScrapingHub figures: precision and recall are means over pages, F1 their harmonic mean.
   *
   * @param std bootstrap standard deviations by name ({@code f1}, {@code precision}, {@code recall},
   *     {@code accuracy}), or null
   */
  public record Aeb(int n, double f1, double precision, double recall, double accuracy,
      @Nullable Map<String, Double> std) {}

  /** Per-page figures by label ({@code precision}, {@code recall}, {@code f1}, or {@code similarity}). */
  public record Means(int n, Map<String, Stat> stats) {
    public Means {
      stats = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stats));
    }

    /** The mean of a label, NaN when absent. */
    public double mean(String label) {
      Stat s = stats.get(label);
      return s == null ? Double.NaN : s.mean();
    }
  }

  /** One metadata field: pages with gold for it, share exactly right, mean word F1. */
  public record MetaField(int n, double exact, double wordF1) {}

  /**
   * Snippet figures, micro-averaged over all snippets; the rates are per-page means (NaN when no page has such
   * snippets).
   */
  public record Snippets(int documents, int withSegments, int withoutSegments, double precision, double recall,
      double accuracy, double f1, @Nullable Map<String, Double> std, double meanWithRate,
      double meanWithoutRate) {}
}
