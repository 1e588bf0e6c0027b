package dev.pith.server;

import dev.pith.ExtractorOptions;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link PithServer} listens and what it lets one client cost. Immutable: {@code withX} returns a changed
 * copy. The defaults are safe for a service on a shared machine: loopback only, bounded bodies, bounded queue.
 *
 * @param bindAddress the address to listen on: {@code 127.0.0.1} (default, this machine only), {@code 0.0.0.0}
 *     for every interface, or any local address
 * @param port the TCP port; 0 picks a free one (see {@link PithServer#port()})
 * @param maxBodyBytes largest request body; a larger one is answered 413 without being processed
 * @param maxConcurrent most extractions (and repairs) running at once; the CPU-bound work, so about the cores
 * @param maxQueued most requests admitted beyond those running (waiting for a slot, or still sending their body
 *     or being fetched); one more is answered 429 at once
 * @param queueTimeout longest wait for a running slot once admitted; then 503
 * @param shutdownGrace how long {@link PithServer#close()} lets requests in progress finish
 * @param extractor the extraction options of the one shared extractor (its {@code limits().timeBudget()} is the
 *     time budget of each extraction)
 * @param fetch how pages are fetched for {@code GET /v1/extract?url=}
 */
public record ServerOptions(
    String bindAddress,
    int port,
    long maxBodyBytes,
    int maxConcurrent,
    int maxQueued,
    Duration queueTimeout,
    Duration shutdownGrace,
    ExtractorOptions extractor,
    FetchOptions fetch) {

  /** Only this machine can connect until the operator says otherwise. */
  public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  /** 10 MiB: real article pages are well under 2 MiB, and a queue full of these still fits a small heap. */
  public static final long DEFAULT_MAX_BODY_BYTES = 10L << 20;
  /** Queued requests per running slot: a few pages' worth of waiting, a fraction of a second each. */
  public static final int DEFAULT_QUEUED_PER_SLOT = 4;
  /** Ten seconds in the queue: past that the client is better told to come back. */
  public static final Duration DEFAULT_QUEUE_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(5);

  public ServerOptions {
    Objects.requireNonNull(bindAddress, "bindAddress");
    if (bindAddress.isBlank()) {
      throw new IllegalArgumentException("bindAddress must not be blank");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be in 0..65535, was " + port);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be >= 1, was " + maxBodyBytes);
    }
    if (maxConcurrent < 1) {
      throw new IllegalArgumentException("maxConcurrent must be >= 1, was " + maxConcurrent);
    }
    if (maxQueued < 0) {
      throw new IllegalArgumentException("maxQueued must be >= 0, was " + maxQueued);
    }
    FetchOptions.positive("queueTimeout", queueTimeout);
    Objects.requireNonNull(shutdownGrace, "shutdownGrace");
    if (shutdownGrace.isNegative()) {
      throw new IllegalArgumentException("shutdownGrace must be >= 0, was " + shutdownGrace);
    }
    Objects.requireNonNull(extractor, "extractor");
    Objects.requireNonNull(fetch, "fetch");
  }

  /** Loopback, port 8080, the defaults above, one running slot per processor. */
  public static ServerOptions defaults() {
    int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
    return new ServerOptions(DEFAULT_BIND_ADDRESS, DEFAULT_PORT, DEFAULT_MAX_BODY_BYTES, cores,
        DEFAULT_QUEUED_PER_SLOT * cores, DEFAULT_QUEUE_TIMEOUT, DEFAULT_SHUTDOWN_GRACE, ExtractorOptions.defaults(),
        FetchOptions.defaults());
  }

  public ServerOptions withBindAddress(String value) {
    return new ServerOptions(value, port, maxBodyBytes, maxConcurrent, maxQueued, queueTimeout, shutdownGrace,
        extractor, fetch);
  }

  public ServerOptions withPort(int value) {
    return new ServerOptions(bindAddress, value, maxBodyBytes, maxConcurrent, maxQueued, queueTimeout,
        shutdownGrace, extractor, fetch);
  }

  public ServerOptions withMaxBodyBytes(long value) {
    return new ServerOptions(bindAddress, port, value, maxConcurrent, maxQueued, queueTimeout, shutdownGrace,
        extractor, fetch);
  }

  public ServerOptions withMaxConcurrent(int value) {
    return new ServerOptions(bindAddress, port, maxBodyBytes, value, maxQueued, queueTimeout, shutdownGrace,
        extractor, fetch);
  }

  public ServerOptions withMaxQueued(int value) {
    return new ServerOptions(bindAddress, port, maxBodyBytes, maxConcurrent, value, queueTimeout, shutdownGrace,
        extractor, fetch);
  }

  public ServerOptions withQueueTimeout(Duration value) {
    return new ServerOptions(bindAddress, port, maxBodyBytes, maxConcurrent, maxQueued, value, shutdownGrace,
        extractor, fetch);
  }

  public ServerOptions withShutdownGrace(Duration value) {
    return new ServerOptions(bindAddress, port, maxBodyBytes, maxConcurrent, maxQueued, queueTimeout, value,
        extractor, fetch);
  }

  public ServerOptions withExtractor(ExtractorOptions value) {
    return new ServerOptions(bindAddress, port, maxBodyBytes, maxConcurrent, maxQueued, queueTimeout,
        shutdownGrace, value, fetch);
  }

  public ServerOptions withFetch(FetchOptions value) {
    return new ServerOptions(bindAddress, port, maxBodyBytes, maxConcurrent, maxQueued, queueTimeout,
        shutdownGrace, extractor, value);
  }
}
