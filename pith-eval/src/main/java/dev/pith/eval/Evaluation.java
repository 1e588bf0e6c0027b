package dev.pith.eval;

import dev.pith.Extractor;
import dev.pith.eval.gold.Dataset;
import dev.pith.eval.gold.Predictions;
import dev.pith.eval.score.ScoreOptions;
import dev.pith.eval.score.Scorer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates an extractor on a dataset: extract every page, write the predictions, score them with the dataset's
 * metrics. Thread-safe.
 *
 * <pre>{@code
 * Dataset aeb = Dataset.open(Path.of("../shared/bench/data/scrapinghub-aeb"));
 * EvalResult r = new Evaluation(Extractor.create(), 2, ScoreOptions.defaults()).run(aeb, null, outDir, (d, t, b) -> {});
 * System.out.println(r.headline().f1());
 * }</pre>
 */
public final class Evaluation {
  private final ExtractionRunner runner;
  private final ScoreOptions options;

  /** An evaluation of this extractor with this many threads, scoring with these options. */
  public Evaluation(Extractor extractor, int threads, ScoreOptions options) {
    this(new ExtractionRunner(extractor, threads), options);
  }

  /** An evaluation with this runner (e.g. one that also writes whole documents), scoring with these options. */
  public Evaluation(ExtractionRunner runner, ScoreOptions options) {
    this.runner = Objects.requireNonNull(runner, "runner");
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Extracts and scores a dataset.
   *
   * @param inputs a directory to take the pages from instead (see {@link ExtractionRunner#run}), or null
   * @param predDir where to write the predictions, or null
   * @throws IOException when predictions cannot be written
   */
  public EvalResult run(Dataset dataset, @Nullable Path inputs, @Nullable Path predDir,
      ExtractionRunner.Listener listener) throws IOException {
    long start = System.nanoTime();
    List<PageRun> runs = runner.run(dataset, inputs, predDir, listener);
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, String> texts = new HashMap<>();
    Map<String, Map<String, @Nullable Object>> metas = new HashMap<>();
    for (PageRun r : runs) {
      texts.put(r.id(), r.text());
      Map<String, @Nullable Object> meta = new HashMap<>();
      meta.put("title", r.title());
      meta.put("author", r.author());
      meta.put("date", r.date());
      metas.put(r.id(), meta);
    }
    return score(dataset, Predictions.of(texts, metas), predDir, runs, seconds);
  }

  /** Scores existing predictions (a directory or JSONL file, as score.py reads them) without extracting. */
  public EvalResult scoreOnly(Dataset dataset, Path predictions) throws IOException {
    Predictions preds = Predictions.read(predictions, dataset.ids());
    return score(dataset, preds, predictions, List.of(), 0);
  }

  private EvalResult score(Dataset dataset, Predictions preds, @Nullable Path predDir, List<PageRun> runs,
      double seconds) {
    Profile profile = Profile.of(dataset, options.textField());
    Scorer.Report report = Scorer.score(dataset.records(), preds, options, profile.byField());
    return new EvalResult(dataset, profile, predDir, runs, report, seconds);
  }
}
