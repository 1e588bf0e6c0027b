package dev.pith.server;

import dev.pith.Extraction;
import dev.pith.Extractor;
import dev.pith.Inspection;
import dev.pith.capture.Capture;
import dev.pith.repair.RepairedText;
import dev.pith.repair.TextRepair;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The real engine behind a gate: every call announces that it entered, then waits until the test opens the gate.
 * Lets a test hold extraction slots for exactly as long as it wants, so that overload is deterministic.
 */
final class GatedEngine implements Engine {
  private final Engine real = real();
  private final Semaphore entered = new Semaphore(0);
  private final CountDownLatch gate = new CountDownLatch(1);

  /** The real engine, ungated. */
  static Engine real() {
    return Engine.of(Extractor.create(), TextRepair.create());
  }

  /** Waits until {@code n} calls have entered the engine (a hang guard of 30 s, not a timing assertion). */
  void awaitEntered(int n) throws InterruptedException {
    if (!entered.tryAcquire(n, 30, TimeUnit.SECONDS)) {
      throw new AssertionError("fewer than " + n + " calls entered the engine");
    }
  }

  /** Lets every waiting and future call through. */
  void open() {
    gate.countDown();
  }

  private void pass() {
    entered.release();
    try {
      if (!gate.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never opened the gate");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Extraction extract(Capture capture) {
    pass();
    return real.extract(capture);
  }

  @Override
  public Inspection inspect(Capture capture) {
    pass();
    return real.inspect(capture);
  }

  @Override
  public RepairedText repair(String text) {
    pass();
    return real.repair(text);
  }
}
