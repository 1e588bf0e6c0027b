package dev.pith.repair;

import java.util.Arrays;
import java.util.List;

/**
 * A smallest stretch of broken characters, {@code [start, end)} in a segment, whose bytes under a codec read as
 * complete UTF-8. Its output is a list of code points, some of them {@linkplain Slot slots} where bytes were lost.
 *
 * @param start first character (index into the segment's code points)
 * @param end one past the last character
 * @param template the unit's UTF-8 bytes in order: a byte value, or {@code -(slot + 1)} standing for all the bytes
 *     of a slot's character
 * @param output code points, or {@code -(slot + 1)} for a slot
 * @param slots the guessed characters
 */
record Unit(int start, int end, int[] template, int[] output, List<Slot> slots) {
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

  /** The unit's bytes with {@code choice[k]} as the character of slot k. */
  int[] bytes(int[] choice) {
    int[] out = new int[template.length + 3 * slots.size()];
    int n = 0;
    for (int v : template) {
      if (v >= 0) {
        out[n++] = v;
      } else {
        int cp = choice[-v - 1];
        for (int i = 0; i < Utf8.length(cp); i++) {
          out[n++] = Utf8.byteAt(cp, i);
        }
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** Writes the unit's bytes with {@code choice[k]} for slot k into {@code out}; returns how many. */
  int bytesInto(int[] choice, byte[] out) {
    int n = 0;
    for (int v : template) {
      if (v >= 0) {
        out[n++] = (byte) v;
      } else {
        int cp = choice[-v - 1];
        int len = Utf8.length(cp);
        for (int i = 0; i < len; i++) {
          out[n++] = (byte) Utf8.byteAt(cp, i);
        }
      }
    }
    return n;
  }

  /**
   * A character of which bytes were lost. Each candidate comes with the mask of its UTF-8 bytes that were guessed
   * (bit i: byte i); {@code inserted} is true when a byte left no trace (dropped), false when lost bytes became
   * U+FFFD.
   */
  record Slot(int[] candidates, int[] unknownMasks, boolean inserted) {
    /** The guessed-bytes mask of candidate {@code cp}. */
    int maskOf(int cp) {
      for (int i = 0; i < candidates.length; i++) {
        if (candidates[i] == cp) {
          return unknownMasks[i];
        }
      }
      return 0;
    }

    /** The candidates (and their masks) that {@code keep} says to keep, in order. */
    Slot keep(boolean[] keep) {
      int n = 0;
      for (boolean k : keep) {
        n += k ? 1 : 0;
      }
      int[] c = new int[n];
      int[] m = new int[n];
      int j = 0;
      for (int i = 0; i < candidates.length; i++) {
        if (keep[i]) {
          c[j] = candidates[i];
          m[j++] = unknownMasks[i];
        }
      }
      return new Slot(c, m, inserted);
    }
  }
}
