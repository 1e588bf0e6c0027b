package dev.pith.server;

import java.time.Duration;
import java.util.Objects;

/**
 * How the service fetches a page for {@code GET /v1/extract?url=...}. Immutable: {@code withX} returns a changed
 * copy.
 *
 * @param connectTimeout longest wait for a TCP connection (and, separately, for the DNS lookup)
 * @param readTimeout longest wait for any one read from the page's server
 * @param totalTimeout longest time the whole fetch may take, redirects included
 * @param maxRedirects most redirects followed; one more is an error
 * @param maxBytes largest page body read (as sent, before gzip decompression); a larger one is an error
 * @param allowPrivateAddresses fetch from loopback, private, link-local and metadata addresses too (off by default:
 *     the service would otherwise let any client reach the operator's internal network)
 */
public record FetchOptions(
    Duration connectTimeout,
    Duration readTimeout,
    Duration totalTimeout,
    int maxRedirects,
    long maxBytes,
    boolean allowPrivateAddresses) {

  /** Five seconds: a server that takes longer to accept a connection is down or far away. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  /** Ten seconds between bytes. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);
  /** Twenty seconds for the whole fetch: a client waiting longer has usually given up. */
  public static final Duration DEFAULT_TOTAL_TIMEOUT = Duration.ofSeconds(20);
  /** Five redirects, as browsers allow many more but real article URLs need one or two. */
  public static final int DEFAULT_MAX_REDIRECTS = 5;
  /** 10 MiB: real article pages are well under 2 MiB. */
  public static final long DEFAULT_MAX_BYTES = 10L << 20;

  public FetchOptions {
    positive("connectTimeout", connectTimeout);
    positive("readTimeout", readTimeout);
    positive("totalTimeout", totalTimeout);
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("maxRedirects must be >= 0, was " + maxRedirects);
    }
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be >= 1, was " + maxBytes);
    }
  }

  static void positive(String name, Duration value) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be > 0, was " + value);
    }
  }

  /** The defaults above, private addresses refused. */
  public static FetchOptions defaults() {
    return new FetchOptions(DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, DEFAULT_TOTAL_TIMEOUT,
        DEFAULT_MAX_REDIRECTS, DEFAULT_MAX_BYTES, false);
  }

  public FetchOptions withConnectTimeout(Duration value) {
    return new FetchOptions(value, readTimeout, totalTimeout, maxRedirects, maxBytes, allowPrivateAddresses);
  }

  public FetchOptions withReadTimeout(Duration value) {
    return new FetchOptions(connectTimeout, value, totalTimeout, maxRedirects, maxBytes, allowPrivateAddresses);
  }

  public FetchOptions withTotalTimeout(Duration value) {
    return new FetchOptions(connectTimeout, readTimeout, value, maxRedirects, maxBytes, allowPrivateAddresses);
  }

  public FetchOptions withMaxRedirects(int value) {
    return new FetchOptions(connectTimeout, readTimeout, totalTimeout, value, maxBytes, allowPrivateAddresses);
  }

  public FetchOptions withMaxBytes(long value) {
    return new FetchOptions(connectTimeout, readTimeout, totalTimeout, maxRedirects, value, allowPrivateAddresses);
  }

  public FetchOptions withAllowPrivateAddresses(boolean value) {
    return new FetchOptions(connectTimeout, readTimeout, totalTimeout, maxRedirects, maxBytes, value);
  }
}
