package dev.pith.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress report on standard error for a crawl: records written, megabytes of input read (of the
 * total, with an ETA), records per second. Redrawn at most five times a second; silent when not enabled (output
 * redirected, or --quiet). Used from one thread.
 */
final class CrawlProgress {
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintStream err;
  private final boolean enabled;
  private final long totalBytes;
  private final long start = System.nanoTime();
  private long lastDraw;
  private boolean drawn;

  CrawlProgress(PrintStream err, boolean enabled, long totalBytes) {
    this.err = err;
    this.enabled = enabled;
    this.totalBytes = totalBytes;
  }

  /** Reports {@code records} written and {@code bytes} of input read; draws when enough time has passed. */
  void update(long records, long bytes) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    drawn = true;
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    StringBuilder line = new StringBuilder("\r");
    if (totalBytes > 0) {
      line.append(String.format(Locale.ROOT, "%3d%%  ", Math.min(100, bytes * 100 / totalBytes)));
    }
    line.append(String.format(Locale.ROOT, "%,d records  %,.1f", records, bytes / 1e6));
    if (totalBytes > 0) {
      line.append(String.format(Locale.ROOT, "/%,.1f", totalBytes / 1e6));
    }
    line.append(String.format(Locale.ROOT, " MB  %,.1f records/s  %.1f MB/s", records / seconds,
        bytes / 1e6 / seconds));
    if (totalBytes > 0 && bytes > 0 && bytes < totalBytes) {
      long eta = (long) ((totalBytes - bytes) * seconds / bytes);
      line.append(String.format(Locale.ROOT, "  ETA %d:%02d:%02d", eta / 3600, eta / 60 % 60, eta % 60));
    }
    line.append("   ");
    err.print(line);
    err.flush();
  }

  /** Ends the progress line so that the summary starts on a fresh one. */
  void finish() {
    if (enabled && drawn) {
      err.print("\n");
      err.flush();
    }
  }

  double elapsedSeconds() {
    return (System.nanoTime() - start) / 1e9;
  }
}
