package dev.pith.eval.score;

/** Precision, recall and F1 of one page. */
public record Prf(double precision, double recall, double f1) {
  /** Precision and recall with their harmonic mean (0 when both are 0). */
  public static Prf of(double precision, double recall) {
    return new Prf(precision, recall, harmonic(precision, recall));
  }

  /** The harmonic mean {@code 2pr/(p+r)}, 0 when {@code p + r == 0}. */
  public static double harmonic(double p, double r) {
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
}
