package dev.pith.repair;

/** Small UTF-8 helpers on code points and int-valued bytes. */
final class Utf8 {
  private Utf8() {}

  /** Length of the sequence a lead byte starts, or 0 when {@code b} is no lead byte. */
  static int sequenceLength(int b) {
    if (b < 0x80) {
      return 1;
    }
    if (b >= 0xC2 && b <= 0xDF) {
      return 2;
    }
    if (b >= 0xE0 && b <= 0xEF) {
      return 3;
    }
    if (b >= 0xF0 && b <= 0xF4) {
      return 4;
    }
    return 0;
  }

  static boolean isContinuation(int b) {
    return b >= 0x80 && b <= 0xBF;
  }

  /** The code point of a complete sequence, or -1 when it is malformed (overlong, surrogate, out of range). */
  static int decode(int[] seq, int len) {
    int b0 = seq[0];
    int cp;
    switch (len) {
      case 2:
        cp = (b0 & 0x1F) << 6 | (seq[1] & 0x3F);
        return b0 >= 0xC2 && b0 <= 0xDF && isContinuation(seq[1]) ? cp : -1;
      case 3:
        if (b0 < 0xE0 || b0 > 0xEF || !isContinuation(seq[1]) || !isContinuation(seq[2])) {
          return -1;
        }
        cp = (b0 & 0x0F) << 12 | (seq[1] & 0x3F) << 6 | (seq[2] & 0x3F);
        return cp < 0x800 || cp >= 0xD800 && cp <= 0xDFFF ? -1 : cp;
      case 4:
        if (b0 < 0xF0 || b0 > 0xF4 || !isContinuation(seq[1]) || !isContinuation(seq[2])
            || !isContinuation(seq[3])) {
          return -1;
        }
        cp = (b0 & 0x07) << 18 | (seq[1] & 0x3F) << 12 | (seq[2] & 0x3F) << 6 | (seq[3] & 0x3F);
        return cp < 0x10000 || cp > 0x10FFFF ? -1 : cp;
      default:
        return -1;
    }
  }

  /** Byte {@code i} of the UTF-8 encoding of {@code cp} (which must be long enough). */
  static int byteAt(int cp, int i) {
    if (cp < 0x80) {
      return cp;
    }
    if (cp < 0x800) {
      return i == 0 ? 0xC0 | cp >> 6 : 0x80 | cp & 0x3F;
    }
    if (cp < 0x10000) {
      return i == 0 ? 0xE0 | cp >> 12 : i == 1 ? 0x80 | cp >> 6 & 0x3F : 0x80 | cp & 0x3F;
    }
    switch (i) {
      case 0:
        return 0xF0 | cp >> 18;
      case 1:
        return 0x80 | cp >> 12 & 0x3F;
      case 2:
        return 0x80 | cp >> 6 & 0x3F;
      default:
        return 0x80 | cp & 0x3F;
    }
  }

  static int length(int cp) {
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }

  /** The UTF-8 bytes of {@code cp}. */
  static int[] bytes(int cp) {
    if (cp < 0x80) {
      return new int[] {cp};
    }
    if (cp < 0x800) {
      return new int[] {0xC0 | cp >> 6, 0x80 | cp & 0x3F};
    }
    if (cp < 0x10000) {
      return new int[] {0xE0 | cp >> 12, 0x80 | cp >> 6 & 0x3F, 0x80 | cp & 0x3F};
    }
    return new int[] {0xF0 | cp >> 18, 0x80 | cp >> 12 & 0x3F, 0x80 | cp >> 6 & 0x3F, 0x80 | cp & 0x3F};
  }
}
