package dev.pith.server;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds the work in the server: at most {@code maxConcurrent} extractions run at once, and at most
 * {@code maxQueued} more requests are admitted to wait (or to send their body, or to be fetched) behind them.
 * Nothing waits without bound: a request that finds the queue full is refused at once (429), and one that waits
 * longer than the queue timeout for a running slot gives up (503). Thread-safe.
 *
 * <p>Memory follows: at most {@code (maxConcurrent + maxQueued)} request bodies are held at any time.
 */
final class Admission {
  private final Semaphore admitted;
  private final Semaphore running;
  private final int capacity;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger waiting = new AtomicInteger();

  Admission(int maxConcurrent, int maxQueued) {
    this.capacity = maxConcurrent + maxQueued;
    this.admitted = new Semaphore(capacity);
    this.running = new Semaphore(maxConcurrent, true); // fair: first come, first served
  }

  /**
   * Admits a request, or refuses it when {@code maxConcurrent + maxQueued} are already admitted.
   *
   * @throws ApiError 429 {@code overloaded} when full
   */
  Ticket admit() {
    if (!admitted.tryAcquire()) {
      throw new ApiError(429, "overloaded",
          "the server is busy: " + capacity + " requests are already running or queued; retry in a moment", 1);
    }
    return new Ticket();
  }

  /** Extractions running now. */
  int inFlight() {
    return inFlight.get();
  }

  /** Admitted requests not running yet. */
  int queued() {
    return Math.max(0, capacity - admitted.availablePermits() - inFlight.get());
  }

  /** Requests waiting for a running slot now. */
  int waiting() {
    return waiting.get();
  }

  int capacity() {
    return capacity;
  }

  /** One admitted request; close it when the request is done (it releases whatever it holds). */
  final class Ticket implements AutoCloseable {
    private boolean running;
    private boolean closed;

    private Ticket() {}

    /**
     * Waits for a running slot.
     *
     * @throws ApiError 503 {@code busy} when none frees up within {@code timeout}
     */
    void awaitSlot(Duration timeout) {
      if (running || closed) {
        throw new IllegalStateException("the ticket already has a slot or is closed");
      }
      waiting.incrementAndGet();
      boolean got;
      try {
        got = Admission.this.running.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        got = false;
      } finally {
        waiting.decrementAndGet();
      }
      if (!got) {
        throw new ApiError(503, "busy", "no extraction slot freed up within " + Durations.show(timeout)
            + "; the server is overloaded, retry later", 2);
      }
      running = true;
      inFlight.incrementAndGet();
    }

    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      if (running) {
        inFlight.decrementAndGet();
        Admission.this.running.release();
      }
      admitted.release();
    }
  }
}
