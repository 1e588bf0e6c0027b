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
  private static final Pattern SEPARATORS = Pattern.compile("[\\s,|·•/()\\[\\]–—]+");
  private static final Pattern EDGES = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.:]+$");
  private static final Pattern TRAILING_DOTS = Pattern.compile("[.:]+$");

  private DateLines() {}

  /** A line that is a date (and time), possibly with a label such as "Updated" and a separator. */
  public static boolean isDateLine(String text) {
    int dateTokens = 0;
    int otherWords = 0;
    for (String raw : SEPARATORS.split(text.toLowerCase(Locale.ROOT))) {
      String w = EDGES.matcher(raw).replaceAll("");
      if (w.isEmpty()) {
        continue;
      }
      String bare = TRAILING_DOTS.matcher(w).replaceAll("");
      if (DATE_TOKEN.matcher(bare).matches() || DATE_WORDS.contains(bare)) {
        dateTokens++;
      } else if (!FILLER.contains(bare)) {
        otherWords++;
      }
    }
    return dateTokens >= 2 && otherWords <= 1;
  }
}
