package dev.pith.repair;

/**
 * How often each script occurs in the certain parts of a text (ASCII, kept characters, lossless repairs), to price a
 * guessed character by the text it stands in: four lost bytes in a Russian sentence are two Cyrillic letters rather
 * than an emoji, in a Chinese one a Han character rather than kana.
 */
final class ScriptProfile {
  /** Scripts of {@link CharClass#script} (0..9), and kana apart from Han ({@link #KANA}). */
  private final int[] counts = new int[11];
  private int total;
  /** {@link #bits} by script, computed when first asked (a slot's hundreds of guesses share a few scripts). */
  private double @org.jspecify.annotations.Nullable [] bitsByScript;

  /** Adds the certain characters {@code cps} (slots excluded by the caller). */
  void add(int cp) {
    int s = slot(cp);
    if (s >= 0) {
      counts[s]++;
      total++;
      bitsByScript = null;
    }
  }

  static ScriptProfile of(int[] cps, int from, int to) {
    ScriptProfile p = new ScriptProfile();
    for (int i = from; i < to; i++) {
      p.add(cps[i]);
    }
    return p;
  }

  /**
   * Letters only: emoji and symbols go with any script. Kana count apart from Han: Chinese has no kana, so a text of
   * Han characters alone prices a guessed kana as a foreign script ({@code いい} for lost bytes in Chinese).
   */
  private static int slot(int cp) {
    byte cls = CharClass.of(cp);
    return cls == CharClass.HIRAGANA || cls == CharClass.KATAKANA ? KANA : CharClass.script(cls);
  }

  /**
   * Bits for a guessed {@code cp}: 0 for the commonest script of the text, more the rarer its script is there
   * (Laplace-smoothed); for full-width punctuation and letters, as for the commoner of Chinese-Japanese and Korean
   * (a {@code 、} in a Russian sentence is as unlikely as a kana); for emoji, {@code ’} and {@code ‘}, more in texts
   * of some alphabets; 0 for other characters that are not letters.
   */
  double bits(int cp) {
    if (total == 0) {
      return 0;
    }
    byte cls = CharClass.of(cp);
    int s = slot(cp);
    if (s >= 0) {
      return scriptBits(s);
    }
    if (cls == CharClass.EMOJI) {
      // an emoji's four lost bytes are also two lost letters of these alphabets, and the letters cost less here
      // than in the mixed web text the emoji's cost was set for
      int main = mainScript();
      return main == CYRILLIC || main == GREEK || main == ARABIC || main == HEBREW ? EMOJI_BITS : 0;
    }
    if (cp == 0x2018 || cp == 0x2019) {
      // Russian, Arabic and Hebrew quote with other marks and hardly use an apostrophe: the costs of these two were
      // set for English
      int main = mainScript();
      return main == CYRILLIC || main == ARABIC || main == HEBREW ? SINGLE_QUOTE_BITS : 0;
    }
    if (cls == CharClass.CJK_PUNCT || cls == CharClass.FULLWIDTH_ALNUM) {
      // full-width punctuation and letters belong to Chinese, Japanese and Korean text
      return Math.min(scriptBits(HAN_SCRIPT), scriptBits(HANGUL_SCRIPT));
    }
    return 0;
  }

  /** Scripts of {@link CharClass#script}. */
  private static final int CYRILLIC = 1;
  private static final int GREEK = 2;
  private static final int ARABIC = 3;
  private static final int HEBREW = 4;
  private static final int HAN_SCRIPT = 7;
  private static final int HANGUL_SCRIPT = 9;
  /** Hiragana and katakana, which {@link CharClass#script} counts with Han. */
  private static final int KANA = 10;

  /** Extra cost of an emoji in Cyrillic, Greek, Arabic or Hebrew text. */
  private static final double EMOJI_BITS = 6;

  /** Extra cost of {@code ’} and {@code ‘} in Cyrillic, Arabic or Hebrew text. */
  private static final double SINGLE_QUOTE_BITS = 4;

  /** The commonest script of the certain letters (the first of equals), -1 when there are none. */
  private int mainScript() {
    int best = -1;
    for (int k = 0; k < counts.length; k++) {
      if (counts[k] > 0 && (best < 0 || counts[k] > counts[best])) {
        best = k;
      }
    }
    return best;
  }

  private double scriptBits(int s) {
    double[] table = bitsByScript;
    if (table == null) {
      int max = 0;
      for (int c : counts) {
        max = Math.max(max, c);
      }
      table = new double[counts.length];
      for (int k = 0; k < counts.length; k++) {
        table[k] = Math.log((max + 1.0) / (counts[k] + 1.0)) / Math.log(2);
      }
      bitsByScript = table;
    }
    return table[s];
  }
}
