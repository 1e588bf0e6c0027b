package dev.pith.repair;

import java.util.List;

/**
 * Undoes wrong decodings. Immutable and thread-safe.
 *
 * <p>Placeholder until the repair stage lands: it returns its input unchanged.
 */
public final class TextRepair {
  private static final TextRepair DEFAULT = new TextRepair();

  private TextRepair() {}

  /** The repairer with default settings. */
  public static TextRepair create() {
    return DEFAULT;
  }

  /** Repairs {@code text}; returns it unchanged, with no steps, when it needs no repair. */
  public RepairedText repair(String text) {
    return new RepairedText(text, List.of());
  }
}
