package dev.pith.repair;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the {@link Unit}s that start at a character of a segment: reads the bytes the wrong decoder consumed (one
 * code per character, from {@link Codec#encode}) as UTF-8, from that character to the first character boundary where
 * a UTF-8 sequence ends.
 *
 * <p>Lost bytes are allowed, at most one per UTF-8 character: a U+FFFD stands for one byte the decoder replaced; in
 * ignore mode a byte may be missing at any boundary between broken characters (decoders drop bytes only there), which
 * shows as a sequence cut short or a continuation byte without its lead. Where a dropped byte could sit at several
 * boundaries the parser follows each; {@link SegmentAnalysis} checks every guess by decoding it again.
 */
final class UnitParser {
  /** Code of a U+FFFD: one byte, value unknown. */
  static final int GAP = -2;
  /** Code of a character the codec cannot produce: the byte stream ends there. */
  static final int FOREIGN = Codec.UNENCODABLE;
  /** Units longer than this many characters are not followed (real ones are a few characters long). */
  static final int MAX_UNIT_CHARS = 24;
  /** At most this many alternative units per start. */
  static final int MAX_RESULTS = 8;

  private static final int UNKNOWN = -1;

  private final int[] codes;
  private final int n;

  UnitParser(int[] codes) {
    this.codes = codes;
    this.n = codes.length;
  }

  /** Units starting at character {@code start}; empty when none does. */
  List<Unit> parseFrom(int start) {
    int code = codes[start];
    if (code == FOREIGN || code >= 0 && code < 0x80) {
      return List.of();
    }
    List<Unit> out = new ArrayList<>(2);
    run(new State(start), out);
    return out;
  }

  /** Mutable parse state; {@link #copy} makes a branch. */
  private static final class State {
    final int start;
    int k;
    int bi;
    final int[] seq = new int[4];
    int seqLen;
    int seqPos;
    int seqUnknown = -1;
    boolean seqInserted;
    int unknownTemplateAt = -1;
    int[] template = new int[16];
    int templateSize;
    int[] output = new int[8];
    int outputSize;
    List<Unit.Slot> slots = new ArrayList<>(1);
    boolean multi;

    State(int start) {
      this.start = start;
      this.k = start;
    }

    State copy() {
      State s = new State(start);
      s.k = k;
      s.bi = bi;
      System.arraycopy(seq, 0, s.seq, 0, 4);
      s.seqLen = seqLen;
      s.seqPos = seqPos;
      s.seqUnknown = seqUnknown;
      s.seqInserted = seqInserted;
      s.unknownTemplateAt = unknownTemplateAt;
      s.template = Arrays.copyOf(template, template.length);
      s.templateSize = templateSize;
      s.output = Arrays.copyOf(output, output.length);
      s.outputSize = outputSize;
      s.slots = new ArrayList<>(slots);
      s.multi = multi;
      return s;
    }

    void addTemplate(int b) {
      if (templateSize == template.length) {
        template = Arrays.copyOf(template, templateSize * 2);
      }
      template[templateSize++] = b;
    }

    void addOutput(int cp) {
      if (outputSize == output.length) {
        output = Arrays.copyOf(output, outputSize * 2);
      }
      output[outputSize++] = cp;
    }
  }

  private int lengthOf(int k) {
    int code = codes[k];
    return code == GAP ? 1 : Codec.codeLength(code);
  }

  /** Byte {@code bi} of character {@code k}, or {@link #UNKNOWN} for a U+FFFD. */
  private int byteAt(int k, int bi) {
    int code = codes[k];
    if (code == GAP) {
      return UNKNOWN;
    }
    int len = Codec.codeLength(code);
    return code >> (8 * (len - 1 - bi)) & 0xFF;
  }

  private void advance(State s) {
    s.bi++;
    if (s.bi >= lengthOf(s.k)) {
      s.k++;
      s.bi = 0;
    }
  }

  /** Known continuation bytes from position (k, bi) on, at most {@code max}. */
  private int countContinuations(int k, int bi, int max) {
    int count = 0;
    while (k < n && count <= max) {
      if (codes[k] == FOREIGN) {
        break;
      }
      int b = byteAt(k, bi);
      if (b == UNKNOWN || !Utf8.isContinuation(b)) {
        break;
      }
      count++;
      bi++;
      if (bi >= lengthOf(k)) {
        k++;
        bi = 0;
      }
    }
    return count;
  }

  private void run(State s, List<Unit> out) {
    while (out.size() < MAX_RESULTS) {
      boolean boundary = s.bi == 0;
      if (boundary && s.seqPos == 0 && s.k > s.start && s.multi) {
        out.add(new Unit(s.start, s.k, Arrays.copyOf(s.template, s.templateSize),
            Arrays.copyOf(s.output, s.outputSize), List.copyOf(s.slots)));
        return;
      }
      if (s.k - s.start > MAX_UNIT_CHARS) {
        return;
      }
      boolean end = s.k >= n || codes[s.k] == FOREIGN;
      if (end) {
        if (s.seqPos > 0 && s.seqLen - s.seqPos == 1 && s.seqUnknown < 0 && insertUnknown(s)) {
          continue;
        }
        return;
      }
      int b = byteAt(s.k, s.bi);
      if (s.seqPos == 0) {
        if (b == UNKNOWN) {
          int c = s.bi + 1 >= lengthOf(s.k) ? countContinuations(s.k + 1, 0, 3)
              : countContinuations(s.k, s.bi + 1, 3);
          if (c < 1 || c > 3) {
            return;
          }
          startSequence(s, c + 1);
          s.seqUnknown = 0;
          s.seqInserted = false;
          s.unknownTemplateAt = s.templateSize;
          s.addTemplate(0);
          s.seqPos = 1;
          advance(s);
        } else if (b < 0x80) {
          s.addTemplate(b);
          s.addOutput(b);
          advance(s);
        } else if (Utf8.sequenceLength(b) >= 2) {
          startSequence(s, Utf8.sequenceLength(b));
          s.seq[0] = b;
          s.seqPos = 1;
          s.addTemplate(b);
          advance(s);
        } else if (Utf8.isContinuation(b) && boundary) {
          // a continuation byte without its lead: the lead was dropped just before this character
          int c = countContinuations(s.k, s.bi, 3);
          if (c < 1 || c > 3) {
            return;
          }
          startSequence(s, c + 1);
          s.seqUnknown = 0;
          s.seqInserted = true;
          s.unknownTemplateAt = s.templateSize;
          s.addTemplate(0);
          s.seqPos = 1;
        } else {
          return;
        }
      } else if (b == UNKNOWN) {
        if (s.seqUnknown >= 0) {
          return;
        }
        s.seqUnknown = s.seqPos;
        s.seqInserted = false;
        s.unknownTemplateAt = s.templateSize;
        s.addTemplate(0);
        s.seq[s.seqPos++] = 0;
        advance(s);
      } else if (Utf8.isContinuation(b)) {
        if (boundary && s.seqUnknown < 0 && s.seqLen - s.seqPos >= 2) {
          // a byte may have been dropped right here, before this continuation byte
          State branch = s.copy();
          if (insertUnknown(branch)) {
            run(branch, out);
          }
        }
        s.seq[s.seqPos++] = b;
        s.addTemplate(b);
        advance(s);
      } else {
        if (!(boundary && s.seqUnknown < 0 && s.seqLen - s.seqPos == 1 && insertUnknown(s))) {
          return;
        }
      }
      if (s.seqPos > 0 && s.seqPos == s.seqLen) {
        if (!completeSequence(s)) {
          return;
        }
      }
    }
  }

  private static void startSequence(State s, int len) {
    s.seqLen = len;
    s.seqPos = 0;
    s.seqUnknown = -1;
  }

  /** Puts an unknown byte that left no trace at the current position; false when no character fits. */
  private static boolean insertUnknown(State s) {
    s.seqUnknown = s.seqPos;
    s.seqInserted = true;
    s.unknownTemplateAt = s.templateSize;
    s.addTemplate(0);
    s.seq[s.seqPos++] = 0;
    return s.seqPos < s.seqLen || completeSequence(s);
  }

  /** Closes the current sequence: a code point, or a slot with its candidates; false when nothing fits. */
  private static boolean completeSequence(State s) {
    int len = s.seqLen;
    if (s.seqUnknown < 0) {
      int cp = Utf8.decode(s.seq, len);
      s.seqPos = 0;
      if (cp < 0) {
        return false;
      }
      s.addOutput(cp);
      s.multi = true;
      return true;
    }
    int[] known = Arrays.copyOf(s.seq, len);
    int[] candidates = candidates(known, s.seqUnknown);
    s.seqPos = 0;
    if (candidates.length == 0) {
      return false;
    }
    int slot = s.slots.size();
    s.slots.add(new Unit.Slot(known, s.seqUnknown, s.seqInserted, candidates));
    s.template[s.unknownTemplateAt] = -(slot + 1);
    s.addOutput(-(slot + 1));
    s.seqUnknown = -1;
    s.multi = true;
    return true;
  }

  /** Characters that {@code known} can be with any byte at {@code at}, leaving out controls and private use. */
  static int[] candidates(int[] known, int at) {
    int len = known.length;
    int lo;
    int hi;
    if (at == 0) {
      lo = len == 2 ? 0xC2 : len == 3 ? 0xE0 : 0xF0;
      hi = len == 2 ? 0xDF : len == 3 ? 0xEF : 0xF4;
    } else {
      lo = 0x80;
      hi = 0xBF;
    }
    int[] seq = Arrays.copyOf(known, len);
    int[] out = new int[hi - lo + 1];
    int count = 0;
    for (int v = lo; v <= hi; v++) {
      seq[at] = v;
      int cp = Utf8.decode(seq, len);
      if (cp < 0) {
        continue;
      }
      byte cls = CharClass.of(cp);
      if (cls == CharClass.INVALID || cls == CharClass.CONTROL || cls == CharClass.PRIVATE_USE) {
        continue;
      }
      out[count++] = cp;
    }
    return Arrays.copyOf(out, count);
  }
}
