package dev.pith.repair;

/**
 * How often each script occurs in the certain parts of a text (ASCII, kept characters, lossless repairs), to price a
 * guessed character by the text it stands in: four lost bytes in a Russian sentence are two Cyrillic letters rather
 * than an emoji, in a Chinese one a Han character rather than kana.
 */
final class ScriptProfile {
  /** Scripts of {@link CharClass#script} (0..9). */
  private final int[] counts = new int[10];
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

  /** Letters only: emoji and symbols go with any script. */
  private static int slot(int cp) {
    return CharClass.script(CharClass.of(cp));
  }

  /**
   * Bits for a guessed {@code cp}: 0 for the commonest script of the text, more the rarer its script is there
   * (Laplace-smoothed); 0 for characters that are not letters.
   */
  double bits(int cp) {
    int s = slot(cp);
    if (s < 0 || total == 0) {
      return 0;
    }
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
