package dev.pith.repair;

/**
 * How {@link TextRepair} works. Immutable.
 *
 * @param maxChars longest text repair looks at; past it, text is left as it is (a guard against pathological input,
 *     like ftfy's {@code max_decode_length})
 * @param fillLostBytes guess characters whose bytes were dropped or replaced by U+FFFD; when false, such spots are
 *     left broken and only lossless repairs are made
 */
public record RepairOptions(int maxChars, boolean fillLostBytes) {
  /** Sixteen million characters, as {@code Limits.DEFAULT_MAX_REPAIR_CHARS}. */
  public static final int DEFAULT_MAX_CHARS = 16 << 20;

  public RepairOptions {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be >= 1, was " + maxChars);
    }
  }

  /** The defaults: {@value #DEFAULT_MAX_CHARS} characters, lost bytes filled. */
  public static RepairOptions defaults() {
    return new RepairOptions(DEFAULT_MAX_CHARS, true);
  }

  public RepairOptions withMaxChars(int value) {
    return new RepairOptions(value, fillLostBytes);
  }

  public RepairOptions withFillLostBytes(boolean value) {
    return new RepairOptions(maxChars, value);
  }
}
