package dev.pith.text;

import dev.pith.document.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds what a capture lost before it reached us and no repair can bring back, so that corpus builders can filter:
 * a name replaced by text in another script, a byline of which only the separator is left, link text dropped from a
 * sentence, counters emptied of their numbers. Each finding is a {@link Diagnostic} that says where. Stateless.
 */
final class LossDetector {
  /** The capture's main script must hold at least this share of its letters for another script to stand out. */
  private static final double MIN_MAIN_SCRIPT_SHARE = 0.9;
  /** Words longer than this are never in {@link #NEVER_AFTER_DETERMINER}. */
  private static final int MAX_CHECKED_WORD = 10;
  /**
   * Words that cannot follow a determiner: verbs that only a missing subject explains ("the suggests"),
   * prepositions, conjunctions and auxiliaries ("the of", "a and", "the is").
   */
  private static final Set<String> NEVER_AFTER_DETERMINER = Set.of(
      "suggests", "says", "indicates", "reveals", "concludes", "explains", "warns", "argues", "predicts",
      "of", "and", "or", "but", "is", "was", "are", "were", "has", "have", "had", "will", "would",
      "to", "from", "with", "by", "on", "in", "at", "for", "the", "a", "an", "he", "she", "it", "they", "we",
      "which", "who", "that");
  /** Words that make a short line with an empty slot a counter: "You've read  of  free articles". */
  private static final Set<String> COUNTER_WORDS = Set.of(
      "read", "articles", "article", "stories", "story", "free", "left", "remaining", "views", "comments",
      "pages", "items", "results", "votes", "reviews", "points");

  private LossDetector() {}

  /** The diagnostics for {@code lines} of a capture in {@code language} (index, or -1/-2). */
  static List<Diagnostic> find(List<Line> lines, int language, int titleIndex) {
    List<Diagnostic> out = new ArrayList<>();
    foreignScriptNames(lines, out);
    if (titleIndex >= 0) {
      emptyBylines(lines, titleIndex, out);
    }
    if (language >= 0 && StopWords.language(language).equals("en")) {
      char[] chars = new char[256];
      for (Line line : lines) {
        if (line.inSpan && line.kind == Line.Kind.PROSE) {
          if (chars.length < line.text.length()) {
            chars = new char[Math.max(line.text.length(), 2 * chars.length)];
          }
          droppedLinkText(line, chars, out);
        }
      }
    }
    for (Line line : lines) {
      emptyCounter(line, out);
    }
    out.sort(java.util.Comparator.comparingInt(d -> lineNumber(d.where())));
    return out;
  }

  private static int lineNumber(String where) {
    int i = where.indexOf(' ');
    int j = where.indexOf('-', i + 1);
    try {
      return Integer.parseInt(where.substring(i + 1, j < 0 ? where.length() : j));
    } catch (RuntimeException e) {
      return 0;
    }
  }

