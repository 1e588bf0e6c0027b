package dev.pith.repair;

import java.util.List;

/**
 * The fast path: which codecs could have made a given character part of UTF-8 mojibake, as bit masks over
 * {@link Codecs#all()}, one table per role, built once for the BMP (768 KB).
 *
 * <ul>
 *   <li>{@code lead}: the character's bytes under the codec include a UTF-8 lead byte (C2–F4);
 *   <li>{@code cont}: its bytes start with a UTF-8 continuation byte (80–BF);
 *   <li>{@code whole}: its bytes alone hold a complete multi-byte UTF-8 sequence (a GBK character can be a whole
 *       {@code é});
 *   <li>{@code partial}: its bytes end inside a multi-byte sequence that started within it ({@code 鈥} is
 *       {@code E2 80}, two thirds of a quote mark): a spot where a byte may have been lost.
 * </ul>
 *
 * A text can only be UTF-8 mojibake under a codec where a {@code lead} character is followed by a {@code cont} one,
 * or where a {@code whole} character occurs; everything else is left alone after one table lookup per character.
 */
final class Suspects {
  private static final class Holder {
    static final Suspects INSTANCE = new Suspects(Codecs.all());
  }

  private final int[] lead = new int[0x10000];
  private final int[] cont = new int[0x10000];
  private final int[] whole = new int[0x10000];
  private final int[] partial = new int[0x10000];

  private Suspects(List<Codec> codecs) {
    for (Codec codec : codecs) {
      int bit = 1 << codec.index();
      for (int c = 0x80; c < 0x10000; c++) {
        if (c >= 0xD800 && c <= 0xDFFF) {
          continue;
        }
        int code = codec.encode(c);
        if (code < 0x80) {
          continue;
        }
        int len = Codec.codeLength(code);
        int need = 0;
        int seqStart = -1;
        boolean hasLead = false;
        boolean hasWhole = false;
        for (int i = 0; i < len; i++) {
          int b = code >> (8 * (len - 1 - i)) & 0xFF;
          if (i == 0 && Utf8.isContinuation(b)) {
            cont[c] |= bit;
          }
          int l = Utf8.sequenceLength(b);
          if (l >= 2) {
            hasLead = true;
            need = l - 1;
            seqStart = i;
          } else if (need > 0 && Utf8.isContinuation(b)) {
            if (--need == 0 && seqStart >= 0) {
              hasWhole = true;
            }
          } else {
            need = 0;
          }
        }
        if (hasLead) {
          lead[c] |= bit;
        }
        if (hasWhole) {
          whole[c] |= bit;
        }
        if (need > 0 && seqStart >= 0 && len - seqStart >= 2) {
          partial[c] |= bit;
        }
      }
    }
  }

  static Suspects get() {
    return Holder.INSTANCE;
  }

