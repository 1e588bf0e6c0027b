package dev.pith.eval.score;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The metrics of {@code score.py}, by the names its {@code --metrics} option takes. */
public enum Metric {
  /** ScrapingHub article-extraction-benchmark: 4-token shingle precision, recall, F1 and exact-match accuracy. */
  AEB,
  /** WCEB ROUGE-LSum (rouge-score 0.1.2, summary-level union LCS) on whitespace tokens. */
  ROUGE,
  /** WCEB normalised Levenshtein (InDel) similarity on whitespace tokens. */
  LEV,
  /** WCXB bag-of-words precision, recall and F1 on lower-cased word tokens. */
  WORDS,
  /** trafilatura must-have / must-not snippets, micro-averaged; WCXB-style with/without rates. */
  SNIPPETS,
  /** Title and author exact after folding (and word F1), date on the same day. */
  META;

  /** The lower-case name used on the command line and in JSON. */
  public String pyName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a comma-separated list such as {@code aeb,rouge}. */
  public static Set<Metric> parseList(String list) {
    Set<Metric> out = EnumSet.noneOf(Metric.class);
    for (String part : list.split(",")) {
      String name = part.strip();
      if (name.isEmpty()) {
        continue;
      }
      try {
        out.add(valueOf(name.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "unknown metric '" + name + "': expected some of aeb, rouge, lev, words, snippets, meta", e);
      }
    }
    return out;
  }
}
