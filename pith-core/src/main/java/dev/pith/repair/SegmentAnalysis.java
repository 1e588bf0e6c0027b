package dev.pith.repair;

import dev.pith.internal.Budget;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Weighs one segment of text (a line) under one codec hypothesis: "this text is UTF-8 that was decoded with
 * {@code codec}". A dynamic program over the characters chooses, at each point, to keep a character or to replace a
 * {@link Unit} by its UTF-8 reading, minimising the total cost in bits ({@link CharCost}). Under the hypothesis a
 * non-ASCII character left as it is must be explained otherwise (added after the bad decoding, like the spam brand in
 * the seed or an HTML entity), so it costs an extra {@link #ORPHAN_BITS}.
 *
 * <p>The result holds the cost of the segment as it is ({@code cost0}) and as the hypothesis would repair it
 * ({@code costRepaired}); {@link TextRepair} weighs the difference against the codec's prior.
 */
final class SegmentAnalysis {
  /** A kept non-ASCII character that the codec can produce but that fits no unit. */
  static final double ORPHAN_BITS = 3;
  /** A kept letter that the codec could not have produced: the text did not come through it. */
  static final double FOREIGN_LETTER_BITS = 5;
  /** A kept non-letter (punctuation, symbol) the codec could not have produced: often from an HTML entity. */
  static final double FOREIGN_OTHER_BITS = 2;
  /**
   * A kept non-ASCII character the codec can produce, right after a repaired unit or right before characters that
   * read as UTF-8: inside a broken run one character does not come through whole while its neighbours broke.
   */
  static final double ADJACENT_ORPHAN_BITS = 6;
  /** A byte dropped without a trace (ignore mode): the hypothesis that it happened just here. */
  static final double INSERTED_BYTE_BITS = 3;
  /** A byte replaced by U+FFFD: its place is known, only the value is guessed. */
  static final double GAP_BYTE_BITS = 1;

  /**
   * A kept character that is also what a unit of the segment repairs to ({@code Ã© for é}): under the hypothesis
   * the same character could not come through both broken and whole, so the text is showing the breakage, not
   * suffering it.
   */
  static final double CONTRADICTION_BITS = 20;
  /** For characters with several lost bytes, at most this many candidates that fit are kept per character class. */
  static final int MAX_KEPT_GUESSES = 24;
  /** Repairing to U+FFFD repairs nothing: a text reads worse with it than with most mojibake. */
  static final double REPLACEMENT_OUTPUT_BITS = 10;

  /** The outcome for one segment and codec. */
  record Result(Codec codec, double cost0, double costRepaired, List<Unit> units, int orphans, int certain,
      boolean mention) {
    /** Bits saved by repairing (positive: the repaired text is more plausible); nothing when the text mentions. */
    double gain() {
      return mention ? Math.min(0, cost0 - costRepaired) : cost0 - costRepaired;
    }

    /** Bits the repair would save if the units were not quoted mentions. */
    double rawGain() {
      return cost0 - costRepaired;
    }
  }

  private SegmentAnalysis() {}

  /** Incremental cost of text, character by character: the previous character and the script of the last letter. */
  static final class Scorer {
    final boolean latinContext;
    final ScriptProfile profile;

    Scorer(boolean latinContext) {
      this(latinContext, null);
    }

    Scorer(boolean latinContext, ScriptProfile profile) {
      this.latinContext = latinContext;
      this.profile = profile;
    }

    /** Cost of a guessed character: as {@link #step}, plus how rare its script is in this text. */
    double guess(int prev, int lastScript, int cp) {
      return step(prev, lastScript, cp) + (profile == null ? 0 : profile.bits(cp));
    }

    /** Cost of {@code cp} after {@code prev} with {@code lastScript} the script of the last letter (-1: none). */
    double step(int prev, int lastScript, int cp) {
      double cost = CharCost.of(cp) + CharCost.transition(prev, cp);
      int script = CharClass.script(CharClass.of(cp));
      if (script >= 0) {
        cost += CharCost.scriptSwitch(lastScript, script);
        if (latinContext && script != 0) {
          cost += CharCost.FOREIGN_IN_LATIN_BITS;
          if (script == CharClass.HANGUL_SCRIPT && CharClass.script(CharClass.of(prev)) != CharClass.HANGUL_SCRIPT) {
            cost += CharCost.HANGUL_IN_LATIN_BITS;
          }
        }
      }
      return cost;
    }

    static int nextScript(int lastScript, int cp) {
      int script = CharClass.script(CharClass.of(cp));
      return script >= 0 ? script : lastScript;
    }
  }

  /** True when most letters of {@code cps} are ASCII (and there are enough of them to tell); markup is skipped. */
  static boolean latinContext(int[] cps) {
    int ascii = 0;
    int letters = 0;
    boolean inTag = false;
    for (int cp : cps) {
      if (cp == '<') {
        inTag = true;
      } else if (cp == '>') {
        inTag = false;
      }
      if (inTag) {
        continue;
      }
      byte cls = CharClass.of(cp);
      if (CharClass.isLetter(cls)) {
        letters++;
        if (cls == CharClass.ASCII_LOWER || cls == CharClass.ASCII_UPPER) {
          ascii++;
        }
      }
    }
    return ascii >= 12 && ascii >= 0.6 * letters;
  }

  /** Arrays reused from one analysis to the next within one repair (not shared between threads). */
  static final class Workspace {
    /** The document's time budget, checked as the analysis goes (a run of guesses can take long). */
    final Budget budget;
    double[] dp = new double[0];
    int[] last = new int[0];
    int[] lastScript = new int[0];
    Unit[] via = new Unit[0];
    int[] from = new int[0];
    /**
     * Checked guesses of the units with many candidates, by what the check depends on: the same broken shape with
     * the same text around it recurs in a text (a page of lost bytes repeats it hundreds of times).
     */
    final java.util.Map<CheckKey, Checked> checked = new java.util.HashMap<>();
    /** The candidates of lost bytes by codec and shape, shared by the parsers of all segments (see UnitParser). */
    final java.util.Map<Codec, java.util.Map<Long, UnitParser.Guesses>> candidates = new java.util.HashMap<>();

    Workspace() {
      this(Budget.unlimited());
    }

    Workspace(Budget budget) {
      this.budget = budget;
    }

    void ensure(int size) {
      if (dp.length < size) {
        int cap = Math.max(size, dp.length * 2);
        dp = new double[cap];
        last = new int[cap];
        lastScript = new int[cap];
        via = new Unit[cap];
        from = new int[cap];
      }
    }
  }

  /**
   * Analyses {@code cps} (a segment) under {@code codec}. {@code before} and {@code after} are the code points around
   * the segment (or -1), used for context only.
   */
  static Result analyze(int[] cps, int before, int after, Codec codec) {
    return analyze(cps, before, after, codec, new Workspace());
  }

  /** As {@link #analyze(int[], int, int, Codec)}, with arrays reused from {@code ws}. */
  static Result analyze(int[] cps, int before, int after, Codec codec, Workspace ws) {
    // the checked units at each position depend on the text and the codec only, not on the script profile: the
    // second weighing reuses those of the first (checking the guesses of lost bytes is most of the work)
    List<List<Unit>> merged = new ArrayList<>(java.util.Collections.nCopies(cps.length, null));
    Result first = analyze(cps, before, after, codec, null, ws, merged);
    boolean lossy = false;
    for (Unit u : first.units()) {
      lossy |= !u.lossless();
    }
    if (!lossy) {
      return first;
    }
    // Guesses depend on what the text is: weigh them again with the scripts of its certain parts.
    return analyze(cps, before, after, codec, profile(cps, first.units()), ws, merged);
  }

  /** The script profile of a segment as repaired by {@code units}, guesses left out. */
  static ScriptProfile profile(int[] cps, List<Unit> units) {
    ScriptProfile p = new ScriptProfile();
    int pos = 0;
    for (Unit u : units) {
      while (pos < u.start()) {
        p.add(cps[pos++]);
      }
      for (int item : u.output()) {
        if (item >= 0) {
          p.add(item);
        }
      }
      pos = u.end();
    }
    while (pos < cps.length) {
      p.add(cps[pos++]);
    }
    return p;
  }

  private static Result analyze(int[] cps, int before, int after, Codec codec, ScriptProfile profile,
      Workspace ws, List<List<Unit>> merged) {
    int n = cps.length;
    int[] codes = new int[n];
    for (int i = 0; i < n; i++) {
      codes[i] = cps[i] == 0xFFFD ? UnitParser.GAP : codec.encode(cps[i]);
    }
    int afterCode = after < 0 ? -1 : codec.encode(after);
    Scorer scorer = new Scorer(latinContext(cps), profile);
    UnitParser parser = new UnitParser(codes, codec instanceof SingleByteCodec sb ? sb.lostBytes() : null,
        ws.candidates.computeIfAbsent(codec, c -> new java.util.HashMap<>()));
    ws.ensure(n + 1);
    double[] dp = ws.dp;
    int[] last = ws.last;
    int[] lastScript = ws.lastScript;
    Unit[] via = ws.via;
    int[] from = ws.from;
    Arrays.fill(dp, 0, n + 1, Double.POSITIVE_INFINITY);
    Arrays.fill(via, 0, n + 1, null);
    dp[0] = 0;
    last[0] = before < 0 ? '\n' : before;
    lastScript[0] = -1;
    double cost0 = 0;
    int prev = last[0];
    int script = -1;
    for (int i = 0; i < n; i++) {
      cost0 += scorer.step(prev, script, cps[i]);
      script = Scorer.nextScript(script, cps[i]);
      prev = cps[i];
    }
    if (after >= 0) {
      cost0 += CharCost.transition(prev, after);
    }
    Lookahead ahead = new Lookahead(cps, codes, after, afterCode, codec, parser, merged, ws, scorer);
    for (int i = 0; i < n; i++) {
      if (dp[i] == Double.POSITIVE_INFINITY) {
        continue;
      }
      int c = cps[i];
      double keep = dp[i] + scorer.step(last[i], lastScript[i], c) + orphan(c, codes[i])
          + (c >= 0x80 && codes[i] >= 0x80 && (via[i] != null || startsSequence(codes, i + 1)) ? ADJACENT_ORPHAN_BITS
              : 0);
      if (keep < dp[i + 1]) {
        dp[i + 1] = keep;
        last[i + 1] = c;
        lastScript[i + 1] = Scorer.nextScript(lastScript[i], c);
        via[i + 1] = null;
        from[i + 1] = i;
      }
      if (codes[i] == UnitParser.FOREIGN || codes[i] >= 0 && codes[i] < 0x80) {
        continue;
      }
      ws.budget.tick(TextRepair.STAGE);
      List<Unit> here = ahead.unitsAt(i);
      for (int k = 0; k < here.size(); k++) {
        Unit checked = here.get(k);
        int next = checked.end() < n ? cps[checked.end()] : after;
        int[] state = {last[i], lastScript[i]};
        double cost = dp[i] + unitCost(checked, scorer, state, next);
        int end = checked.end();
        boolean bothGuessed = endsInGuess(checked) && via[end] != null && endsInGuess(via[end]);
        if (bothGuessed ? cost + ahead.of(state[0], state[1], end)
            < dp[end] + ahead.of(last[end], lastScript[end], end) : cost < dp[end]) {
          dp[end] = cost;
          last[end] = state[0];
          lastScript[end] = state[1];
          via[end] = checked;
          from[end] = i;
        }
      }
    }
    double costRepaired = dp[n] + (after >= 0 ? CharCost.transition(last[n], after) : 0);
    List<Unit> units = new ArrayList<>();
    int orphans = 0;
    boolean[] kept = new boolean[n];
    for (int j = n; j > 0; j = from[j]) {
      if (via[j] != null) {
        units.add(via[j]);
      } else {
        kept[j - 1] = true;
        if (cps[j - 1] >= 0x80) {
          orphans++;
        }
      }
    }
    java.util.Collections.reverse(units);
    int certain = 0;
    boolean namesCodec = Mentions.namesCharset(cps);
    boolean allMentions = !units.isEmpty();
    // the non-ASCII characters the units repair to, sorted for lookup (a page can have thousands of units)
    int[] outputs = new int[8];
    int outputCount = 0;
    for (Unit u : units) {
      certain += u.certain() ? 1 : 0;
      allMentions &= namesCodec || Mentions.isMention(cps, u) || Mentions.isLoneQuote(cps, u);
      for (int cp : u.output()) {
        if (cp >= 0x80) {
          if (outputCount == outputs.length) {
            outputs = Arrays.copyOf(outputs, outputCount * 2);
          }
          outputs[outputCount++] = cp;
        }
      }
    }
    Arrays.sort(outputs, 0, outputCount);
    for (int i = 0; i < n && outputCount > 0; i++) {
      if (kept[i] && cps[i] >= 0x80 && Arrays.binarySearch(outputs, 0, outputCount, cps[i]) >= 0) {
        costRepaired += CONTRADICTION_BITS;
      }
    }
    // every unit quoted, or the text talks about charsets: it mentions mojibake, it does not suffer it
    return new Result(codec, cost0, costRepaired, List.copyOf(units), orphans, certain, allMentions);
  }

  /**
   * True when the bytes from character {@code k} on begin a well-formed UTF-8 sequence (a lead and its first
   * continuation byte): the text right there reads as broken.
   */
  static boolean startsSequence(int[] codes, int k) {
    if (k >= codes.length || codes[k] < 0) {
      return false;
    }
    int len = Codec.codeLength(codes[k]);
    int b0 = codes[k] >> (8 * (len - 1)) & 0xFF;
    if (Utf8.sequenceLength(b0) < 2) {
      return false;
    }
    int b1;
    if (len > 1) {
      b1 = codes[k] >> (8 * (len - 2)) & 0xFF;
    } else if (k + 1 < codes.length && codes[k + 1] >= 0) {
      b1 = codes[k + 1] >> (8 * (Codec.codeLength(codes[k + 1]) - 1)) & 0xFF;
    } else {
      return false;
    }
    return Utf8.isContinuation(b1);
  }

  private static double orphan(int cp, int code) {
    if (cp < 0x80) {
      return 0;
    }
    if (code == UnitParser.FOREIGN) {
      return CharClass.isLetter(CharClass.of(cp)) ? FOREIGN_LETTER_BITS : FOREIGN_OTHER_BITS;
    }
    return ORPHAN_BITS;
  }

  /** True when the unit's last character is a guess (its bytes were lost). */
  private static boolean endsInGuess(Unit u) {
    int[] out = u.output();
    return out.length > 0 && out[out.length - 1] < 0;
  }

  /**
   * The units that start at each position, parsed and checked when first asked for, and what the next character
   * costs after a path's last one. Where two paths reach one position each ending with a guessed character, they
   * are compared with that cost included: each guess was chosen without its right neighbour, and the cheaper one so
   * far must not win by leaving a dearer join to the next character ({@code 😂} for four lost bytes right before
   * {@code д}, against the two Cyrillic letters they also decode to).
   */
  private static final class Lookahead {
    private final int[] cps;
    private final int[] codes;
    private final int after;
    private final int afterCode;
    private final Codec codec;
    private final UnitParser parser;
    private final List<List<Unit>> merged;
    private final Workspace ws;
    private final Scorer scorer;
    private final java.util.IdentityHashMap<Unit.Slot, Double> floors = new java.util.IdentityHashMap<>();

    Lookahead(int[] cps, int[] codes, int after, int afterCode, Codec codec, UnitParser parser,
        List<List<Unit>> merged, Workspace ws, Scorer scorer) {
      this.scorer = scorer;
      this.cps = cps;
      this.codes = codes;
      this.after = after;
      this.afterCode = afterCode;
      this.codec = codec;
      this.parser = parser;
      this.merged = merged;
      this.ws = ws;
    }

    List<Unit> unitsAt(int i) {
      if (codes[i] == UnitParser.FOREIGN || codes[i] >= 0 && codes[i] < 0x80) {
        return List.of();
      }
      List<Unit> here = merged.get(i);
      if (here == null) {
        // most characters start no unit: nothing to check or merge
        List<Unit> parsed = parser.parseFrom(i);
        here = parsed.isEmpty() ? parsed : merge(parsed, cps, codes, after, afterCode, codec, ws.checked);
        merged.set(i, here);
      }
      return here;
    }

    /**
     * The least the character at {@code j} can cost after {@code prev}, whose last letter was of {@code script}: kept
     * as it is, or the first character of a unit starting there (for a guessed one, its cheapest candidate on its
     * own: it can be whatever joins best).
     */
    double of(int prev, int script, int j) {
      if (j >= cps.length) {
        return after < 0 ? 0 : CharCost.transition(prev, after);
      }
      int c = cps[j];
      double best = scorer.step(prev, script, c) + orphan(c, codes[j]);
      for (Unit u : unitsAt(j)) {
        if (u.output().length == 0) {
          continue;
        }
        int first = u.output()[0];
        if (first >= 0) {
          best = Math.min(best, scorer.step(prev, script, first));
        } else {
          best = Math.min(best, floor(u.slots().get(-first - 1)));
        }
      }
      return best;
    }

    /**
     * The least a slot's candidates cost on their own, joins left out: worked out once per slot (pages of lost bytes
     * repeat a few slots thousands of times), where weighing every candidate after every path's last character was
     * a fifth of such a page's repair.
     */
    private double floor(Unit.Slot slot) {
      Double known = floors.get(slot);
      if (known != null) {
        return known;
      }
      double f = Double.POSITIVE_INFINITY;
      for (int cand : slot.candidates()) {
        f = Math.min(f, CharCost.of(cand) + (scorer.profile == null ? 0 : scorer.profile.bits(cand)));
      }
      floors.put(slot, f);
      return f;
    }
  }

  /**
   * Cost of the unit's output; {@code state} holds the previous code point and last letter script on entry and is
   * updated to those after the unit. {@code next} is the character after the unit (-1 at the end).
   */
  static double unitCost(Unit u, Scorer scorer, int[] state, int next) {
    double cost = 0;
    int p = state[0];
    int script = state[1];
    int[] out = u.output();
    for (int k = 0; k < out.length; k++) {
      int item = out[k];
      int cp;
      if (item >= 0) {
        cp = item;
        if (unassigned(cp)) {
          return Double.POSITIVE_INFINITY;
        }
        cost += scorer.step(p, script, cp);
      } else {
        Unit.Slot slot = u.slots().get(-item - 1);
        double best = Double.POSITIVE_INFINITY;
        cp = slot.candidates()[0];
        for (int cand : slot.candidates()) {
          double c = scorer.guess(p, script, cand);
          if (c < best) {
            best = c;
            cp = cand;
          }
        }
        cost += best + (slot.inserted() ? INSERTED_BYTE_BITS : GAP_BYTE_BITS);
      }
      if (cp == 0xFFFD) {
        cost += REPLACEMENT_OUTPUT_BITS;
      }
      script = Scorer.nextScript(script, cp);
      p = cp;
    }
    state[0] = p;
    state[1] = script;
    return cost;
  }

  /**
   * True for a code point that no text holds: unassigned outside the emoji and symbol blocks (where Unicode keeps
   * adding characters newer than the JDK's tables). Bytes that decode to one were not UTF-8 there.
   */
  static boolean unassigned(int cp) {
    return CharClass.of(cp) == CharClass.INVALID && !(cp >= 0x1F000 && cp <= 0x1FBFF);
  }

  /**
   * Checks the guesses of each unit ({@link #checkSlots}) and merges units that cover the same characters with the
   * same shape of output, differing only in where a byte was lost ({@code E9 [98] 90} or {@code E9 90 [98]}): their
   * candidates become one slot, so that the choice between them is made with full context when filling.
   */
  static List<Unit> merge(List<Unit> units, int[] cps, int[] codes, int after, int afterCode, Codec codec) {
    return merge(units, cps, codes, after, afterCode, codec, null);
  }

  /** As {@link #merge(List, int[], int[], int, int, Codec)}, remembering the checks of large units in {@code memo}. */
  static List<Unit> merge(List<Unit> units, int[] cps, int[] codes, int after, int afterCode, Codec codec,
      java.util.@org.jspecify.annotations.Nullable Map<CheckKey, Checked> memo) {
    List<Unit> out = new ArrayList<>(units.size());
    for (Unit u : units) {
      Unit checked = u.lossless() ? u : checkSlots(u, cps, codes, after, afterCode, codec, memo);
      if (checked == null) {
        continue;
      }
      boolean merged = false;
      for (int k = 0; k < out.size() && !merged; k++) {
        Unit o = out.get(k);
        if (o.end() == checked.end() && o.slots().size() == 1 && checked.slots().size() == 1
            && Arrays.equals(o.output(), checked.output()) && Arrays.equals(o.template(), checked.template())
            && o.slots().get(0).inserted() == checked.slots().get(0).inserted()
            && lostBytes(o.slots().get(0)) == lostBytes(checked.slots().get(0))) {
          out.set(k, new Unit(o.start(), o.end(), o.template(), o.output(),
              List.of(union(o.slots().get(0), checked.slots().get(0)))));
          merged = true;
        }
      }
      if (!merged) {
        out.add(checked);
      }
    }
    return out;
  }

  /**
   * How many bytes a slot's first guess lost. Readings that lost different numbers of bytes stay apart: the analysis
   * weighs each loss ({@code 沽} as an emoji without its first and last byte, or a syllable without its first).
   */
  private static int lostBytes(Unit.Slot slot) {
    return Integer.bitCount(slot.unknownMasks()[0]);
  }

  private static Unit.Slot union(Unit.Slot a, Unit.Slot b) {
    int[] c = Arrays.copyOf(a.candidates(), a.candidates().length + b.candidates().length);
    int[] m = Arrays.copyOf(a.unknownMasks(), c.length);
    int n = a.candidates().length;
    outer:
    for (int i = 0; i < b.candidates().length; i++) {
      for (int j = 0; j < a.candidates().length; j++) {
        if (a.candidates()[j] == b.candidates()[i]) {
          continue outer;
        }
      }
      c[n] = b.candidates()[i];
      m[n++] = b.unknownMasks()[i];
    }
    return new Unit.Slot(Arrays.copyOf(c, n), Arrays.copyOf(m, n), a.inserted());
  }

  /**
   * Keeps, for each slot, the candidates whose bytes the codec really turns into the broken characters (decoding
   * again, with the characters that follow the unit); null when a slot keeps none.
   */
  static Unit checkSlots(Unit u, int[] cps, int[] codes, int after, int afterCode, Codec codec) {
    return checkSlots(u, cps, codes, after, afterCode, codec, null);
  }

  /** Units with more candidates than this have their checks remembered (below it, checking costs less). */
  static final int MEMO_MIN_CANDIDATES = 64;

  /** The slots a check kept, or null when some slot kept none. */
  record Checked(@org.jspecify.annotations.Nullable List<Unit.Slot> kept) {}

  /**
   * What checking a unit's guesses depends on, compared by content: the codec, the unit's bytes (template and the
   * candidates of its slots) and the text the bytes must decode to, with the bytes after the unit.
   */
  static final class CheckKey {
    private final Codec codec;
    private final int[] template;
    private final int[] text;
    private final int[] tail;
    private final List<Unit.Slot> slots;
    private final int hash;

    CheckKey(Codec codec, int[] template, int[] text, int[] tail, List<Unit.Slot> slots) {
      this.codec = codec;
      this.template = template;
      this.text = text;
      this.tail = tail;
      this.slots = slots;
      int h = codec.index();
      h = 31 * h + Arrays.hashCode(template);
      h = 31 * h + Arrays.hashCode(text);
      h = 31 * h + Arrays.hashCode(tail);
      // slots hash by their candidate counts and ends only: keys exist only for units with many candidates, and
      // hashing every candidate of every slot cost as much as a memo hit saved; equals still compares them all
      for (Unit.Slot slot : slots) {
        int[] candidates = slot.candidates();
        h = 31 * h + (slot.inserted() ? 1 : 0);
        h = 31 * h + candidates.length;
        if (candidates.length > 0) {
          h = 31 * h + candidates[0];
          h = 31 * h + candidates[candidates.length - 1];
        }
      }
      this.hash = h;
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof CheckKey k) || k.hash != hash || k.codec != codec || k.slots.size() != slots.size()
          || !Arrays.equals(k.template, template) || !Arrays.equals(k.text, text) || !Arrays.equals(k.tail, tail)) {
        return false;
      }
      for (int i = 0; i < slots.size(); i++) {
        Unit.Slot a = slots.get(i);
        Unit.Slot b = k.slots.get(i);
        if (a.inserted() != b.inserted() || !Arrays.equals(a.candidates(), b.candidates())
            || !Arrays.equals(a.unknownMasks(), b.unknownMasks())) {
          return false;
        }
      }
      return true;
    }
  }

  /** As {@link #checkSlots(Unit, int[], int[], int, int, Codec)}, with the checks of large units in {@code memo}. */
  static Unit checkSlots(Unit u, int[] cps, int[] codes, int after, int afterCode, Codec codec,
      java.util.@org.jspecify.annotations.Nullable Map<CheckKey, Checked> memo) {
    boolean inserted = false;
    boolean replaced = false;
    for (Unit.Slot s : u.slots()) {
      inserted |= s.inserted();
      replaced |= !s.inserted();
    }
    if (inserted && replaced) {
      return null;
    }
    DecodeErrors mode = inserted ? DecodeErrors.IGNORE : DecodeErrors.REPLACE;
    // the expected text: the unit's characters and up to two known characters after it
    StringBuilder expected = new StringBuilder();
    for (int i = u.start(); i < u.end(); i++) {
      expected.appendCodePoint(cps[i]);
    }
    int[] tail = new int[8];
    int tailLen = 0;
    int contextChars = 0;
    for (int i = u.end(); i < u.end() + 2; i++) {
      int cp;
      int code;
      if (i < cps.length) {
        cp = cps[i];
        code = codes[i];
      } else if (i == cps.length && after >= 0) {
        cp = after;
        code = afterCode;
      } else {
        break;
      }
      if (code < 0) {
        break;
      }
      int len = Codec.codeLength(code);
      for (int b = 0; b < len; b++) {
        tail[tailLen++] = code >> (8 * (len - 1 - b)) & 0xFF;
      }
      expected.appendCodePoint(cp);
      contextChars++;
      if (code >= 0x80 || contextChars == 2) {
        break;
      }
    }
    int[] text = expected.codePoints().toArray();
    CheckKey key = null;
    if (memo != null) {
      int candidates = 0;
      for (Unit.Slot slot : u.slots()) {
        candidates += slot.candidates().length;
      }
      if (candidates > MEMO_MIN_CANDIDATES) {
        key = new CheckKey(codec, u.template(), text, Arrays.copyOf(tail, tailLen), u.slots());
        Checked known = memo.get(key);
        if (known != null) {
          return known.kept() == null ? null
              : new Unit(u.start(), u.end(), u.template(), u.output(), known.kept());
        }
      }
    }
    Unit result = checkGuesses(u, codec, mode, text, tail, tailLen);
    if (key != null) {
      memo.put(key, new Checked(result == null ? null : result.slots()));
    }
    return result;
  }

  private static Unit checkGuesses(Unit u, Codec codec, DecodeErrors mode, int[] text, int[] tail, int tailLen) {
    int[] choice = new int[u.slots().size()];
    byte[] buffer = new byte[u.template().length + 4 * u.slots().size() + tailLen];
    List<Unit.Slot> kept = new ArrayList<>(u.slots().size());
    for (int s = 0; s < u.slots().size(); s++) {
      choice[s] = u.slots().get(s).candidates()[0];
    }
    for (int s = 0; s < u.slots().size(); s++) {
      Unit.Slot slot = u.slots().get(s);
      boolean[] keep = new boolean[slot.candidates().length];
      int count = 0;
      // Many-byte guesses come cheapest first; the first few that fit in each class of character (each script,
      // punctuation, emoji...) are the plausible ones, and context chooses among the classes later.
      int[] perClass = keep.length > 64 ? new int[CharClass.COUNT] : null;
      for (int k = 0; k < keep.length; k++) {
        int cand = slot.candidates()[k];
        if (perClass != null && perClass[CharClass.of(cand)] >= MAX_KEPT_GUESSES) {
          continue;
        }
        boolean fits;
        if (codec instanceof SingleByteCodec) {
          // one byte per character: a lost byte is one the codec leaves unmapped, wherever it stood
          fits = true;
          int len = Utf8.length(cand);
          int mask = slot.unknownMasks()[k];
          for (int i = 0; i < len && fits; i++) {
            fits = (mask & 1 << i) == 0 || ((SingleByteCodec) codec).unmapped(Utf8.byteAt(cand, i));
          }
        } else {
          choice[s] = cand;
          int len = u.bytesInto(choice, buffer);
          for (int i = 0; i < tailLen; i++) {
            buffer[len + i] = (byte) tail[i];
          }
          fits = codec.reproduces(buffer, len + tailLen, mode, text);
        }
        keep[k] = fits;
        if (fits) {
          count++;
          if (perClass != null) {
            perClass[CharClass.of(cand)]++;
          }
          if (count == 1) {
            choice[s] = cand;
          }
        }
      }
      if (count == 0) {
        return null;
      }
      for (int k = 0; k < keep.length; k++) {
        if (keep[k]) {
          choice[s] = slot.candidates()[k];
          break;
        }
      }
      kept.add(slot.keep(keep));
    }
    return new Unit(u.start(), u.end(), u.template(), u.output(), List.copyOf(kept));
  }

}
