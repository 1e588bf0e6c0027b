package dev.pith.internal;

import dev.pith.document.ErrorKind;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * A per-call budget of work, checked cooperatively by the stages (between stages and every few thousand nodes), so
 * that a pathological page ends with a TIMEOUT record instead of stalling a batch. One per extraction; not shared
 * between threads.
 *
 * <p>The budget is counted in the CPU time of the thread that started it, where the JVM can measure that (HotSpot on
 * Linux, macOS and Windows can). Wall-clock time stretches with whatever else the machine is running: on a loaded
 * machine the same page would run out of a wall-clock budget that it keeps on an idle one, and the same batch would
 * give different outputs from run to run. CPU time is what the page itself costs. Where it cannot be measured, or when
 * another thread checks the budget, the wall clock counts instead.
 */
public final class Budget {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  /** Whether this JVM measures a thread's own CPU time (a fixed property of the JVM). */
  private static final boolean CPU_CLOCK =
      THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();

  private final Duration budget;
  private final Thread owner;
  /** Deadline on the owner's CPU clock; unused without one. */
  private final long cpuDeadline;
  private final long wallDeadline;
  private final boolean unlimited;
  private int countdown;

  private Budget(Duration budget, long cpuNow, long wallNow, boolean unlimited) {
    this.budget = budget;
    this.owner = Thread.currentThread();
    this.cpuDeadline = cpuNow + budget.toNanos();
    this.wallDeadline = wallNow + budget.toNanos();
    this.unlimited = unlimited;
  }

  /** A budget that runs out after {@code budget} of this thread's work. */
  public static Budget start(Duration budget) {
    return new Budget(budget, cpuNow(), System.nanoTime(), false);
  }

  /** A budget that never runs out (for stages used on their own); reads no clock. */
  public static Budget unlimited() {
    return new Budget(Duration.ofDays(365), 0, 0, true);
  }

  /** The calling thread's CPU time, or 0 where the JVM cannot measure it (reading it costs microseconds). */
  private static long cpuNow() {
    return CPU_CLOCK ? THREADS.getCurrentThreadCpuTime() : 0;
  }

  private boolean onCpuClock() {
    return CPU_CLOCK && Thread.currentThread() == owner;
  }

  /**
   * A budget for one stage that may use {@code fraction} (0 to 1) of what is left, so that the pipeline can go on
   * without that stage when it runs out; never later than this budget's own end.
   */
  public Budget share(double fraction) {
    if (!(fraction > 0 && fraction <= 1)) {
      throw new IllegalArgumentException("fraction must be in (0, 1], was " + fraction);
    }
    if (unlimited) {
      return this;
    }
    long wall = System.nanoTime();
    long cpu = cpuNow();
    long left = onCpuClock() ? cpuDeadline - cpu : wallDeadline - wall;
    return new Budget(Duration.ofNanos((long) (Math.max(0, left) * fraction)), cpu, wall, false);
  }

  /**
   * Whether the budget has run out. The wall clock is read first: a thread's CPU time never runs ahead of the wall
   * clock, so while the wall clock is within the budget, so is the work, and the dearer CPU clock is read only after.
   */
  private boolean spent() {
    if (unlimited || System.nanoTime() - wallDeadline < 0) {
      return false;
    }
    return !onCpuClock() || THREADS.getCurrentThreadCpuTime() - cpuDeadline >= 0;
  }

  /**
   * Throws when the budget has run out.
   *
   * @throws ExtractionProblem of kind TIMEOUT naming the stage
   */
  public void check(String stage) {
    if (spent()) {
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
