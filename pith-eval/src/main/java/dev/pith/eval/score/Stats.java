package dev.pith.eval.score;

import java.util.Arrays;

/** Python's {@code statistics} functions that the scorer uses, on doubles. */
final class Stats {
  private Stats() {}

  /** {@code statistics.fmean} (NaN for no values): a compensated sum, close to Python's exactly rounded fsum. */
  static double fmean(double[] xs) {
    if (xs.length == 0) {
      return Double.NaN;
    }
    return sum(xs) / xs.length;
  }

  /** Neumaier's compensated summation. */
  static double sum(double[] xs) {
    double s = 0;
    double c = 0;
    for (double x : xs) {
      double t = s + x;
      if (Math.abs(s) >= Math.abs(x)) {
        c += (s - t) + x;
      } else {
        c += (x - t) + s;
      }
      s = t;
    }
    return s + c;
  }

  /** {@code statistics.median} (NaN for no values): the mean of the middle two for an even count. */
  static double median(double[] xs) {
    if (xs.length == 0) {
      return Double.NaN;
    }
    double[] s = xs.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  /** {@code statistics.stdev} (sample standard deviation), 0 for fewer than two values as score.py's _std. */
  static double stdev(double[] xs) {
    if (xs.length < 2) {
      return 0.0;
    }
    double mean = fmean(xs);
    double[] sq = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      double d = xs[i] - mean;
      sq[i] = d * d;
    }
    return Math.sqrt(sum(sq) / (xs.length - 1));
  }
}
