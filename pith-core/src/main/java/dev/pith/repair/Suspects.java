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
 *       {@code é}), or, under a codec that drops an emoji's lead byte F0, are what is left of an emoji ({@code 9F}
 *       and a continuation byte: Shift_JIS reads {@code 😡} as {@code 沽｡});
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
      boolean emojiRest = Evidence.dropsEmojiLead(codec);
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
        if (hasWhole || len == 2 && emojiRest && Utf8.isContinuation(code & 0xFF)
            && (code >> 8 & 0xFF) == Evidence.EMOJI_SECOND_BYTE) {
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
   * text: runs of ASCII are skipped eight characters at a time, and only the characters above U+007F are looked up.
   */
  boolean anySign(String text) {
    return firstSign(text) >= 0;
  }

  /**
   * Where {@code text} first shows a sign (see {@link #anySign}): the start of the run of non-ASCII characters that
   * holds it, or -1 when there is none. No line that ends before it has a strong sign.
   */
  int firstSign(String text) {
    int n = text.length();
    Window w = new Window(text);
    int pos = 0;
    while (true) {
      int p = w.nextNonAscii(pos, n);
      if (p == n) {
        return -1;
      }
      int run = p;
      // a run of non-ASCII characters: the state of a sequence lives only inside such a run
      int prevLead = 0;
      int prevPartial = 0;
      for (; p < n; p++) {
        char c = w.charAt(p);
        if (c < 0x80) {
          break;
        }
        if (c == 0xFFFD || (prevLead & cont[c] | whole[c]) != 0) {
          return run;
        }
        prevLead = lead[c];
        prevPartial = partial[c];
      }
      if (prevPartial != 0) {
        return run; // a sequence cut short by ASCII or the end of the text
      }
      pos = p;
    }
  }

  /** The codecs of which {@code c} may start a UTF-8 sequence (for the reference scans in tests). */
  int lead(char c) {
    return lead[c];
  }

  /** The codecs under which {@code c} starts with a continuation byte. */
  int cont(char c) {
    return cont[c];
  }

  /** The codecs under which {@code c} alone holds a whole multi-byte sequence. */
  int whole(char c) {
    return whole[c];
  }

  /** The codecs under which {@code c} ends inside a sequence it started. */
  int partial(char c) {
    return partial[c];
  }

  /** A line of text with the codecs it shows strong signs of (-1: it holds a U+FFFD). */
  record Line(int start, int end, int strong) {}

  /**
   * Cuts {@code text} into lines (at line breaks, and at a space or tag boundary when a line reaches
   * {@code maxChars}) and returns those with a strong sign. Lines with non-ASCII characters but no strong sign are
   * returned too when {@code all} is set, with strong 0. Only the lines holding a character above U+007F are looked
   * at: ASCII runs are skipped eight characters at a time and line breaks found with {@code String.indexOf}.
   */
  List<Line> lines(String text, int maxChars, boolean all) {
    return lines(text, 0, maxChars, all);
  }

  /**
   * As {@link #lines(String, int, boolean)} from {@code from} on, which must start a line (0, or just after a line
   * break): the lines of the text after it, cut as in the whole text.
   */
  List<Line> lines(String text, int from, int maxChars, boolean all) {
    if (from != 0 && text.charAt(from - 1) != '\n') {
      throw new IllegalArgumentException("lines must be read from the start of a line, not " + from);
    }
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be positive, was " + maxChars);
    }
    List<Line> out = new java.util.ArrayList<>();
    int n = text.length();
    Window w = new Window(text);
    int start = from;
    int nl = -1; // the first line break after the last non-ASCII character seen (n when none)
    while (start < n) {
      int k = w.nextNonAscii(start, n);
      if (k == n) {
        break; // the rest is ASCII: no line of it is returned
      }
      // the line that holds k starts after the last line break before k ...
      if (nl < k) {
        start = Math.max(start, w.lastBreak(k, start) + 1);
        nl = lineBreak(text, k);
      }
      // ... and after the cuts of a very long line (at the first boundary maxChars or more past a line's start)
      int end;
      while (true) {
        end = nl;
        if (nl - start > maxChars) {
          end = w.nextBoundary(start + maxChars, nl);
        }
        if (end > k) {
          break;
        }
        start = end;
      }
      int mask = 0;
      int prevLead = 0;
      int prevPartial = 0;
      for (int p = k; p < end; ) {
        char c = w.charAt(p);
        if (c < 0x80) {
          mask |= prevPartial; // a sequence cut short before ASCII: a byte was lost there
          prevLead = 0;
          prevPartial = 0;
          p = w.nextNonAscii(p + 1, end);
          continue;
        }
        p++;
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
      mask |= prevPartial;
      if (mask != 0 || all) {
        out.add(new Line(start, end, mask));
      }
      start = end == nl ? end + 1 : end;
    }
    return out;
  }

  /** The first line break at or after {@code from}, or the text's length. */
  private static int lineBreak(String text, int from) {
    int i = text.indexOf('\n', from);
    return i < 0 ? text.length() : i;
  }

  /** Characters of a string copied into a buffer a chunk at a time ({@code charAt} per character is much slower). */
  private static final class Window {
    private final String text;
    private final char[] buf;
    /** The buffer holds {@code text[from, to)}. */
    private int from;
    private int to;

    Window(String text) {
      this.text = text;
      this.buf = new char[Math.min(CHUNK, Math.max(1, text.length()))];
    }

    char charAt(int pos) {
      if (pos < from || pos >= to) {
        fill(pos);
      }
      return buf[pos - from];
    }

    private void fill(int pos) {
      from = pos;
      to = Math.min(text.length(), pos + buf.length);
      text.getChars(from, to, buf, 0);
    }

    /** The first position in {@code [pos, limit)} of a character above U+007F, or {@code limit}. */
    int nextNonAscii(int pos, int limit) {
      while (pos < limit) {
        if (pos < from || pos >= to) {
          fill(pos);
        }
        int e = Math.min(to, limit) - from;
        int i = pos - from;
        char[] b = buf;
        // eight at a time with one OR and no branch per character: most of any page is ASCII
        while (i + 8 <= e) {
          if ((b[i] | b[i + 1] | b[i + 2] | b[i + 3] | b[i + 4] | b[i + 5] | b[i + 6] | b[i + 7]) >= 0x80) {
            break;
          }
          i += 8;
        }
        while (i < e && b[i] < 0x80) {
          i++;
        }
        if (i < e) {
          return from + i;
        }
        pos = from + e;
      }
      return limit;
    }

    /** The last line break in {@code [floor, pos)}, or -1 (backwards through the buffer, then the text). */
    int lastBreak(int pos, int floor) {
      int p = pos - 1;
      if (p >= from && p < to) {
        int low = Math.max(floor, from) - from;
        char[] b = buf;
        int i = p - from;
        while (i >= low && b[i] != '\n') {
          i--;
        }
        if (i >= low) {
          return from + i;
        }
        p = from + i;
      }
      for (; p >= floor; p--) {
        if (text.charAt(p) == '\n') {
          return p;
        }
      }
      return -1;
    }

    /** The first position in {@code [pos, limit)} of a space, {@code <} or {@code >}, or {@code limit}. */
    int nextBoundary(int pos, int limit) {
      for (int p = pos; p < limit; p++) {
        char c = charAt(p);
        if (c == ' ' || c == '<' || c == '>') {
          return p;
        }
      }
      return limit;
    }
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
