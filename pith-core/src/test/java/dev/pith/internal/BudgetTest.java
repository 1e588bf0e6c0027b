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
    Budget budget = Budget.start(Duration.ofMillis(20));
    long wallStart = System.nanoTime();
    ExtractionProblem p = null;
    long sink = 0;
    while (p == null && System.nanoTime() - wallStart < Duration.ofSeconds(30).toNanos()) {
      for (int i = 0; i < 10_000; i++) {
        sink += Long.numberOfTrailingZeros(sink + i);
      }
      try {
        budget.check("spinning");
      } catch (ExtractionProblem e) {
        p = e;
      }
    }
    assertTrue(p != null, "20 ms of work never ran out of a 20 ms budget (" + sink + ")");
    assertEquals(ErrorKind.TIMEOUT, p.kind());
    assertTrue(p.getMessage().contains("spinning"), p.getMessage());
  }

  @Test
  void aShareEndsBeforeItsWhole() {
    Budget whole = Budget.start(Duration.ofSeconds(60));
    Budget share = whole.share(0.5);
    assertDoesNotThrow(() -> share.check("start"));
    assertThrows(IllegalArgumentException.class, () -> whole.share(0));
    assertThrows(IllegalArgumentException.class, () -> whole.share(1.5));
    Budget tiny = Budget.start(Duration.ofNanos(1)).share(1);
    long wallStart = System.nanoTime();
    boolean ran = false;
    while (!ran && System.nanoTime() - wallStart < Duration.ofSeconds(30).toNanos()) {
      try {
        tiny.check("spinning");
      } catch (ExtractionProblem e) {
        ran = true;
      }
    }
    assertTrue(ran, "a share of a spent budget never ran out");
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