  /**
   * Text in another script standing where a name belongs: a line that is only such text (a masthead), or such text
   * opening a sentence of the capture's script ("海角大神 was founded in 1908"). Quoted or bracketed foreign words,
   * as in "Xi Jinping (习近平)", are names given in their own script, not losses.
   */
  private static void foreignScriptNames(List<Line> lines, List<Diagnostic> out) {
    int letters = 0;
    int nonLatin = 0;
    for (Line line : lines) {
      letters += line.letters;
      nonLatin += line.otherScript;
    }
    if (nonLatin == 0) {
      return; // all Latin: nothing stands out (the common case, decided without looking at a character)
    }
    int[] counts = new int[Character.UnicodeScript.values().length];
    counts[Character.UnicodeScript.LATIN.ordinal()] = letters - nonLatin;
    for (Line line : lines) {
      if (line.otherScript == 0) {
        continue;
      }
      String t = line.text;
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        if (c >= 0x250 && Character.isLetter(c)) {
          counts[script(c).ordinal()]++;
        }
      }
    }
    if (letters == 0) {
      return;
    }
    int main = 0;
    for (int s = 1; s < counts.length; s++) {
      if (counts[s] > counts[main]) {
        main = s;
      }
    }
    if (counts[main] < MIN_MAIN_SCRIPT_SHARE * letters) {
      return;
    }
    Character.UnicodeScript mainScript = Character.UnicodeScript.values()[main];
    for (Line line : lines) {
      if (mainScript == Character.UnicodeScript.LATIN && line.otherScript == 0) {
        continue;
      }
      String t = line.text;
      if (t.isEmpty() || !Character.isLetter(t.charAt(0)) || script(t.charAt(0)) == mainScript) {
        continue;
      }
      Character.UnicodeScript other = script(t.charAt(0));
      int end = 0;
      while (end < t.length() && (Character.isLetter(t.charAt(end)) && script(t.charAt(end)) == other
          || t.charAt(end) == ' ' && end + 1 < t.length() && Character.isLetter(t.charAt(end + 1))
              && script(t.charAt(end + 1)) == other)) {
        end++;
      }
      String run = t.substring(0, end);
      boolean alone = end == t.length();
      boolean subject = !alone && t.charAt(end) == ' ' && end + 1 < t.length()
          && Character.isLowerCase(t.charAt(end + 1)) && script(t.charAt(end + 1)) == mainScript;
      if (alone || subject) {
        String scriptName = other.name().charAt(0) + other.name().substring(1).toLowerCase(Locale.ROOT);
        out.add(new Diagnostic("foreign_script_name",
            "text in another script (" + scriptName + ") stands where a name belongs in "
                + mainName(mainScript) + " text: \"" + run + "\"; the original name is lost",
            line.where()));
      }
    }
  }

  private static String mainName(Character.UnicodeScript s) {
    return s.name().charAt(0) + s.name().substring(1).toLowerCase(Locale.ROOT);
  }

  private static Character.UnicodeScript script(char c) {
    if (c < 0x250) {
      return Character.isLetter(c) ? Character.UnicodeScript.LATIN : Character.UnicodeScript.COMMON;
    }
    return Character.UnicodeScript.of(c);
  }

  /** A line of separators alone just after the headline: the byline and date were there, only "|" is left. */
  private static void emptyBylines(List<Line> lines, int titleIndex, List<Diagnostic> out) {
    for (int i = titleIndex + 1; i < Math.min(lines.size(), titleIndex + 4); i++) {
      Line line = lines.get(i);
      if (isSeparatorOnly(line.text)) {
        out.add(new Diagnostic("empty_byline",
            "the byline/date line after the headline lost its author and date; only \"" + line.text
                + "\" is left",
            line.where()));
        return;
      }
      if (line.kind == Line.Kind.PROSE) {
        return;
      }
    }
  }

  /** "|", "·", "/", "–", "—", "by |": separators with no name or date left around them. */
  static boolean isSeparatorOnly(String t) {
    if (t.isEmpty() || t.length() > 8) {
      return false;
    }
    String rest = t.toLowerCase(Locale.ROOT).replace("by", "");
    boolean separator = false;
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (c == '|' || c == '·' || c == '/' || c == '–' || c == '—' || c == '•' || c == ',') {
        separator = true;
      } else if (!LineReader.isSpace(c)) {
        return false;
      }
    }
    return separator;
  }

  /**
   * "In fact, the suggests he enjoys…": a determiner followed by a word no noun phrase starts with. Reads the
   * line's characters from {@code chars} (a buffer at least as long as the text, reused from line to line): this
   * runs over every character of the content, and array reads are cheaper than {@code charAt}.
   */
  private static void droppedLinkText(Line line, char[] chars, List<Diagnostic> out) {
    String t = line.text;
    int n = t.length();
    t.getChars(0, n, chars, 0);
    int i = 0;
    int determinerStart = -1;
    while (i < n) {
      boolean punctuation = false;
      while (i < n && !isLetter(chars[i])) {
        char c = chars[i];
        if (!punctuation && determinerStart >= 0 && (c == ',' || c == '.' || c == ';' || c == ':')
            && t.regionMatches(true, determinerStart, "the ", 0, 4)) {
          // "According to the , the rules…": the link's words were between "the" and the comma
          out.add(new Diagnostic("dropped_link_text",
              "words seem to be missing (a link's text dropped?): \"" + t.substring(determinerStart, i + 1) + "\"",
              line.where()));
          return;
        }
        // punctuation between the words means they are not one phrase
        punctuation |= !LineReader.isSpace(c);
        i++;
      }
      if (punctuation) {
        determinerStart = -1;
      }
      int start = i;
      while (i < n && (isLetter(chars[i]) || chars[i] == '\'' || chars[i] == '’')) {
        i++;
      }
      if (start == i) {
        break;
      }
      int length = i - start;
      if (determinerStart >= 0 && length <= MAX_CHECKED_WORD && neverAfterDeterminer(t, start, length)) {
        out.add(new Diagnostic("dropped_link_text",
            "words seem to be missing (a link's text dropped?): \"" + t.substring(determinerStart, i) + "\"",
            line.where()));
        return;
      }
      determinerStart = isDeterminer(t, start, length) ? start : -1;
    }
  }

  /** {@link #NEVER_AFTER_DETERMINER} by length, for looking a word up in place (a determiner precedes many words). */
  private static final String[][] NEVER_AFTER_DETERMINER_BY_LENGTH = new String[MAX_CHECKED_WORD + 1][];

  static {
    for (int length = 0; length <= MAX_CHECKED_WORD; length++) {
      int l = length;
      NEVER_AFTER_DETERMINER_BY_LENGTH[length] =
          NEVER_AFTER_DETERMINER.stream().filter(w -> w.length() == l).toArray(String[]::new);
    }
  }

  /** Whether {@code t[start, start + length)} is, in any case, one of {@link #NEVER_AFTER_DETERMINER}. */
  private static boolean neverAfterDeterminer(String t, int start, int length) {
    for (String word : NEVER_AFTER_DETERMINER_BY_LENGTH[length]) {
      if (t.regionMatches(true, start, word, 0, length)) {
        return true;
      }
    }
    return false;
  }

  /** {@link Character#isLetter}, with ASCII (most of every English line) decided without a table lookup. */
  private static boolean isLetter(char c) {
    return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
  }

  /** "the", "a", "an", "its", "their", in any case, without allocating. */
  private static boolean isDeterminer(String t, int start, int length) {
    char c = t.charAt(start);
    char first = (char) (c | 0x20);
    if (c < 128 && first != 'a' && first != 't' && first != 'i') {
      return false; // every determiner starts with one of these: most words are out at their first letter
    }
    switch (length) {
      case 1:
        return t.charAt(start) == 'a' || t.charAt(start) == 'A';
      case 2:
        return t.regionMatches(true, start, "an", 0, 2);
      case 3:
        return t.regionMatches(true, start, "the", 0, 3) || t.regionMatches(true, start, "its", 0, 3);
      case 5:
        return t.regionMatches(true, start, "their", 0, 5);
      default:
        return false;
    }
  }

  /** "You've read  of  free articles": a counter whose numbers were filled in by a script that never ran. */
  private static void emptyCounter(Line line, List<Diagnostic> out) {
    String t = line.text;
    if (t.length() > 200) {
      return;
    }
    int gap = emptySlot(t);
    if (gap < 0) {
      return;
    }
    String key = line.key();
    for (String w : key.split(" ")) {
      if (COUNTER_WORDS.contains(w)) {
        out.add(new Diagnostic("empty_counter",
            "a counter lost its numbers (they were filled in by a script): \"" + t + "\"", line.where()));
        return;
      }
    }
  }

  /**
   * Where a number is missing: two or more spaces between words ("read  of  free"), the slot a script fills.
   * Returns the position, or -1.
   */
  private static int emptySlot(String t) {
    int n = t.length();
    for (int i = 1; i + 2 < n; i++) {
      if (LineReader.isSpace(t.charAt(i)) && LineReader.isSpace(t.charAt(i + 1))
          && Character.isLetter(t.charAt(i - 1))) {
        int j = i + 2;
        while (j < n && LineReader.isSpace(t.charAt(j))) {
          j++;
        }
        // "read  of  free": the word after the gap is followed by another gap, or is "of"/"von"/"de"/"sur"
        if (j + 1 < n && (t.startsWith("of ", j) || t.startsWith("of\u00a0", j) || t.startsWith("von ", j)
            || t.startsWith("de ", j) || t.startsWith("sur ", j))) {
          return i;
        }
      }
    }
    return -1;
  }
}
