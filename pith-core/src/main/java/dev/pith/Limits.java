package dev.pith;

import dev.pith.document.ErrorKind;
import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on what one capture may cost. Going over one gives an {@link Extraction.Failed} of its own
 * {@link ErrorKind}, never a crash or a hang.
 *
 * @param maxBytes largest raw capture, in bytes
 * @param maxDecompressedBytes largest payload after gzip decompression, in bytes (guards against bombs)
 * @param maxDepth deepest element nesting the HTML parser builds
 * @param maxNodes most DOM nodes a page may have
 * @param maxRepairChars longest text the encoding repair looks at; longer text is repaired in its first part only
 * @param timeBudget time one extraction may take, counted in the CPU time of the thread that runs it so that machine
 *     load does not change outcomes (the wall clock where the JVM cannot measure CPU time), checked between and
 *     inside stages
 */
public record Limits(
    long maxBytes,
    long maxDecompressedBytes,
    int maxDepth,
    int maxNodes,
    int maxRepairChars,
    Duration timeBudget) {

  /** 64 MiB: larger than any real article page, smaller than a heap can be made to suffer. */
  public static final long DEFAULT_MAX_BYTES = 64L << 20;
  /** 128 MiB after decompression. */
  public static final long DEFAULT_MAX_DECOMPRESSED_BYTES = 128L << 20;
  /** jsoup's own default depth; deeper real pages are vanishingly rare. */
  public static final int DEFAULT_MAX_DEPTH = 512;
  /** Two million nodes: about 60 MB of ordinary markup. */
  public static final int DEFAULT_MAX_NODES = 2_000_000;
  /** Repair looks at most at 16 M characters. */
  public static final int DEFAULT_MAX_REPAIR_CHARS = 16 << 20;
  /** A page normally takes milliseconds; ten seconds means something is wrong with it. */
  public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(10);

  public Limits {
    Objects.requireNonNull(timeBudget, "timeBudget");
    positive("maxBytes", maxBytes);
    positive("maxDecompressedBytes", maxDecompressedBytes);
    positive("maxDepth", maxDepth);
    positive("maxNodes", maxNodes);
    positive("maxRepairChars", maxRepairChars);
    if (timeBudget.isNegative() || timeBudget.isZero()) {
      throw new IllegalArgumentException("timeBudget must be > 0, was " + timeBudget);
    }
  }

  private static void positive(String name, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be >= 1, was " + value);
    }
  }

  /** The defaults above. */
  public static Limits defaults() {
    return new Limits(
        DEFAULT_MAX_BYTES,
        DEFAULT_MAX_DECOMPRESSED_BYTES,
        DEFAULT_MAX_DEPTH,
        DEFAULT_MAX_NODES,
        DEFAULT_MAX_REPAIR_CHARS,
        DEFAULT_TIME_BUDGET);
  }

  public Limits withMaxBytes(long value) {
    return new Limits(value, maxDecompressedBytes, maxDepth, maxNodes, maxRepairChars, timeBudget);
  }

  public Limits withMaxDecompressedBytes(long value) {
    return new Limits(maxBytes, value, maxDepth, maxNodes, maxRepairChars, timeBudget);
  }

  public Limits withMaxDepth(int value) {
    return new Limits(maxBytes, maxDecompressedBytes, value, maxNodes, maxRepairChars, timeBudget);
  }

  public Limits withMaxNodes(int value) {
    return new Limits(maxBytes, maxDecompressedBytes, maxDepth, value, maxRepairChars, timeBudget);
  }

  public Limits withMaxRepairChars(int value) {
    return new Limits(maxBytes, maxDecompressedBytes, maxDepth, maxNodes, value, timeBudget);
  }

  public Limits withTimeBudget(Duration value) {
    return new Limits(maxBytes, maxDecompressedBytes, maxDepth, maxNodes, maxRepairChars, value);
  }
}
