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
 * shows as a sequence cut short or a continuation byte without its lead. One exception: an emoji ({@code F0 9F xx
 * xx}) may lack both its lead and its last byte, which Shift_JIS drops together. Where a dropped byte could sit at several
 * boundaries the parser follows each; {@link SegmentAnalysis} checks every guess by decoding it again.
 *
 * <p>Not thread-safe: it reuses its parse state from one start to the next; one parser serves one analysis.
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
  private final boolean[] lostAllowed;

  /**
   * A parser over {@code codes}; {@code lostAllowed[b]} says whether byte value {@code b} can have been lost (for a
   * single-byte codec only the bytes it leaves unmapped can, for a multi-byte codec any), or null for any.
   */
  UnitParser(int[] codes, boolean[] lostAllowed) {
    this(codes, lostAllowed, new java.util.HashMap<>());
  }

  /**
   * As {@link #UnitParser(int[], boolean[])}, keeping the candidates of lost bytes in {@code memo}, which parsers of
   * the same codec may share (the candidates depend on the codec and the known bytes only).
   */
  UnitParser(int[] codes, boolean[] lostAllowed, java.util.Map<Long, Guesses> memo) {
    this.memo = memo;
    this.codes = codes;
    this.n = codes.length;
    this.lostAllowed = lostAllowed;
    this.allowedValues = lostAllowed == null ? null : allowedValues(lostAllowed);
    this.losesNothing = allowedValues != null && allowedValues.length == 0;
  }

  /**
   * The codec maps every byte, so no byte can have been lost: the paths that guess lost bytes are not followed (they
   * would end with no candidate anyway). Box-drawing lines make such paths at every character under DOS codecs.
   */
  private final boolean losesNothing;

  private final int[] allowedValues;
  /** Candidates by known bytes and unknown mask: the same broken shapes recur throughout a text. */
  private final java.util.Map<Long, Guesses> memo;

  /**
   * The characters a sequence with lost bytes can be, each with the mask of its guessed bytes. Shared by every slot
   * of the same shape and never written to: a page of lost bytes repeats a few shapes thousands of times, and
   * copying up to {@value #MAX_CANDIDATES} candidates per slot was most of the parsing.
   */
  record Guesses(int[] candidates, int[] masks) {}

  private Guesses memoCandidates(int[] seq, int len, int unknownMask) {
    long key = unknownMask;
    for (int i = 0; i < len; i++) {
      key = key << 8 | seq[i];
    }
    key = key << 3 | len;
    Guesses g = memo.get(key);
    if (g == null) {
      int[] c = candidates(Arrays.copyOf(seq, len), unknownMask, allowedValues);
      int[] masks = new int[c.length];
      Arrays.fill(masks, unknownMask);
      g = new Guesses(c, masks);
      memo.put(key, g);
    }
    return g;
  }

  /** Units starting at character {@code start}; empty when none does. */
  List<Unit> parseFrom(int start) {
    int code = codes[start];
    if (code == FOREIGN || code >= 0 && code < 0x80) {
      return List.of();
    }
    // most starts yield nothing: the root state and the result list are reused, not allocated per character
    found.clear();
    run(root.reset(start), found);
    return found.isEmpty() ? List.of() : new ArrayList<>(found);
  }

  private final State root = new State(0);
  private final List<Unit> found = new ArrayList<>(MAX_RESULTS);

  /** Mutable parse state; {@link #copy} makes a branch. */
  private static final class State {
    int start;
    int k;
    int bi;
    final int[] seq = new int[4];
    int seqLen;
    int seqPos;
    /** Bit i set: byte i of the current sequence is unknown. */
    int seqUnknown;
    boolean seqInserted;
    /** Template index where the current sequence's bytes start. */
    int seqTemplateStart;
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

    /** This state, emptied to begin at {@code start}. */
    State reset(int start) {
      this.start = start;
      k = start;
      bi = 0;
      seqLen = 0;
      seqPos = 0;
      seqUnknown = 0;
      seqInserted = false;
      seqTemplateStart = 0;
      templateSize = 0;
      outputSize = 0;
      slots.clear();
      multi = false;
      return this;
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
      s.seqTemplateStart = seqTemplateStart;
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

  /** Continuation bytes (known, or U+FFFD when {@code gaps}) from position (k, bi) on, at most {@code max}. */
  private int countContinuations(int k, int bi, int max, boolean gaps) {
    int count = 0;
    while (k < n && count <= max) {
      if (codes[k] == FOREIGN) {
        break;
      }
      int b = byteAt(k, bi);
      if (b == UNKNOWN ? !gaps : !Utf8.isContinuation(b)) {
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
        if (!losesNothing && s.seqPos > 0 && tailMayBeLost(s) && insertTail(s)) {
          continue;
        }
        return;
      }
      int b = byteAt(s.k, s.bi);
      if (s.seqPos == 0) {
        if (b == UNKNOWN) {
          if (losesNothing) {
            return;
          }
          // an unknown lead: the sequence is as long as the continuation bytes (or U+FFFD) after it allow
          int c = s.bi + 1 >= lengthOf(s.k) ? countContinuations(s.k + 1, 0, 3, true)
              : countContinuations(s.k, s.bi + 1, 3, true);
          if (c < 1) {
            return;
          }
          for (int len = Math.min(4, c + 1); len > 2; len--) {
            State branch = s.copy();
            startSequence(branch, len);
            markUnknown(branch, false);
            advance(branch);
            run(branch, out);
          }
          startSequence(s, 2);
          markUnknown(s, false);
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
          if (losesNothing) {
            return;
          }
          int c = countContinuations(s.k, s.bi, 3, false);
          if (c < 1 || c > 3) {
            return;
          }
          if (c == 2 && b == Evidence.EMOJI_SECOND_BYTE) {
            // or an emoji that lost its lead F0 and its last byte: Shift_JIS drops F0, and a last byte that is a
            // lead of its own (😂 ends in 82) when what follows cannot complete it: F0 9F xx [?]
            State emoji = s.copy();
            startSequence(emoji, 4);
            markUnknown(emoji, true);
            run(emoji, out);
          }
          startSequence(s, c + 1);
          markUnknown(s, true);
        } else {
          return;
        }
      } else if (b == UNKNOWN) {
        if (losesNothing || s.seqInserted) {
          // no byte can be lost here, or a replaced and a dropped byte in one character: too little is left to go on
          return;
        }
        markUnknown(s, false);
        advance(s);
      } else if (Utf8.isContinuation(b)) {
        if (!losesNothing && boundary && s.seqUnknown == 0 && s.seqLen - s.seqPos >= 2) {
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
        if (losesNothing || !(boundary && tailMayBeLost(s) && insertTail(s))) {
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

  /**
   * Whether the current sequence, cut short, may have lost its last byte: when no byte of it is unknown yet, or when
   * the only one is the dropped lead of an emoji ({@code F0 9F}), which leaves nothing else to guess it from.
   */
  private static boolean tailMayBeLost(State s) {
    return s.seqUnknown == 0
        || s.seqUnknown == 1 && s.seqLen == 4 && s.seqPos == 3 && s.seq[1] == Evidence.EMOJI_SECOND_BYTE;
  }

  private static void startSequence(State s, int len) {
    s.seqLen = len;
    s.seqPos = 0;
    s.seqUnknown = 0;
    s.seqInserted = false;
    s.seqTemplateStart = s.templateSize;
  }

  /** Puts an unknown byte at the current position of the sequence. */
  private static void markUnknown(State s, boolean inserted) {
    s.seqUnknown |= 1 << s.seqPos;
    s.seqInserted |= inserted;
    s.addTemplate(0);
    s.seq[s.seqPos++] = 0;
  }

  /**
   * Completes a sequence cut short before a character that cannot continue it (ASCII, a lead byte, the end) with the
   * bytes that left no trace: one, or two when the sequence has only its lead ({@code E3 [80 82]}: a decoder that
   * pairs the lead with the byte before it drops both continuation bytes, as GBK does with a final 。).
   */
  private boolean insertTail(State s) {
    int missing = s.seqLen - s.seqPos;
    if (missing == 2 && s.seqPos == 1) {
      markUnknown(s, true);
      return insertUnknown(s);
    }
    return missing == 1 && insertUnknown(s);
  }

  /** Puts an unknown byte that left no trace at the current position; false when no character fits. */
  private boolean insertUnknown(State s) {
    markUnknown(s, true);
    return s.seqPos < s.seqLen || completeSequence(s);
  }

  /** Closes the current sequence: a code point, or a slot with its candidates; false when nothing fits. */
  private boolean completeSequence(State s) {
    int len = s.seqLen;
    if (s.seqUnknown == 0) {
      int cp = Utf8.decode(s.seq, len);
      s.seqPos = 0;
      if (cp < 0) {
        return false;
      }
      s.addOutput(cp);
      s.multi = true;
      return true;
    }
    Guesses guesses = memoCandidates(s.seq, len, s.seqUnknown);
    s.seqPos = 0;
    if (guesses.candidates().length == 0) {
      return false;
    }
    int slot = s.slots.size();
    s.slots.add(new Unit.Slot(guesses.candidates(), guesses.masks(), s.seqInserted));
    // the character's bytes become one slot marker in the template
    s.templateSize = s.seqTemplateStart;
    s.addTemplate(-(slot + 1));
    s.addOutput(-(slot + 1));
    s.seqUnknown = 0;
    s.seqInserted = false;
    s.multi = true;
    return true;
  }

  /**
   * Characters that {@code known} can be with any allowed bytes at the positions set in {@code unknownMask}, leaving
   * out C0 controls and private use (C1 controls stay: in text broken twice they are bytes of the next layer, see
   * {@link NextLayer}). When few byte values are allowed (single-byte codecs) every combination is tried;
   * otherwise one unknown byte is enumerated, and with more the candidates come from {@link Plausible#characters()}
   * (likeliest first), at most {@value #MAX_CANDIDATES}.
   */
  static int[] candidates(int[] known, int unknownMask, int @org.jspecify.annotations.Nullable [] values) {
    int len = known.length;
    int unknowns = Integer.bitCount(unknownMask);
    if (values != null && values.length == 0) {
      return new int[0]; // a codec that maps every byte loses none
    }
    if (unknowns == 1 || values != null && Math.pow(values.length, unknowns) <= 4096) {
      return enumerate(known, unknownMask, values);
    }
    int[] out = new int[MAX_CANDIDATES];
    int count = 0;
    int knownPacked = 0;
    int mask = 0;
    for (int i = 0; i < len; i++) {
      knownPacked = knownPacked << 8 | known[i];
      mask = mask << 8 | ((unknownMask & 1 << i) != 0 ? 0 : 0xFF);
    }
    // only the plausible characters of this length (and lead byte, when known) are looked at
    int[] chars = (unknownMask & 1) == 0 ? Plausible.byLead(len, known[0]) : Plausible.byLength(len);
    for (int cp : chars) {
      int packed = 0;
      for (int i = 0; i < len; i++) {
        packed = packed << 8 | Utf8.byteAt(cp, i);
      }
      if ((packed & mask) != (knownPacked & mask)) {
        continue;
      }
      out[count++] = cp;
      if (count == MAX_CANDIDATES) {
        break;
      }
    }
    return Arrays.copyOf(out, count);
  }

  /** Most candidates kept for a character with several unknown bytes. */
  static final int MAX_CANDIDATES = 3000;

  private static int[] allowedValues(boolean[] allowed) {
    int n = 0;
    for (int b = 0x80; b < 0x100; b++) {
      n += allowed[b] ? 1 : 0;
    }
    int[] v = new int[n];
    int k = 0;
    for (int b = 0x80; b < 0x100; b++) {
      if (allowed[b]) {
        v[k++] = b;
      }
    }
    return v;
  }

  /** Every combination of allowed values (or all valid ones when {@code values} is null) at the unknown positions. */
  private static int[] enumerate(int[] known, int unknownMask, int @org.jspecify.annotations.Nullable [] values) {
    int len = known.length;
    int[] positions = new int[Integer.bitCount(unknownMask)];
    int p = 0;
    for (int i = 0; i < len; i++) {
      if ((unknownMask & 1 << i) != 0) {
        positions[p++] = i;
      }
    }
    int[] seq = Arrays.copyOf(known, len);
    int[] out = new int[64];
    int count = 0;
    int[] idx = new int[positions.length];
    int[][] ranges = new int[positions.length][];
    for (int k = 0; k < positions.length; k++) {
      ranges[k] = values != null ? values : range(positions[k], len);
    }
    while (true) {
      for (int k = 0; k < positions.length; k++) {
        seq[positions[k]] = ranges[k][idx[k]];
      }
      int cp = Utf8.decode(seq, len);
      if (cp >= 0) {
        byte cls = CharClass.of(cp);
        if (cls != CharClass.INVALID && cls != CharClass.PRIVATE_USE && (cls != CharClass.CONTROL || cp >= 0x80)) {
          if (count == out.length) {
            out = Arrays.copyOf(out, count * 2);
          }
          out[count++] = cp;
        }
      }
      int k = 0;
      while (k < positions.length && ++idx[k] == ranges[k].length) {
        idx[k] = 0;
        k++;
      }
      if (k == positions.length) {
        break;
      }
    }
    return Arrays.copyOf(out, count);
  }

  private static int[] range(int at, int len) {
    int lo;
    int hi;
    if (at == 0) {
      lo = len == 2 ? 0xC2 : len == 3 ? 0xE0 : 0xF0;
      hi = len == 2 ? 0xDF : len == 3 ? 0xEF : 0xF4;
    } else {
      lo = 0x80;
      hi = 0xBF;
    }
    int[] r = new int[hi - lo + 1];
    for (int v = lo; v <= hi; v++) {
      r[v - lo] = v;
    }
    return r;
  }
}