  /**
   * Codecs under which {@code text[from, to)} shows signs of UTF-8 mojibake: a lead character followed by a
   * continuation character, a whole sequence inside one character, or a sequence cut short before ASCII (a lost
   * byte, as {@code 2鈥3}). Any U+FFFD makes every codec a suspect (-1).
   */
  int strong(CharSequence text, int from, int to) {
    if (text instanceof String s) {
      return strong(s, from, to);
    }
    int mask = 0;
    int prevLead = 0;
    int prevPartial = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        mask |= prevPartial; // a sequence cut short before ASCII: a byte was lost there
        prevLead = 0;
        prevPartial = 0;
        continue;
      }
      if (c == 0xFFFD) {
        return -1; // a replaced byte: any codec may have made it, and clean text rarely has one
      }
      mask |= prevLead & cont[c] | whole[c];
      prevLead = lead[c];
      prevPartial = partial[c];
    }
    return mask | prevPartial;
  }

  /**
   * True when {@code text} shows any sign at all (see {@link #strong}); stops at the first. The fast path for clean
   * text: one comparison per ASCII character, a table lookup per other character.
   */
  boolean anySign(String text) {
    int n = text.length();
    char[] buf = new char[Math.min(CHUNK, Math.max(1, n))];
    int prevLead = 0;
    int prevPartial = 0;
    for (int at = 0; at < n; at += buf.length) {
      int len = Math.min(buf.length, n - at);
      text.getChars(at, at + len, buf, 0);
      for (int i = 0; i < len; i++) {
        if ((i & (BLOCK - 1)) == 0 && i + BLOCK <= len && ascii(buf, i)) {
          // a whole block of ASCII (most of any page): as one ASCII character, BLOCK at a time
          if (prevPartial != 0) {
            return true;
          }
          prevLead = 0;
          i += BLOCK - 1;
          continue;
        }
        char c = buf[i];
        if (c < 0x80) {
          if (prevPartial != 0) {
            return true;
          }
          prevLead = 0;
          continue;
        }
        if (c == 0xFFFD || (prevLead & cont[c] | whole[c]) != 0) {
          return true;
        }
        prevLead = lead[c];
        prevPartial = partial[c];
      }
    }
    return prevPartial != 0;
  }

  /** True when {@code buf[from, from + BLOCK)} is all ASCII without a line break. */
  private static boolean asciiNoBreak(char[] buf, int from) {
    int or = 0;
    int breaks = 0;
    for (int k = from; k < from + BLOCK; k++) {
      char c = buf[k];
      or |= c;
      breaks |= c == '\n' ? 1 : 0;
    }
    return or < 0x80 && breaks == 0;
  }

  /** Characters tested at once for being all ASCII by {@link #anySign}. */
  private static final int BLOCK = 16;

  /** True when {@code buf[from, from + BLOCK)} is all ASCII (one OR over the block, no branch per character). */
  private static boolean ascii(char[] buf, int from) {
    int or = 0;
    for (int k = from; k < from + BLOCK; k++) {
      or |= buf[k];
    }
    return or < 0x80;
  }

  /** A line of text with the codecs it shows strong signs of (-1: it holds a U+FFFD). */
  record Line(int start, int end, int strong) {}

  /**
   * Cuts {@code text} into lines (at line breaks, and at a space or tag boundary when a line reaches
   * {@code maxChars}) and returns those with a strong sign, in one pass over chunks copied out of the string. Lines
   * with non-ASCII characters but no strong sign are returned too when {@code all} is set, with strong 0.
   */
  List<Line> lines(String text, int maxChars, boolean all) {
    List<Line> out = new java.util.ArrayList<>();
    int n = text.length();
    char[] buf = new char[Math.min(CHUNK, Math.max(1, n))];
    int start = 0;
    int lastCut = -1;
    int mask = 0;
    int prevLead = 0;
    int prevPartial = 0;
    boolean nonAscii = false;
    for (int at = 0; at < n; at += buf.length) {
      int len = Math.min(buf.length, n - at);
      text.getChars(at, at + len, buf, 0);
      for (int i = 0; i < len; i++) {
        if ((i & (BLOCK - 1)) == 0 && i + BLOCK <= len && at + i + BLOCK - start < maxChars
            && asciiNoBreak(buf, i)) {
          // a block of ASCII within a line (most of any page): it ends any sequence, nothing else happens
          if ((prevLead | prevPartial) != 0) {
            mask |= prevPartial;
            prevLead = 0;
            prevPartial = 0;
          }
          i += BLOCK - 1;
          continue;
        }
        char c = buf[i];
        int pos = at + i;
        if (c < 0x80) {
          if ((prevLead | prevPartial) != 0) {
            mask |= prevPartial;
            prevLead = 0;
            prevPartial = 0;
          }
          if (c == '\n') {
            if (nonAscii && (mask != 0 || all)) {
              out.add(new Line(start, pos, mask));
            }
            start = pos + 1;
            lastCut = -1;
            mask = 0;
            nonAscii = false;
          } else if (c == ' ' || c == '<' || c == '>') {
            lastCut = pos;
            if (pos - start >= maxChars && lastCut > start) {
              // a very long line (minified HTML): cut at this boundary
              if (nonAscii && (mask != 0 || all)) {
                out.add(new Line(start, pos, mask));
              }
              start = pos;
              mask = 0;
              nonAscii = false;
            }
          }
          continue;
        }
        nonAscii = true;
        if (c == 0xFFFD) {
          mask = -1;
          continue;
        }
        if (mask != -1) {
          mask |= prevLead & cont[c] | whole[c];
        }
        prevLead = lead[c];
        prevPartial = partial[c];
      }
    }
    mask |= prevPartial;
    if (start < n && nonAscii && (mask != 0 || all)) {
      out.add(new Line(start, n, mask));
    }
    return out;
  }

  /** Chunk of a string copied at a time by {@link #strong(String, int, int)}. */
  private static final int CHUNK = 4096;

  /** As {@link #strong(CharSequence, int, int)}, on chunks copied out of the string (much faster than charAt). */
  int strong(String text, int from, int to) {
    int mask = 0;
    int prevLead = 0;
    int prevPartial = 0;
    char[] buf = new char[Math.min(CHUNK, Math.max(1, to - from))];
    for (int at = from; at < to; at += buf.length) {
      int n = Math.min(buf.length, to - at);
      text.getChars(at, at + n, buf, 0);
      for (int i = 0; i < n; i++) {
        char c = buf[i];
        if (c < 0x80) {
          if ((prevLead | prevPartial) != 0) {
            mask |= prevPartial;
            prevLead = 0;
            prevPartial = 0;
          }
          continue;
        }
        if (c == 0xFFFD) {
          return -1;
        }
        mask |= prevLead & cont[c] | whole[c];
        prevLead = lead[c];
        prevPartial = partial[c];
      }
    }
    return mask | prevPartial;
  }

  /** Codecs under which {@code text[from, to)} may hold a spot where a byte was lost (weaker than {@link #strong}). */
  int weak(CharSequence text, int from, int to) {
    int mask = 0;
    boolean fffd = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        mask |= partial[c] | lead[c];
        fffd |= c == 0xFFFD;
      }
    }
    return fffd ? -1 : mask;
  }
}
