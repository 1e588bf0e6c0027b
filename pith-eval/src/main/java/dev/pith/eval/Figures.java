package dev.pith.eval;

import dev.pith.eval.score.Metric;
import dev.pith.eval.score.Summary;
import org.jspecify.annotations.Nullable;

/**
 * Precision, recall and F1 of one metric at dataset level, as its benchmark publishes them (shingles: means of
 * page precision and recall, F1 their harmonic mean; snippets: micro-averaged; ROUGE and words: means of page
 * figures; Levenshtein: the mean similarity as F1, with no precision or recall).
 *
 * @param f1Std bootstrap standard deviation of the F1, or null
 */
public record Figures(Metric metric, double precision, double recall, double f1, @Nullable Double f1Std, int n) {

  /** The figures of {@code metric} in the summary, or null when it was not scored. */
  public static @Nullable Figures of(Summary s, Metric metric) {
    switch (metric) {
      case AEB: {
        Summary.Aeb a = s.aeb();
        return a == null ? null : new Figures(metric, a.precision(), a.recall(), a.f1(),
            a.std() == null ? null : a.std().get("f1"), a.n());
      }
      case SNIPPETS: {
        Summary.Snippets sn = s.snippets();
        return sn == null ? null : new Figures(metric, sn.precision(), sn.recall(), sn.f1(),
            sn.std() == null ? null : sn.std().get("f1"), sn.documents());
      }
      case ROUGE:
        return means(metric, s.rouge());
      case WORDS:
        return means(metric, s.words());
      case LEV: {
        Summary.Means m = s.lev();
        if (m == null) {
          return null;
        }
        Summary.Stat st = m.stats().get("similarity");
        return new Figures(metric, Double.NaN, Double.NaN, st.mean(), st.meanStd(), m.n());
      }
      default:
        return null;
    }
  }

  private static @Nullable Figures means(Metric metric, Summary.@Nullable Means m) {
    if (m == null) {
      return null;
    }
    Summary.Stat f1 = m.stats().get("f1");
    return new Figures(metric, m.mean("precision"), m.mean("recall"), f1.mean(), f1.meanStd(), m.n());
  }
}
