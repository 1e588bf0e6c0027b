package dev.pith.repair;

import java.util.List;

/**
 * A smallest stretch of broken characters, {@code [start, end)} in a segment, whose bytes under a codec read as
 * complete UTF-8. Its output is a list of code points, some of them {@linkplain Slot slots} where a byte was lost.
 *
 * @param start first character (index into the segment's code points)
 * @param end one past the last character
 * @param template the unit's bytes: a byte value, or {@code -(slot + 1) - (i << 8)} for byte i of a slot's
 *     character, where that byte is unknown
 * @param output code points, or {@code -(slot + 1)} for a slot
 * @param slots the lost bytes, each with the characters it can stand for
 */
record Unit(int start, int end, int[] template, int[] output, List<Slot> slots) {
  /** The slot of a negative template entry. */
  static int slotOf(int templateEntry) {
    return ((-templateEntry) & 0xFF) - 1;
  }

  /** The byte position, within its slot's character, of a negative template entry. */
  static int byteIndexOf(int templateEntry) {
    return (-templateEntry) >> 8;
  }

  /** True when no byte was lost. */
  boolean lossless() {
    return slots.isEmpty();
  }

  /** True when the repair is certain: no byte was lost, or each lost byte can only have been one value. */
  boolean certain() {
    for (Slot s : slots) {
      if (s.candidates().length != 1) {
        return false;
      }
    }
    return true;
  }

  /**
   * A character of which bytes were lost. {@code known} holds its UTF-8 bytes, the unknown ones at the positions set
   * in {@code unknownMask}; {@code inserted} is true when a byte left no trace (dropped), false when the lost bytes
   * became U+FFFD.
   */
  record Slot(int[] known, int unknownMask, boolean inserted, int[] candidates) {
    /** Byte {@code at} of {@code cp} (one of the candidates). */
    int byteFor(int cp, int at) {
      return Utf8.byteAt(cp, at);
    }

    int unknownBytes() {
      return Integer.bitCount(unknownMask);
    }
  }
}
