package dev.pith.eval.score;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How to score, with {@code score.py}'s option names. Immutable.
 *
 * @param metrics which metrics to compute (each only where the gold supports it)
 * @param textField the gold field holding the reference text; records without it use {@code text}
 * @param sentences ROUGE-LSum sentence splitting
 * @param bootstrap resamples for standard deviations (0 or 1: none)
 * @param seed the bootstrap's random seed
 */
public record ScoreOptions(Set<Metric> metrics, String textField, Sentences sentences, int bootstrap, long seed) {
  public ScoreOptions {
    metrics = Set.copyOf(metrics);
    Objects.requireNonNull(textField, "textField");
    Objects.requireNonNull(sentences, "sentences");
    if (bootstrap < 0) {
      throw new IllegalArgumentException("bootstrap must be >= 0, was " + bootstrap);
    }
  }

  /** All metrics, gold field {@code text}, Punkt approximation, 1000 resamples, seed 0 (score.py's defaults). */
  public static ScoreOptions defaults() {
    return new ScoreOptions(EnumSet.allOf(Metric.class), "text", Sentences.PUNKT_APPROX, 1000, 0);
  }

  public ScoreOptions withMetrics(Set<Metric> value) {
    return new ScoreOptions(value, textField, sentences, bootstrap, seed);
  }

  public ScoreOptions withTextField(String value) {
    return new ScoreOptions(metrics, value, sentences, bootstrap, seed);
  }

  public ScoreOptions withSentences(Sentences value) {
    return new ScoreOptions(metrics, textField, value, bootstrap, seed);
  }

  public ScoreOptions withBootstrap(int value) {
    return new ScoreOptions(metrics, textField, sentences, value, seed);
  }

  public ScoreOptions withSeed(long value) {
    return new ScoreOptions(metrics, textField, sentences, bootstrap, value);
  }
}
