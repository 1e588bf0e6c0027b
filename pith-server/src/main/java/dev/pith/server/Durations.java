package dev.pith.server;

import java.time.Duration;

/** Durations as people write them: {@code 250ms}, {@code 10s}, {@code 2m}. */
final class Durations {
  private Durations() {}

  /** The shortest exact form: {@code 500ms}, {@code 10s}, {@code 1.5s}, {@code 2m}. */
  static String show(Duration d) {
    long ms = d.toMillis();
    if (ms % 60_000 == 0 && ms >= 60_000) {
      return ms / 60_000 + "m";
    }
    if (ms % 1000 == 0) {
      return ms / 1000 + "s";
    }
    if (ms < 1000) {
      return ms + "ms";
    }
    return (ms / 1000) + "." + String.format("%03d", ms % 1000).replaceAll("0+$", "") + "s";
  }
}
