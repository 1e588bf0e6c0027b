package dev.pith.eval;

import dev.pith.eval.gold.Dataset;
import dev.pith.eval.score.Metric;
import org.jspecify.annotations.Nullable;

/**
 * How a dataset is reported: the metric its benchmark publishes (the headline), and the gold field its tables break
 * down by. Immutable.
 *
 * @param headline the published metric
 * @param label how the headline is named in tables
 * @param byField the gold field to break the figures down by, or null
 */
public record Profile(Metric headline, String label, @Nullable String byField) {

  /**
   * The profile of a dataset: {@code scrapinghub-aeb} shingle F1, {@code trafilatura-eval} snippet F1,
   * {@code wcxb*} word F1 by page type, {@code readability-mozilla} ROUGE-LSum; other datasets word F1 when the
   * gold has text, else snippet F1.
   */
  public static Profile of(Dataset dataset, String textField) {
    String name = dataset.name();
    if (name.startsWith("scrapinghub")) {
      return new Profile(Metric.AEB, "shingle F1 (ScrapingHub AEB)", null);
    }
    if (name.startsWith("trafilatura")) {
      return new Profile(Metric.SNIPPETS, "snippet F1 (trafilatura)", null);
    }
    if (name.startsWith("wcxb")) {
      return new Profile(Metric.WORDS, "word F1 (WCXB)", "page_type");
    }
    if (name.startsWith("readability")) {
      return new Profile(Metric.ROUGE, "ROUGE-LSum F1 (WCEB)", null);
    }
    return dataset.hasText(textField)
        ? new Profile(Metric.WORDS, "word F1", null)
        : new Profile(Metric.SNIPPETS, "snippet F1", null);
  }
}
