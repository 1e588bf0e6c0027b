package dev.pith.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises lines that are a date (and time), possibly with a label such as "Updated" or "Datum:" and a
 * separator: "| November 18, 2019 12:26 PM EST", "Datum: 03.11.2021", "Pressemitteilung vom 25. Januar 2022".
 * Token-based, in linear time.
 */
public final class DateLines {
  private static final Pattern DATE_TOKEN = Pattern.compile(
      "\\d{1,4}([./-]\\d{1,2}([./-]\\d{2,4})?)?|\\d{1,2}:\\d{2}(:\\d{2})?");
  private static final Set<String> DATE_WORDS = Set.of(
      "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul",
      "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec",
      "december", "januar", "februar", "märz", "juni", "juli", "oktober", "dezember", "janvier", "février",
      "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
      "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
      "noviembre", "diciembre", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre",
      "ottobre", "dicembre", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "mon", "tue", "wed", "thu", "fri", "sat", "sun", "montag", "dienstag", "mittwoch", "donnerstag",
      "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
      "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo");
  private static final Set<String> FILLER = Set.of(
      "am", "pm", "a.m", "p.m", "est", "edt", "cst", "cdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest",
      "ist", "et", "pt", "updated", "update", "published", "posted", "on", "at", "de", "del", "le", "um", "uhr",
      "stand", "aktualisiert", "veröffentlicht", "publié", "publicado", "actualizado", "mis", "à", "jour",
      "last", "modified", "created", "date", "time", "ago", "hours", "hour", "minutes", "min", "mins", "days",
      "day", "yesterday", "today", "the", "of", "st", "nd", "rd", "th", "und", "y", "h", "a", "e", "datum",
      "vom", "from", "dated", "fecha", "data");
  private DateLines() {}

  /** A line that is a date (and time), possibly with a label such as "Updated" and a separator. */
  public static boolean isDateLine(String text) {
    int n = text.length();
    boolean digit = false;
    for (int i = 0; i < n && !digit; i++) {
      digit = Character.isDigit(text.charAt(i));
    }
    if (!digit) {
      return false; // every date line has a day or a year
    }
    int dateTokens = 0;
    int otherWords = 0;
    String lower = text.toLowerCase(Locale.ROOT);
    int i = 0;
    while (i < n) {
      // a word runs to the next separator: whitespace , | · • / ( ) [ ] – —
      while (i < n && isSeparator(lower.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isSeparator(lower.charAt(i))) {
        i++;
      }
      if (start == i) {
        break;
      }
      String w = trim(lower, start, i);
      if (w.isEmpty()) {
        continue;
      }
      if (DATE_TOKEN.matcher(w).matches()) {
        // a full numeric date (17.01.2021, 2021-10-16) is day, month and year at once
        dateTokens += isFullNumericDate(w) ? 2 : 1;
      } else if (DATE_WORDS.contains(w)) {
        dateTokens++;
      } else if (!FILLER.contains(w)) {
        otherWords++;
        if (otherWords > 1) {
          return false;
        }
      }
    }
    return dateTokens >= 2 && otherWords <= 1;
  }

  /** Most parts a line is split into by {@link #datePart}. */
  private static final int MAX_PARTS = 8;
  /** Longest part (in words) beside the date in {@link #datePart}: a label, a name, a category. */
  private static final int MAX_OTHER_WORDS = 4;

  /**
   * The date in a short meta line that also names a category, place or author in parts of its own, split at
   * bars, bullets, commas and spaced dashes: "01. November 2021 | Naturschutz, BUND", "Handball Schweiz •
   * 02.02.2022", "1. Februar 2022, Daniel Dillenburg". The longest run of parts that is a date line, when every
   * other part is short; null otherwise.
   */
  public static @org.jspecify.annotations.Nullable String datePart(String text) {
    java.util.List<String> parts = new java.util.ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean bar = c == '|' || c == '•' || c == '·';
      boolean comma = c == ',' && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1)));
      boolean dash = (c == '-' || c == '–' || c == '—') && i > 0 && Character.isWhitespace(text.charAt(i - 1))
          && i + 1 < n && Character.isWhitespace(text.charAt(i + 1));
      if (bar || comma || dash) {
        parts.add(text.substring(start, i).strip());
        start = i + 1;
        if (parts.size() > MAX_PARTS) {
          return null;
        }
      }
    }
    parts.add(text.substring(start).strip());
    parts.removeIf(String::isEmpty);
    if (parts.size() < 2) {
      return null;
    }
    String best = null;
    int bestFrom = 0;
    int bestTo = 0;
    for (int from = 0; from < parts.size(); from++) {
      for (int to = from + 1; to <= parts.size(); to++) {
        if (from == 0 && to == parts.size()) {
          continue; // the whole line was tried by the caller
        }
        String run = String.join(", ", parts.subList(from, to));
        if ((best == null || run.length() > best.length()) && isDateLine(run)) {
          best = run;
          bestFrom = from;
          bestTo = to;
        }
      }
    }
    if (best == null) {
      return null;
    }
    for (int i = 0; i < parts.size(); i++) {
      if ((i < bestFrom || i >= bestTo) && parts.get(i).split("\\s+").length > MAX_OTHER_WORDS) {
        return null;
      }
    }
    return best;
  }

  private static boolean isFullNumericDate(String w) {
    int separators = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c == '.' || c == '-' || c == '/') {
        separators++;
      }
    }
    return separators == 2;
  }

  private static boolean isSeparator(char c) {
    return Character.isWhitespace(c) || c == ',' || c == '|' || c == '·' || c == '•' || c == '/' || c == '('
        || c == ')' || c == '[' || c == ']' || c == '–' || c == '—' || c == '\u00a0';
  }

  /** The word without leading non-alphanumerics and trailing punctuation (keeping "12:30" and "3." whole). */
  private static String trim(String s, int start, int end) {
    while (start < end && !Character.isLetterOrDigit(s.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }
}
