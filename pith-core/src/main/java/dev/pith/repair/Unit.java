package dev.pith.repair;

import java.util.List;

/**
 * A smallest stretch of broken characters, {@code [start, end)} in a segment, whose bytes under a codec read as
 * complete UTF-8. Its output is a list of code points, some of them {@linkplain Slot slots} where a byte was lost.
 *
 * @param start first character (index into the segment's code points)
 * @param end one past the last character
 * @param template the unit's bytes: a byte value, or {@code -(slot + 1)} where a slot's unknown byte goes
 * @param output code points, or {@code -(slot + 1)} for a slot
 * @param slots the lost bytes, each with the characters it can stand for
 */
record Unit(int start, int end, int[] template, int[] output, List<Slot> slots) {
  /** True when no byte was lost: the repair of this unit is certain. */
  boolean lossless() {
    return slots.isEmpty();
  }

  /**
   * A character of which one byte was lost. {@code known} holds its UTF-8 bytes with the unknown one at
   * {@code unknownAt}; {@code inserted} is true when the byte left no trace (dropped), false when it became U+FFFD.
   */
  record Slot(int[] known, int unknownAt, boolean inserted, int[] candidates) {
    /** The byte value that {@code cp} (one of the candidates) puts at {@link #unknownAt}. */
    int byteFor(int cp) {
      return Utf8.bytes(cp)[unknownAt];
    }
  }
}
