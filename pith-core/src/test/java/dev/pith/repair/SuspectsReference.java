package dev.pith.repair;

import java.util.List;

/**
 * The scans of {@link Suspects} as they were before they skipped ASCII runs and found line breaks with
 * {@code String.indexOf}: character by character with 16-character ASCII blocks. Kept to prove the faster scans give
 * the same lines and the same answers.
 */
final class SuspectsReference {
  private final Suspects tables = Suspects.get();
  private static final int CHUNK = 4096;

  private int lead(char c) {
    return tables.lead(c);
  }

  private int cont(char c) {
    return tables.cont(c);
  }

  private int whole(char c) {
    return tables.whole(c);
  }

  private int partial(char c) {
    return tables.partial(c);
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
        if (c == 0xFFFD || (prevLead & cont(c) | whole(c)) != 0) {
          return true;
        }
        prevLead = lead(c);
        prevPartial = partial(c);
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

  /**
   * Cuts {@code text} into lines (at line breaks, and at a space or tag boundary when a line reaches
   * {@code maxChars}) and returns those with a strong sign, in one pass over chunks copied out of the string. Lines
   * with non-ASCII characters but no strong sign are returned too when {@code all} is set, with strong 0.
   */
  List<Suspects.Line> lines(String text, int maxChars, boolean all) {
    List<Suspects.Line> out = new java.util.ArrayList<>();
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
              out.add(new Suspects.Line(start, pos, mask));
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
                out.add(new Suspects.Line(start, pos, mask));
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
          mask |= prevLead & cont(c) | whole(c);
        }
        prevLead = lead(c);
        prevPartial = partial(c);
      }
    }
    mask |= prevPartial;
    if (start < n && nonAscii && (mask != 0 || all)) {
      out.add(new Suspects.Line(start, n, mask));
    }
    return out;
  }

}
