package dev.pith.metadata;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the dates pages write (ISO-8601, RFC 1123, {@code 20 February 2025}, {@code February 20, 2025},
 * {@code 20.02.2025}, {@code 2025/02/20}, in several languages) and gives them back as ISO-8601: the date-time when
 * the source has an offset, else the date. Years outside 1990..2100 are refused: they are version numbers or
 * typos far more often than dates of web pages.
 */
final class Dates {
  private static final int MIN_YEAR = 1990;
  private static final int MAX_YEAR = 2100;

  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?\\s?(Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final Pattern SLASHED_YMD = Pattern.compile("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})");
  private static final Pattern DOTTED_DMY = Pattern.compile("(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})");
  /** {@code 31.10.23}: German and Swiss bylines write two-digit years, always with two-digit day and month. */
  private static final Pattern DOTTED_DMY_SHORT = Pattern.compile("(?<![\\d.])(\\d{2})\\.(\\d{2})\\.(\\d{2})(?![\\d.])");
  private static final Pattern SLASHED_MDY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?!\\d)");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(\\d{1,2})(?:st|nd|rd|th|er|\\.|º)?(?:\\s+de)?\\s+([\\p{L}]{3,12})\\.?(?:\\s+de)?,?\\s+(\\d{4})");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "([\\p{L}]{3,12})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");

  /** Always with seconds, so that equal instants print equally: {@code 2025-03-14T08:30:00Z}. */
  private static final DateTimeFormatter ISO_OUT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private static final Map<String, Integer> MONTHS = new HashMap<>();

  static {
    String[][] names = {
      {"january", "jan", "januar", "jänner", "janvier", "enero", "gennaio", "janeiro", "styczeń", "stycznia", "januari"},
      {"february", "feb", "februar", "février", "fevrier", "febrero", "febbraio", "fevereiro", "luty", "lutego", "februari"},
      {"march", "mar", "märz", "maerz", "mars", "marzo", "março", "marco", "marzec", "marca", "maart"},
      {"april", "apr", "avril", "abril", "aprile", "kwiecień", "kwietnia"},
      {"may", "mai", "mayo", "maggio", "maio", "maj", "maja", "mei"},
      {"june", "jun", "juni", "juin", "junio", "giugno", "junho", "czerwiec", "czerwca"},
      {"july", "jul", "juli", "juillet", "julio", "luglio", "julho", "lipiec", "lipca"},
      {"august", "aug", "août", "aout", "agosto", "sierpień", "sierpnia", "augustus"},
      {"september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro", "wrzesień", "września"},
      {"october", "oct", "oktober", "octobre", "octubre", "ottobre", "outubro", "październik", "października", "okt"},
      {"november", "nov", "novembre", "noviembre", "novembro", "listopad", "listopada"},
      {"december", "dec", "dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro", "grudzień", "grudnia", "dez"},
    };
    // Russian (genitive, as dates write them, and nominative) and Ukrainian (genitive)
    String[][] cyrillic = {
      {"января", "январь", "січня"}, {"февраля", "февраль", "лютого"}, {"марта", "март", "березня"},
      {"апреля", "апрель", "квітня"}, {"мая", "май", "травня"}, {"июня", "июнь", "червня"},
      {"июля", "июль", "липня"}, {"августа", "август", "серпня"}, {"сентября", "сентябрь", "вересня"},
      {"октября", "октябрь", "жовтня"}, {"ноября", "ноябрь", "листопада"}, {"декабря", "декабрь", "грудня"},
    };
    for (int m = 0; m < cyrillic.length; m++) {
      for (String name : cyrillic[m]) {
        MONTHS.put(name, m + 1);
      }
    }
    for (int m = 0; m < names.length; m++) {
      for (String name : names[m]) {
        MONTHS.put(name, m + 1);
      }
    }
  }

  private Dates() {}

  /** The ISO-8601 form of the first date in {@code text}, or null. */
  static @Nullable String parse(@Nullable String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip();
    if (t.isEmpty() || t.length() > 200) {
      return null;
    }
    Matcher m = ISO.matcher(t);
    if (m.find()) {
      String date = date(m.group(1), m.group(2), m.group(3));
      if (date != null) {
        if (m.group(4) != null && m.group(7) != null) {
          String full = fullDateTime(m.group(0));
          if (full != null) {
            return full;
          }
        }
        return date;
      }
    }
    if (isRfc1123(t)) {
      try {
        ZonedDateTime rfc = ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME);
        return inRange(rfc.getYear()) ? ISO_OUT.format(rfc.toOffsetDateTime()) : null;
      } catch (DateTimeParseException invalid) {
        // the form of RFC 1123 with impossible values ("Mon, 31 Feb 2025 ..."): try the textual forms
      }
    }
    String lower = t.toLowerCase(Locale.ROOT);
    m = DAY_MONTH_YEAR.matcher(lower);
    if (m.find()) {
      Integer month = MONTHS.get(m.group(2));
      if (month != null) {
        String d = date(m.group(3), month.toString(), m.group(1));
        if (d != null) {
          return d;
        }
      }
    }
    m = MONTH_DAY_YEAR.matcher(lower);
    if (m.find()) {
      Integer month = MONTHS.get(m.group(1));
      if (month != null) {
        String d = date(m.group(3), month.toString(), m.group(2));
        if (d != null) {
          return d;
        }
      }
    }
    m = SLASHED_YMD.matcher(t);
    if (m.find()) {
      String d = date(m.group(1), m.group(2), m.group(3));
      if (d != null) {
        return d;
      }
    }
    m = DOTTED_DMY.matcher(t);
    if (m.find()) {
      String d = date(m.group(3), m.group(2), m.group(1));
      if (d != null) {
        return d;
      }
    }
    m = DOTTED_DMY_SHORT.matcher(t);
    if (m.find()) {
      String d = date("20" + m.group(3), m.group(2), m.group(1));
      if (d != null) {
        return d;
      }
    }
    m = SLASHED_MDY.matcher(t);
    if (m.find()) {
      // US order first; if the month is impossible, the day came first
      String d = date(m.group(3), m.group(1), m.group(2));
      if (d == null) {
        d = date(m.group(3), m.group(2), m.group(1));
      }
      if (d != null) {
        return d;
      }
    }
    m = COMPACT.matcher(t);
    if (m.find() && t.length() <= 20) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    return null;
  }

  /**
   * Whether {@code t} has the form of an RFC 1123 date ("Tue, 3 Jun 2008 11:05:30 GMT"), checked without the
   * exception that parsing throws for every other text (most texts here are not dates of that form).
   */
  private static boolean isRfc1123(String t) {
    ParsePosition position = new ParsePosition(0);
    return DateTimeFormatter.RFC_1123_DATE_TIME.parseUnresolved(t, position) != null
        && position.getErrorIndex() < 0 && position.getIndex() == t.length();
  }

  /** {@code yyyy-mm-dd} when the parts make a real date in range, else null. */
  static @Nullable String date(String year, String month, String day) {
    try {
      int y = Integer.parseInt(year);
      if (!inRange(y)) {
        return null;
      }
      return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)).toString();
    } catch (NumberFormatException | DateTimeException invalid) {
      return null;
    }
  }

  /** A zone offset without its colon at the end of a date-time; compiled once, not on every call. */
  private static final Pattern NUMERIC_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");

  private static @Nullable String fullDateTime(String iso) {
    String s = iso.replace(' ', 'T');
    // +0100 → +01:00, as OffsetDateTime wants
    s = NUMERIC_OFFSET.matcher(s).replaceFirst("$1:$2");
    try {
      OffsetDateTime t = OffsetDateTime.parse(s);
      return inRange(t.getYear()) ? ISO_OUT.format(t) : null;
    } catch (DateTimeParseException invalid) {
      return null;
    }
  }

  private static boolean inRange(int year) {
    return year >= MIN_YEAR && year <= MAX_YEAR;
  }
}
