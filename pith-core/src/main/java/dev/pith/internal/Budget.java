package dev.pith.internal;

import dev.pith.document.ErrorKind;
import java.time.Duration;

/**
 * A per-call time budget, checked cooperatively by the stages (between stages and every few thousand nodes), so
 * that a pathological page ends with a TIMEOUT record instead of stalling a batch. One per extraction; not shared
 * between threads.
 */
public final class Budget {
  private final long deadlineNanos;
  private final Duration budget;
  private int countdown;

  private Budget(Duration budget) {
    this(budget, System.nanoTime() + budget.toNanos());
  }

  private Budget(Duration budget, long deadlineNanos) {
    this.budget = budget;
    this.deadlineNanos = deadlineNanos;
  }

  /** A budget that runs out {@code budget} from now. */
  public static Budget start(Duration budget) {
    return new Budget(budget);
  }

  /** A budget that never runs out (for stages used on their own). */
  public static Budget unlimited() {
    return new Budget(Duration.ofDays(365));
  }

  /**
   * A budget for one stage that may use {@code fraction} (0 to 1) of the time left, so that the pipeline can go on
   * without that stage when it runs out; never later than this budget's own deadline.
   */
  public Budget share(double fraction) {
    if (!(fraction > 0 && fraction <= 1)) {
      throw new IllegalArgumentException("fraction must be in (0, 1], was " + fraction);
    }
    long left = Math.max(0, deadlineNanos - System.nanoTime());
    long share = (long) (left * fraction);
    return new Budget(Duration.ofNanos(share), System.nanoTime() + share);
  }

  /**
   * Throws when the budget has run out.
   *
   * @throws ExtractionProblem of kind TIMEOUT naming the stage
   */
  public void check(String stage) {
    if (System.nanoTime() - deadlineNanos > 0) {
      throw new ExtractionProblem(
          ErrorKind.TIMEOUT, "time budget of " + budget.toMillis() + " ms ran out during " + stage);
    }
  }

  /** A cheap check for inner loops: looks at the clock only every 1024 calls. */
  public void tick(String stage) {
    if (--countdown <= 0) {
      countdown = 1024;
      check(stage);
    }
  }
}
