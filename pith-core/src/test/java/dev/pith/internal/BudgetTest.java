package dev.pith.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pith.document.ErrorKind;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The budget counts the work of the thread that started it (its CPU time), so that a page does not run out of it
 * because other processes keep the machine busy; the wall clock counts where CPU time cannot.
 */
class BudgetTest {
  private static boolean cpuClock() {
    var threads = ManagementFactory.getThreadMXBean();
    return threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();
  }

  @Test
  void waitingSpendsNoBudget() throws InterruptedException {
    assumeTrue(cpuClock(), "this JVM cannot measure a thread's CPU time");
    Budget budget = Budget.start(Duration.ofMillis(50));
    // four times the budget in wall-clock time, as a thread of a loaded machine spends it waiting for a core
    Thread.sleep(200);
    assertDoesNotThrow(() -> budget.check("waiting"));
  }

  @Test
  void workSpendsIt() {
    ExtractionProblem p = spendAll(Budget.start(Duration.ofMillis(20)));
    assertEquals(ErrorKind.TIMEOUT, p.kind());
    assertTrue(p.getMessage().contains("spinning"), p.getMessage());
  }

  @Test
  void aShareRunsOutBeforeItsWhole() {
    Budget whole = Budget.start(Duration.ofMillis(400));
    Budget share = whole.share(0.05);
    assertThrows(IllegalArgumentException.class, () -> whole.share(0));
    assertThrows(IllegalArgumentException.class, () -> whole.share(1.5));
    spendAll(share);
    // about 20 ms of the 400 are spent: the whole goes on
    assertDoesNotThrow(() -> whole.check("after the share"));
    spendAll(Budget.start(Duration.ofNanos(1)).share(1));
  }

  /** Works until {@code budget} runs out; fails when it has not after 30 s of wall-clock time. */
  private static ExtractionProblem spendAll(Budget budget) {
    long wallStart = System.nanoTime();
    long sink = 0;
    while (System.nanoTime() - wallStart < Duration.ofSeconds(30).toNanos()) {
      for (int i = 0; i < 1_000; i++) {
        sink += Long.numberOfTrailingZeros(sink + i);
      }
      try {
        budget.check("spinning");
      } catch (ExtractionProblem e) {
        return e;
      }
    }
    throw new AssertionError("the budget never ran out (" + sink + ")");
  }

  @Test
  void anotherThreadGoesByTheWallClock() throws InterruptedException {
    Budget budget = Budget.start(Duration.ofMillis(20));
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread other = new Thread(() -> {
      try {
        Thread.sleep(100);
        budget.check("elsewhere");
      } catch (Throwable t) {
        thrown.set(t);
      }
    });
    other.start();
    other.join();
    assertTrue(thrown.get() instanceof ExtractionProblem, String.valueOf(thrown.get()));
  }

  @Test
  void anUnlimitedBudgetNeverRunsOut() {
    Budget budget = Budget.unlimited();
    for (int i = 0; i < 5000; i++) {
      budget.tick("ticking");
    }
    assertDoesNotThrow(() -> budget.share(0.01).check("share"));
  }
}
