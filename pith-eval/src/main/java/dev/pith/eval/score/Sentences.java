package dev.pith.eval.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentence splitting for ROUGE-LSum, as {@code score.py} does it: an approximation of NLTK Punkt (English), which
 * WCEB used, or one sentence per line. Stateless and thread-safe.
 */
public enum Sentences {
  /**
   * Split after '.', '?' or '!' (plus closing quotes and brackets) that is followed by whitespace, except after
   * common English abbreviations, single-letter initials, short dotted acronyms, ellipses followed by a lower-case
   * word and numbers followed by a lower-case word. Newlines alone do not end a sentence (as in Punkt).
   */
  PUNKT_APPROX {
    @Override
    public List<String> split(String text) {
      return splitPunktApprox(text);
    }
  },
  /** One sentence per line ({@code --sentences lines}). */
  LINES {
    @Override
    public List<String> split(String text) {
      List<String> out = new ArrayList<>();
      int start = 0;
      for (int i = 0; i <= text.length(); i++) {
        if (i == text.length() || text.charAt(i) == '\n') {
          if (i > start) {
            out.add(text.substring(start, i));
          }
          start = i + 1;
        }
      }
      return out;
    }
  };

  /** The non-empty sentences of {@code text}, with their original whitespace. */
  public abstract List<String> split(String text);

  /** The name {@code score.py} uses for this splitter ({@code punkt-approx} or {@code lines}). */
  public String pyName() {
    return this == LINES ? "lines" : "punkt-approx";
  }

  /** Parses {@code punkt-approx} or {@code lines}. */
  public static Sentences parse(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "punkt-approx":
      case "punkt":
        return PUNKT_APPROX;
      case "lines":
        return LINES;
      default:
        throw new IllegalArgumentException("sentences must be punkt-approx or lines, was " + name);
    }
  }

  // Copied from score.py's _ABBREV: lower-cased words that a full stop does not end a sentence after.
  private static final Set<String> ABBREVIATIONS = Set.of((
      "a.m p.m e.g i.e etc vs v al cf ca approx est dept univ assn bros co corp inc ltd llc plc cos intl natl "
          + "mr mrs ms messrs mme mlle dr prof rev hon pres gov sen sens rep reps gen lt col maj capt cmdr adm sgt "
          + "cpl pvt st jr sr esq supt atty ph.d m.d b.a m.a d.c u.s u.s.a u.k u.n e.u n.y n.j l.a "
          + "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun "
          + "ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore "
          + "pa tenn tex va vt wash wis wyo "
          + "no nos vol vols fig figs ed eds pp p para sec ch chap art ave blvd rd mt ft hwy").split(" "));
  private static final String CLOSERS = "\"')]}»”’";
  private static final String OPENERS = "\"'([{«“‘";

  private static List<String> splitPunktApprox(String text) {
    // the \S+ runs: start and end offsets
    List<int[]> runs = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (PyText.isSpace(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      do {
        i += Character.charCount(cp);
      } while (i < n && !PyText.isSpace(cp = text.codePointAt(i)));
      runs.add(new int[] {start, i});
    }
    List<String> sentences = new ArrayList<>();
    int start = 0;
    for (int k = 0; k < runs.size() - 1; k++) {
      int[] run = runs.get(k);
      String token = text.substring(run[0], run[1]);
      String core = PyText.rstrip(token, CLOSERS);
      if (core.isEmpty()) {
        continue;
      }
      char last = core.charAt(core.length() - 1);
      if (last != '.' && last != '?' && last != '!') {
        continue;
      }
      int[] nextRun = runs.get(k + 1);
      String next = PyText.lstrip(text.substring(nextRun[0], nextRun[1]), OPENERS);
      boolean nextLower = !next.isEmpty() && PyText.isLower(next.codePointAt(0));
      if (last == '.') {
        if (core.endsWith("..")) {
          if (nextLower) {
            continue;
          }
        } else {
          String word = PyText.lower(PyText.lstrip(core.substring(0, core.length() - 1), OPENERS));
          if (ABBREVIATIONS.contains(word)) {
            continue;
          }
          if (PyText.length(word) == 1 && PyText.isAlpha(word.codePointAt(0))) {
            continue; // initial: "J. Smith"
          }
          if (word.indexOf('.') >= 0 && allPartsShort(word)) {
            continue; // dotted acronym: "U.S.", "e.g."
          }
          if (isDigits(word) && nextLower) {
            continue; // ordinal or enumeration
          }
        }
      }
      sentences.add(text.substring(start, run[1]));
      start = nextRun[0];
    }
    sentences.add(text.substring(start));
    sentences.removeIf(String::isEmpty);
    return sentences;
  }

  private static boolean allPartsShort(String word) {
    int partStart = 0;
    for (int i = 0; i <= word.length(); i++) {
      if (i == word.length() || word.charAt(i) == '.') {
        if (word.codePointCount(partStart, i) > 2) {
          return false;
        }
        partStart = i + 1;
      }
    }
    return true;
  }

  /** Python's {@code str.isdigit()}: non-empty and every code point a digit. */
  private static boolean isDigits(String word) {
    if (word.isEmpty()) {
      return false;
    }
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      if (!PyText.isDigit(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }
}
