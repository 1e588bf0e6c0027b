package dev.pith.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on standard error for long runs: done/total, rate, ETA. Redrawn at most a few times a
 * second; silent when not enabled (output redirected, a single input, or --quiet).
 */
final class Progress {
  private static final long REDRAW_NANOS = 200_000_000L;
  private static final int WIDTH = 30;

  private final PrintStream err;
  private final boolean enabled;
  private final long total;
  private final String unit;
  private final long start = System.nanoTime();
  private long lastDraw;
  private boolean drawn;

  Progress(PrintStream err, boolean enabled, long total, String unit) {
    this.err = err;
    this.enabled = enabled;
    this.total = total;
    this.unit = unit;
  }

  /** Reports {@code done} items; draws when enough time has passed. */
  synchronized void update(long done, long bytes) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDraw < REDRAW_NANOS && done < total) {
      return;
    }
    lastDraw = now;
    drawn = true;
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    double rate = done / seconds;
    StringBuilder line = new StringBuilder("\r");
    if (total > 0) {
      int filled = (int) Math.min(WIDTH, WIDTH * done / total);
      line.append('[').append("=".repeat(filled)).append(filled < WIDTH ? ">" : "")
          .append(" ".repeat(Math.max(0, WIDTH - filled - 1))).append("] ");
      line.append(done).append('/').append(total).append(' ').append(unit);
    } else {
      line.append(done).append(' ').append(unit);
    }
    line.append(String.format(Locale.ROOT, "  %.1f %s/s  %.1f MB/s", rate, unit, bytes / 1e6 / seconds));
    if (total > 0 && done < total && rate > 0) {
      long eta = (long) ((total - done) / rate);
      line.append(String.format(Locale.ROOT, "  ETA %d:%02d", eta / 60, eta % 60));
    }
    line.append("   ");
    err.print(line);
    err.flush();
  }

  /** Ends the bar's line so that the summary starts on a fresh one. */
  synchronized void finish() {
    if (enabled && drawn) {
      err.print("\n");
      err.flush();
    }
  }

  double elapsedSeconds() {
    return (System.nanoTime() - start) / 1e9;
  }
}
