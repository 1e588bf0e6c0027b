package dev.pith.repair;

import dev.pith.document.RepairStep;
import dev.pith.internal.Budget;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Undoes wrong decodings (mojibake): text that was UTF-8 and got decoded with another charset, once or twice, wholly
 * or in parts, including decoders that replaced or dropped the bytes they could not map. Immutable and thread-safe.
 *
 * <pre>{@code
 * RepairedText r = TextRepair.create().repair("That鈥檚 a “dictator鈥 who");
 * r.text();   // "That’s a “dictator” who"
 * r.steps();  // what was done, replayable with TextRepair.replay
 * }</pre>
 *
 * <h2>How it decides</h2>
 *
 * <ol>
 *   <li><b>Fast path.</b> Text with no character above U+007F is returned as it is.
 *   <li><b>Segments.</b> The text is cut into lines. For every codec that could have produced a line's characters
 *       ({@link Codecs}), the characters are turned back into bytes and read as UTF-8 ({@link UnitParser}); where a
 *       byte is missing (dropped, or replaced by U+FFFD), each possible byte is tried and kept only if decoding it
 *       again gives the broken text.
 *   <li><b>Evidence.</b> Each line is weighed under each codec in bits of plausibility ({@link SegmentAnalysis},
 *       {@link CharCost}): rare CJK characters, C1 controls and {@code Ã©} are expensive, their UTF-8 readings cheap;
 *       characters the hypothesis leaves unexplained cost extra. A codec is accepted for the document when the bits
 *       it saves over all its lines exceed its prior ({@link Codec#priorBits}); then every line it makes more
 *       plausible is repaired. Real Chinese, Japanese or Korean, mixed scripts, and texts quoting mojibake on purpose
 *       stay as they are because their repair would cost more bits than it saves.
 *   <li><b>Lost bytes.</b> Filled from context by {@link Fills}: quote balance, spacing, digits, the document's own
 *       dashes; a byte of text broken twice by the character it makes one layer further in ({@link NextLayer}).
 *   <li><b>Layers.</b> Text broken twice is repaired in further passes (at most {@value #MAX_PASSES}); text that
 *       still shows a layer after them is left as it is.
 * </ol>
 *
 * <p>Repair is idempotent: repairing repaired text changes nothing more.
 */
public final class TextRepair {
  /** Most passes: each undoes one layer of mojibake (double and triple encodings are seen in the wild). */
  static final int MAX_PASSES = 3;
  /** Segments longer than this are cut at a space or tag boundary, to bound the work per decision. */
  static final int MAX_SEGMENT_CHARS = 4096;
  /** The stage name in TIMEOUT messages. */
  static final String STAGE = "encoding repair";

  private static final TextRepair DEFAULT = new TextRepair(RepairOptions.defaults());

  /** A step that puts back characters a decoder dropped whole, given the text, its repair and the steps so far. */
  private interface VanishedStage {
    List<RepairStep> fill(String original, String repaired, List<RepairStep> steps);
  }

  private static final List<VanishedStage> VANISHED_STAGES =
      List.of(Vanished::fill, VanishedLetters::fill, VanishedGerman::fill);

  private final RepairOptions options;

  private TextRepair(RepairOptions options) {
    this.options = options;
  }

  /** The repairer with default settings. */
  public static TextRepair create() {
    return DEFAULT;
  }

  /** A repairer with {@code options}. */
  public static TextRepair create(RepairOptions options) {
    return new TextRepair(Objects.requireNonNull(options, "options"));
  }

  public RepairOptions options() {
    return options;
  }

  /** Repairs {@code text}; returns it unchanged, with no steps, when it needs no repair. */
  public RepairedText repair(String text) {
    return repair(text, Budget.unlimited());
  }

  /**
   * Repairs {@code text} within a time budget, checked between segments and inside their analysis (the pipeline
   * passes its share of the document's budget).
   *
   * @throws dev.pith.internal.ExtractionProblem of kind TIMEOUT when the budget runs out
   */
  public RepairedText repair(String text, Budget budget) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(budget, "budget");
    int sign = text.length() > options.maxChars() ? -1 : Suspects.get().firstSign(text);
    if (sign < 0) {
      // the common case: no character anywhere that any codec could have made from UTF-8 next to its partner
      return new RepairedText(text, List.of());
    }
    // no line before the one holding the first sign has a strong sign: the first pass looks for them from there
    int strongFrom = text.lastIndexOf('\n', sign - 1) + 1;
    String current = text;
    List<RepairStep> steps = new ArrayList<>();
    List<int[]> dirty = null; // after the first pass, only what the last pass changed can hide another layer
    boolean everyPassChanged = true;
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      PassOut result = new Pass(current, options, dirty, budget, pass == 0 ? strongFrom : 0).run();
      if (result == null) {
        everyPassChanged = false;
        break;
      }
      steps.addAll(result.steps());
      current = result.text();
      dirty = result.written();
    }
    if (!steps.isEmpty() && options.fillLostBytes()) {
      // characters a decoder dropped whole: gaps between words, alphabet letters, German ß; each sees the others'
      for (VanishedStage stage : VANISHED_STAGES) {
        List<RepairStep> more = stage.fill(text, current, steps);
        if (!more.isEmpty()) {
          current = replay(current, more);
          steps.addAll(more);
        }
      }
    }
    if (everyPassChanged && new Pass(current, options, null, budget, 0).run() != null) {
      // still more layers after the last pass: a repair that stops here would change again when repaired again, so
      // the text is left as it came (broken more often than real text ever is; random bytes are, under fuzzing)
      return new RepairedText(text, List.of());
    }
    return new RepairedText(current, steps);
  }

  /**
   * Applies {@code steps} to {@code text} and returns the result: what {@link #repair} gave, when the steps came
   * from repairing this text. Each step's offsets are in the text as it was just before that step.
   *
   * @throws IllegalArgumentException when a step does not fit the text or names an unknown codec
   */
  public static String replay(String text, List<RepairStep> steps) {
    // The text as it stands is done + rest[at..]: steps that go forward (most do, a pass writes left to right) are
    // applied by copying up to them once; a step that goes back joins the two first. Thousands of letters put back
    // into a long text made the copy of the whole text per step most of a repair.
    StringBuilder done = new StringBuilder(text.length() + 16);
    String rest = text;
    int at = 0;
    for (RepairStep step : steps) {
      if (step.start() < done.length()) {
        rest = done.append(rest, at, rest.length()).toString();
        done.setLength(0);
        at = 0;
      }
      int length = done.length() + rest.length() - at;
      if (step.end() > length) {
        throw new IllegalArgumentException("step " + step + " is past the end of the text (" + length + ")");
      }
      int from = at + step.start() - done.length();
      int to = at + step.end() - done.length();
      done.append(rest, at, from).append(replacement(rest.substring(from, to), step));
      at = to;
    }
    return done.append(rest, at, rest.length()).toString();
  }

  /** The text a step puts in place of {@code span}. */
  static String replacement(String span, RepairStep step) {
    switch (step.action()) {
      case Steps.REENCODE: {
        Codec codec = Steps.codecOf(step);
        byte[] bytes = new byte[span.length() * 3];
        int n = 0;
        for (int i = 0; i < span.length(); ) {
          int cp = span.codePointAt(i);
          i += Character.charCount(cp);
          int code = codec.encode(cp);
          if (code < 0) {
            throw new IllegalArgumentException("step " + step + ": " + codec.name() + " has no bytes for U+"
                + Integer.toHexString(cp));
          }
          int len = Codec.codeLength(code);
          for (int b = 0; b < len; b++) {
            bytes[n++] = (byte) (code >> (8 * (len - 1 - b)));
          }
        }
        return utf8(bytes, n, step);
      }
      case Steps.FILL: {
        byte[] bytes = Steps.bytesOf(step);
        return utf8(bytes, bytes.length, step);
      }
      default:
        throw new IllegalArgumentException("unknown repair action " + step.action());
    }
  }

  private static String utf8(byte[] bytes, int n, RepairStep step) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes, 0, n))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("step " + step + " does not give UTF-8", e);
    }
  }

  /** Broken lines tried under every codec before the rest are tried only under the codecs these accepted. */
  static final int CODEC_SAMPLE_LINES = 32;

  /** One pass over the text: finds the codecs, repairs the segments they explain. */
  private static final class Pass {
    private final String text;
    private final RepairOptions options;
    private final List<int[]> dirty;
    private final Budget budget;
    /** A line start before which no line has a strong sign. */
    private final int strongFrom;

    Pass(String text, RepairOptions options, List<int[]> dirty, Budget budget, int strongFrom) {
      this.text = text;
      this.options = options;
      this.dirty = dirty;
      this.budget = budget;
      this.strongFrom = strongFrom;
    }

    /** True when this pass looks at {@code [start, end)}: always in the first pass, else only if it changed. */
    private boolean inScope(int start, int end) {
      if (dirty == null) {
        return true;
      }
      for (int[] r : dirty) {
        if (r[0] < end + 1 && r[1] > start - 1) {
          return true;
        }
      }
      return false;
    }

    /** A line (or part of a long one), with the codecs it shows strong and weak signs of. */
    record Segment(int start, int end, int[] cps, int before, int after, int strong, int weak) {}

    /** This pass's result, or null when it changes nothing. */
    PassOut run() {
      List<Segment> segments = segments();
      if (segments.isEmpty()) {
        return null;
      }
      List<Codec> codecs = Codecs.all();
      SegmentAnalysis.Workspace ws = new SegmentAnalysis.Workspace(budget);
      // Stage 1: the lines with strong signs decide which codecs the text went through. A text went through the
      // same wrong decoding all along: once enough of its broken lines have been tried under every codec, the rest
      // are tried only under the codecs those lines accepted (a page of thousands of broken lines would otherwise try
      // each under every multi-byte codec).
      Map<Integer, SegmentAnalysis.Result[]> results = new HashMap<>();
      int candidates = -1;
      int tried = 0;
      for (int s = 0; s < segments.size(); s++) {
        budget.check(STAGE);
        int strong = segments.get(s).strong() & candidates;
        if (strong == 0) {
          continue;
        }
        analyse(segments.get(s), strong, s, results, ws);
        if (++tried == CODEC_SAMPLE_LINES) {
          int sampled = accept(results, new SegmentAnalysis.Result[segments.size()]);
          candidates = sampled == 0 ? -1 : sampled;
        }
      }
      SegmentAnalysis.Result[] chosen = new SegmentAnalysis.Result[segments.size()];
      int accepted = accept(results, chosen);
      if (accepted == 0) {
        return null;
      }
      // Stage 2: under the accepted codecs only, the other lines (lost bytes, lone characters) are repaired too.
      for (int s = 0; s < segments.size(); s++) {
        budget.check(STAGE);
        Segment seg = segments.get(s);
        int more = (seg.weak() | seg.strong()) & accepted & ~seg.strong();
        if (chosen[s] != null || more == 0) {
          continue;
        }
        analyse(seg, more, s, results, ws);
        SegmentAnalysis.Result[] row = results.get(s);
        if (row == null) {
          continue;
        }
        for (Codec codec : codecs) {
          SegmentAnalysis.Result r = row[codec.index()];
          if ((accepted & 1 << codec.index()) != 0 && r != null
              && (chosen[s] == null || r.gain() > chosen[s].gain())) {
            chosen[s] = r;
          }
        }
        if (chosen[s] == null) {
          for (Codec codec : codecs) { // a strong line of an accepted codec that stage 1 did not assign
            SegmentAnalysis.Result r = row[codec.index()];
            if ((accepted & 1 << codec.index()) != 0 && r != null) {
              chosen[s] = r;
            }
          }
        }
      }
      return apply(segments, chosen);
    }

    /** Analyses {@code seg} under the codecs of {@code mask}, recording the ones that help in {@code results}. */
    private static void analyse(Segment seg, int mask, int s, Map<Integer, SegmentAnalysis.Result[]> results,
        SegmentAnalysis.Workspace ws) {
      List<Codec> codecs = Codecs.all();
      SegmentAnalysis.Result[] row = results.get(s);
      boolean mention = false;
      for (Codec codec : codecs) {
        if ((mask & 1 << codec.index()) == 0) {
          continue;
        }
        SegmentAnalysis.Result r = SegmentAnalysis.analyze(seg.cps(), seg.before(), seg.after(), codec, ws);
        // a segment that quotes mojibake by the best explanation is left alone whatever other codecs make of it
        mention |= r.mention() && r.rawGain() > codec.priorBits();
        if (r.gain() > 0 && !r.units().isEmpty()) {
          if (row == null) {
            row = new SegmentAnalysis.Result[codecs.size()];
          }
          row[codec.index()] = r;
        }
      }
      if (mention) {
        results.remove(s);
        results.put(s, new SegmentAnalysis.Result[codecs.size()]);
      } else if (row != null) {
        results.put(s, row);
      }
    }

    /**
     * Accepts codecs greedily, the one that saves the most bits beyond its prior first, and assigns each segment to
     * the first accepted codec that helps it. Returns the accepted codecs as a mask.
     */
    private static int accept(Map<Integer, SegmentAnalysis.Result[]> results, SegmentAnalysis.Result[] chosen) {
      List<Codec> codecs = Codecs.all();
      int accepted = 0;
      while (true) {
        int best = -1;
        double bestNet = 0;
        for (Codec codec : codecs) {
          if ((accepted & 1 << codec.index()) != 0) {
            continue;
          }
          double sum = 0;
          double strongest = 0;
          for (Map.Entry<Integer, SegmentAnalysis.Result[]> e : results.entrySet()) {
            SegmentAnalysis.Result r = e.getValue()[codec.index()];
            if (r != null && chosen[e.getKey()] == null) {
              sum += r.gain();
              strongest = Math.max(strongest, r.gain());
            }
          }
          // Coincidences in clean text are weak one by one (a lone character that happens to read as UTF-8); a
          // broken text has at least one line that is clearly broken. Many weak ones do not add up to one strong.
          double net = strongest < codec.priorBits() ? 0 : sum - codec.priorBits();
          if (net > bestNet) {
            bestNet = net;
            best = codec.index();
          }
        }
        if (best < 0) {
          return accepted;
        }
        accepted |= 1 << best;
        for (Map.Entry<Integer, SegmentAnalysis.Result[]> e : results.entrySet()) {
          SegmentAnalysis.Result r = e.getValue()[best];
          if (r != null && chosen[e.getKey()] == null) {
            chosen[e.getKey()] = r;
          }
        }
      }
    }

    private PassOut apply(List<Segment> segments, SegmentAnalysis.Result[] chosen) {
      Fills.DocumentStyle style = Evidence.style(text);
      StringBuilder out = new StringBuilder(text.length());
      List<RepairStep> steps = new ArrayList<>();
      List<int[]> written = new ArrayList<>();
      int copied = 0;
      boolean changed = false;
      for (int s = 0; s < segments.size(); s++) {
        SegmentAnalysis.Result r = chosen[s];
        if (r == null) {
          continue;
        }
        budget.check(STAGE);
        Segment seg = segments.get(s);
        List<Unit> units = new ArrayList<>();
        for (Unit u : r.units()) {
          if (u.lossless() || options.fillLostBytes()) {
            units.add(u);
          }
        }
        if (units.isEmpty()) {
          continue;
        }
        out.append(text, copied, seg.start());
        copied = seg.start();
        Fills.Choice[][] choices = chooseFills(seg, units, out, style);
        int[] offsets = offsets(seg);
        for (int u = 0; u < units.size(); u++) {
          Unit unit = units.get(u);
          // merge a run of adjacent lossless units into one step
          int last = u;
          if (unit.lossless()) {
            while (last + 1 < units.size() && units.get(last + 1).lossless()
                && units.get(last + 1).start() == units.get(last).end()) {
              last++;
            }
          }
          int from = seg.start() + offsets[unit.start()];
          int to = seg.start() + offsets[units.get(last).end()];
          out.append(text, copied, from);
          int outStart = out.length();
          String detail;
          String action;
          if (unit.lossless()) {
            for (int k = u; k <= last; k++) {
              for (int cp : units.get(k).output()) {
                out.appendCodePoint(cp);
              }
            }
            action = Steps.REENCODE;
            detail = Steps.reencodeDetail(r.codec());
          } else {
            Fills.Choice[] unitChoices = choices[u];
            int[] chosenCps = new int[unitChoices.length];
            for (int k = 0; k < chosenCps.length; k++) {
              chosenCps[k] = unitChoices[k].cp();
            }
            int[] bytes = unit.bytes(chosenCps);
            boolean[] unknown = new boolean[bytes.length];
            int at = 0;
            for (int v : unit.template()) {
              if (v >= 0) {
                at++;
                continue;
              }
              Unit.Slot slot = unit.slots().get(-v - 1);
              int cp = chosenCps[-v - 1];
              int mask = slot.maskOf(cp);
              for (int i = 0; i < Utf8.length(cp); i++) {
                unknown[at++] = (mask & 1 << i) != 0;
              }
            }
            StringBuilder reasons = new StringBuilder();
            for (int k = 0; k < unitChoices.length; k++) {
              if (k > 0) {
                reasons.append("; ");
              }
              reasons.append(Steps.shown(unitChoices[k].cp())).append(": ")
                  .append(unitChoices[k].rule());
            }
            for (int item : unit.output()) {
              out.appendCodePoint(item >= 0 ? item : unitChoices[-item - 1].cp());
            }
            action = Steps.FILL;
            detail = Steps.fillDetail(bytes, unknown, r.codec(), unit.slots().get(0).inserted(), reasons.toString());
          }
          int delta = outStart - from;
          steps.add(new RepairStep(action, detail, from + delta, to + delta));
          written.add(new int[] {outStart, out.length()});
          copied = to;
          changed = true;
          u = last;
        }
      }
      if (!changed) {
        return null;
      }
      out.append(text, copied, text.length());
      return new PassOut(out.toString(), steps, written);
    }

    /**
     * Chooses the characters of every slot of a segment's units, left to right, each with its context: the repaired
     * text to its left (from the start of the paragraph) and the provisionally repaired text to its right (other
     * slots at their cheapest candidate until chosen).
     */
    private static Fills.Choice[][] chooseFills(Segment seg, List<Unit> units, StringBuilder out,
        Fills.DocumentStyle style) {
      int[] cps = seg.cps();
      int[] prov = new int[cps.length * 2 + 8];
      int size = 0;
      List<int[]> refs = new ArrayList<>(); // {unit, slot, index in prov}
      int pos = 0;
      Fills.Choice[][] choices = new Fills.Choice[units.size()][];
      for (int u = 0; u < units.size(); u++) {
        Unit unit = units.get(u);
        choices[u] = new Fills.Choice[unit.slots().size()];
        while (pos < unit.start()) {
          prov = grow(prov, size);
          prov[size++] = cps[pos++];
        }
        for (int item : unit.output()) {
          prov = grow(prov, size);
          if (item >= 0) {
            prov[size++] = item;
          } else {
            refs.add(new int[] {u, -item - 1, size});
            prov[size++] = Fills.cheapest(unit.slots().get(-item - 1).candidates());
          }
        }
        pos = unit.end();
      }
      while (pos < cps.length) {
        prov = grow(prov, size);
        prov[size++] = cps[pos++];
      }
      if (refs.isEmpty()) {
        return choices;
      }
      boolean latin = SegmentAnalysis.latinContext(cps);
      ScriptProfile profile = SegmentAnalysis.profile(cps, units);
      int paragraph = out.lastIndexOf("\n");
      String before = out.substring(paragraph < 0 ? 0 : paragraph + 1);
      int[] provisional = new int[refs.size()];
      for (int k = 0; k < refs.size(); k++) {
        provisional[k] = prov[refs.get(k)[2]];
        chooseAt(refs.get(k), seg, units, prov, size, before, style, latin, profile, choices);
      }
      // A slot was chosen while the slots just after it stood at their cheapest candidate (for Hangul and many Han
      // characters an arbitrary one): choose it again where one of them (within a CJK window) came out otherwise.
      for (int k = 0; k + 1 < refs.size(); k++) {
        int at = refs.get(k)[2];
        if (Fills.isCjk(prov[at])) {
          continue; // Chinese and Japanese slots next to each other are chosen together below
        }
        if (rightChanged(refs, k, prov, provisional)) {
          chooseAt(refs.get(k), seg, units, prov, size, before, style, latin, profile, choices);
        }
      }
      int[] beforePairs = new int[refs.size()];
      for (int k = 0; k < refs.size(); k++) {
        beforePairs[k] = prov[refs.get(k)[2]];
      }
      choosePairs(seg, units, prov, size, refs, before, choices);
      // Pairs chosen together change the right context of the slots before them (新し? before ゲーム, which was
      // not yet a word): choose those slots again, once.
      for (int k = 0; k + 1 < refs.size(); k++) {
        if (prov[refs.get(k)[2]] == beforePairs[k] && rightChanged(refs, k, prov, beforePairs)) {
          chooseAt(refs.get(k), seg, units, prov, size, before, style, latin, profile, choices);
        }
      }
      LostLetterWords.refine(prov, size, refs, units, choices);
      return choices;
    }

    /**
     * Whether a slot after slot {@code k}, within a CJK window of it, now holds another character than
     * {@code earlier} recorded for it.
     */
    private static boolean rightChanged(List<int[]> refs, int k, int[] prov, int[] earlier) {
      int at = refs.get(k)[2];
      for (int j = k + 1; j < refs.size() && refs.get(j)[2] - at <= CjkWindow.SPAN; j++) {
        if (prov[refs.get(j)[2]] != earlier[j]) {
          return true;
        }
      }
      return false;
    }

    /** Two adjacent slots where both hold Chinese or Japanese characters are chosen again together. */
    private static void choosePairs(Segment seg, List<Unit> units, int[] prov, int size, List<int[]> refs,
        String before, Fills.Choice[][] choices) {
      for (int k = 0; k + 1 < refs.size(); k++) {
        int[] first = refs.get(k);
        int[] second = refs.get(k + 1);
        int at = first[2];
        if (second[2] != at + 1 || !Fills.isCjk(prov[at]) || !Fills.isCjk(prov[at + 1])) {
          continue;
        }
        int[] pair = Fills.cjkPair(units.get(first[0]).slots().get(first[1]).candidates(),
            units.get(second[0]).slots().get(second[1]).candidates(), leftOf(before, prov, at),
            rightOf(prov, at + 2, size, seg));
        if (pair == null || pair[0] == prov[at] && pair[1] == prov[at + 1]) {
          continue;
        }
        prov[at] = pair[0];
        prov[at + 1] = pair[1];
        choices[first[0]][first[1]] = new Fills.Choice(pair[0], Fills.PAIR_RULE);
        choices[second[0]][second[1]] = new Fills.Choice(pair[1], Fills.PAIR_RULE);
      }
    }

    /** The text before position {@code at}: what came before the segment, then the provisional characters. */
    private static StringBuilder leftOf(String before, int[] prov, int at) {
      StringBuilder left = new StringBuilder(before.length() + at + 4).append(before);
      for (int i = 0; i < at; i++) {
        left.appendCodePoint(prov[i]);
      }
      return left;
    }

    /** Up to {@link #RIGHT_CONTEXT} provisional characters from {@code from}; at the segment's end, the one after. */
    private static int[] rightOf(int[] prov, int from, int size, Segment seg) {
      if (from >= size && seg.after() >= 0) {
        return new int[] {seg.after()};
      }
      return java.util.Arrays.copyOfRange(prov, from, Math.min(size, from + RIGHT_CONTEXT));
    }

    /** Chooses the character of slot {@code ref} ({unit, slot, index in prov}) in the context {@code prov} gives. */
    private static void chooseAt(int[] ref, Segment seg, List<Unit> units, int[] prov, int size, String before,
        Fills.DocumentStyle style, boolean latin, ScriptProfile profile, Fills.Choice[][] choices) {
      Unit unit = units.get(ref[0]);
      int at = ref[2];
      Fills.Choice c = Fills.choose(unit.slots().get(ref[1]).candidates(), leftOf(before, prov, at),
          rightOf(prov, at + 1, size, seg), style, latin, profile);
      choices[ref[0]][ref[1]] = c;
      prov[at] = c.cp();
    }

    /** Code points after a slot given to {@link Fills#choose} (enough to find a bracket's partner, and the written standard of Chinese). */
    private static final int RIGHT_CONTEXT = 200;

    private static int[] grow(int[] a, int size) {
      return size < a.length ? a : java.util.Arrays.copyOf(a, a.length * 2);
    }

    private static int[] offsets(Segment seg) {
      int[] offsets = new int[seg.cps().length + 1];
      int off = 0;
      for (int i = 0; i < seg.cps().length; i++) {
        offsets[i] = off;
        off += Character.charCount(seg.cps()[i]);
      }
      offsets[seg.cps().length] = off;
      return offsets;
    }

    /**
     * The segments worth analysing: lines (without their line break), cut further at spaces or tags when very long,
     * that show a strong sign of some codec, or a weak sign (a lost byte) of a codec strong somewhere in the text.
     */
    private List<Segment> segments() {
      // one pass over the text: the lines with a strong sign of some codec (the common case: none at all)
      List<Suspects.Line> found = Suspects.get().lines(text, strongFrom, MAX_SEGMENT_CHARS, false);
      Map<Integer, Integer> strongByStart = new HashMap<>();
      int inPlay = 0;
      for (Suspects.Line line : found) {
        if (!inScope(line.start(), line.end())) {
          continue;
        }
        int strong = strongCodecs(line);
        if (strong != 0) {
          strongByStart.put(line.start(), strong);
          inPlay |= strong;
        }
      }
      List<Segment> list = new ArrayList<>();
      if (inPlay == 0) {
        return list;
      }
      // some codec is in play: every line with non-ASCII characters may hold its weaker signs (lost bytes)
      int n = text.length();
      for (Suspects.Line line : Suspects.get().lines(text, MAX_SEGMENT_CHARS, true)) {
        int from = line.start();
        int to = line.end();
        if (!inScope(from, to)) {
          continue;
        }
        int strong = strongByStart.getOrDefault(from, 0);
        int weak = Suspects.get().weak(text, from, to) & inPlay & ~strong;
        // keep the codecs whose bytes look like UTF-8 here at all (real text of another script fails fast)
        for (Codec codec : Codecs.all()) {
          int bit = 1 << codec.index();
          if ((weak & bit) != 0 && Evidence.score(text, from, to, codec) <= 0) {
            weak &= ~bit;
          }
        }
        if (strong != 0 || weak != 0) {
          int before = from == 0 ? -1 : text.codePointBefore(from);
          int after = to >= n ? -1 : text.codePointAt(to);
          list.add(new Segment(from, to, CodePoints.of(text, from, to), before, after, strong, weak));
        }
      }
      return list;
    }

    /** The codecs a line is a strong sign of: its pairs, confirmed by how much of it reads as UTF-8. */
    private int strongCodecs(Suspects.Line line) {
      int pairs = line.strong();
      if (pairs == 0) {
        return 0;
      }
      // replaced bytes are rare in clean text and any codec may have made them: look at such lines under all
      boolean replaced = pairs == -1;
      int strong = 0;
      for (Codec codec : Codecs.all()) {
        int bit = 1 << codec.index();
        if (replaced ? Evidence.score(text, line.start(), line.end(), codec) > 0
            : (pairs & bit) != 0 && Evidence.strong(text, line.start(), line.end(), codec)) {
          strong |= bit;
        }
      }
      return strong;
    }
  }

  /** A pass's result: the text, its steps, and the ranges of the new text the steps wrote. */
  private record PassOut(String text, List<RepairStep> steps, List<int[]> written) {}
}
