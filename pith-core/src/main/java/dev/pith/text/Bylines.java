package dev.pith.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Byline lines: "By Sarah E. Needleman", "Von Anna Schmidt und Max Weber", "Par Jean Dupont", "Written by …",
 * "Author: …", and "By" standing alone before the name (text browsers break the line there). A byline is a label
 * followed by at most {@value #MAX_NAME_WORDS} words that are mostly capitalised names, and no sentence.
 */
final class Bylines {
  private static final int MAX_NAME_WORDS = 10;
  private static final String[] LABELS = {
    "by ", "written by ", "posted by ", "words by ", "story by ", "text by ", "reporting by ", "author: ",
    "authors: ", "von ", "autor: ", "autorin: ", "par ", "por ", "di ", "door ", "av ", "autor ", "auteur: ",
    "text: ", "texto: ", "by: ",
  };
  /** Words that may stand between names without being names. */
  private static final Set<String> JOINERS = Set.of(
      "and", "und", "et", "y", "e", "en", "och", "i", "&", "de", "van", "von", "der", "da", "del", "di", "la", "le",
      "in", "for", "the", "at", "with", "staff", "reporter", "writer", "editor", "correspondent", "|");

  private static final java.util.regex.Pattern WORDS = java.util.regex.Pattern.compile("[\\s,]+");
  /** Words that join names: "Maria Olsen and Per Lund". */
  private static final Set<String> AND = Set.of("and", "und", "et", "y", "e", "en", "och", "i", "&");

  private Bylines() {}

  /** Whether {@code text} is a byline (or the word "By" alone). */
  static boolean isByline(String text) {
    return names(text) != null;
  }

  /** The names of a byline, or null when {@code text} is none; empty for "By" alone. */
  static @org.jspecify.annotations.Nullable List<String> names(String text) {
    if (text.isEmpty() || text.length() > 120) {
      return null;
    }
    char first = Character.toLowerCase(text.charAt(0));
    if ("bwpsrtavdo".indexOf(first) < 0) {
      return null; // no label starts otherwise
    }
    // compared in place: most lines that get here are no byline, and lower-casing each would cost more
    if (text.equalsIgnoreCase("by") || text.equalsIgnoreCase("by:") || text.equalsIgnoreCase("von")
        || text.equalsIgnoreCase("par") || text.equalsIgnoreCase("por")) {
      return List.of();
    }
    String label = null;
    for (String l : LABELS) {
      if (l.charAt(0) == first && text.regionMatches(true, 0, l, 0, l.length())) {
        label = l;
        break;
      }
    }
    if (label == null) {
      return null;
    }
    String rest = text.substring(label.length()).strip();
    // "By Tom Hansen · September 12, 2023", "By Jane Doe | Reuters": the names end at a separator
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (c == '·' || c == '|' || c == '•' || c == '—' || c == '–' && i > 0 && rest.charAt(i - 1) == ' ') {
        rest = rest.substring(0, i).strip();
        break;
      }
    }
    if (rest.isEmpty() || LineMeasures.endsSentence(rest) && !endsWithInitial(rest)) {
      return null;
    }
    String[] words = WORDS.split(rest);
    if (words.length > MAX_NAME_WORDS) {
      return null;
    }
    int names = 0;
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      if (Character.isUpperCase(w.codePointAt(0))) {
        names++;
      } else if (!JOINERS.contains(w.toLowerCase(Locale.ROOT))) {
        return null;
      }
    }
    if (names == 0) {
      return null;
    }
    // names are separated by commas and "and": split on those words without a backtracking pattern
    List<String> out = new ArrayList<>();
    StringBuilder name = new StringBuilder();
    for (String word : rest.split(" ")) {
      boolean comma = word.endsWith(",");
      String w = comma ? word.substring(0, word.length() - 1) : word;
      if (AND.contains(w.toLowerCase(Locale.ROOT)) || w.equals("|")) {
        addName(out, name);
      } else if (!w.isEmpty()) {
        if (name.length() > 0) {
          name.append(' ');
        }
        name.append(w);
      }
      if (comma) {
        addName(out, name);
      }
    }
    addName(out, name);
    return out;
  }

  private static void addName(List<String> out, StringBuilder name) {
    String n = name.toString().strip();
    if (!n.isEmpty() && Character.isUpperCase(n.codePointAt(0))) {
      out.add(n);
    }
    name.setLength(0);
  }

  private static boolean endsWithInitial(String rest) {
    int n = rest.length();
    return n >= 2 && rest.charAt(n - 1) == '.' && Character.isUpperCase(rest.charAt(n - 2))
        && (n == 2 || rest.charAt(n - 3) == ' ');
  }
}
