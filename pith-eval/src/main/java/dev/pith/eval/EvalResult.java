package dev.pith.eval;

import dev.pith.eval.gold.Dataset;
import dev.pith.eval.score.Scorer;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One dataset evaluated: what the extractor did on each page and the scores. Immutable.
 *
 * @param dataset the (possibly filtered) dataset
 * @param profile how it is reported
 * @param predDir where the predictions are, or null when they were not written
 * @param runs one per page in gold order; empty when existing predictions were scored
 * @param report the scores
 * @param seconds wall-clock time of the extraction
 */
public record EvalResult(Dataset dataset, Profile profile, @Nullable Path predDir, List<PageRun> runs,
    Scorer.Report report, double seconds) {
  public EvalResult {
    runs = List.copyOf(runs);
  }

  /** Pages with this status ({@code ok}, {@code rejected}, {@code failed}, {@code missing}). */
  public long count(String status) {
    return runs.stream().filter(r -> r.status().equals(status)).count();
  }

  /** The headline figures (the dataset's published metric), or null when the gold does not support it. */
  public @Nullable Figures headline() {
    return Figures.of(report.overall(), profile.headline());
  }
}
