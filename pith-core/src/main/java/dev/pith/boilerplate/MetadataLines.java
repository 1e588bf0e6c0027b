package dev.pith.boilerplate;

import dev.pith.html.ElementHints;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Recognises the short lines that carry an article's metadata rather than its content: date lines ("Updated
 * 12:26 PM EST, Nov 18, 2019"), bylines ("By Jane Doe"), and short blocks the page itself marks as byline, date or
 * author. They belong in the metadata, which reads them from the markup.
 */
final class MetadataLines {
  /** Metadata lines are short. */
  static final int MAX_CHARS = 100;

  private static final Pattern BYLINE = Pattern.compile(
      "(by|von|por|par|di|door|av|från|przez|автор|written by|posted by|published by|words by|reporting by)"
          + "[:\\s]+\\p{Lu}[\\p{L}.'’-]*(\\s+\\p{Lu}?[\\p{L}.'’-]*){0,5}"
          + "([,|·•/–—-].{0,60})?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
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
      "day", "yesterday", "today", "the", "of", "st", "nd", "rd", "th", "und", "y", "h", "a", "e");
  private static final Set<String> MARKED = Set.of(
      "byline", "bylines", "author", "authors", "dateline", "date", "time", "timestamp", "published",
      "pubdate", "posted", "meta", "postmeta", "entrymeta", "articlemeta", "info", "credits", "writer");

  private MetadataLines() {}

  /** True when {@code text} (a short block) is a date line, a byline, or marked by the page as one. */
  static boolean isMetadataLine(String text, Element element) {
    if (text.length() > MAX_CHARS || text.indexOf('\n') >= 0 && text.length() > 60) {
      return false;
    }
    String t = text.strip();
    return isDateLine(t) || BYLINE.matcher(t).matches() || isMarked(element) && !endsSentence(t);
  }

  /** A line that is a date (and time), possibly with a label such as "Updated" and a separator. */
  static boolean isDateLine(String text) {
    int dateTokens = 0;
    int otherWords = 0;
    for (String raw : text.toLowerCase(Locale.ROOT).split("[\\s,|·•/()\\[\\]–—]+")) {
      String w = raw.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.:]+$", "");
      if (w.isEmpty()) {
        continue;
      }
      String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
      if (DATE_TOKEN.matcher(bare).matches() || DATE_WORDS.contains(bare)) {
        dateTokens++;
      } else if (!FILLER.contains(bare)) {
        otherWords++;
      }
    }
    return dateTokens >= 2 && otherWords <= 1;
  }

  private static boolean isMarked(Element element) {
    for (Element e = element; e != null && e != element.parent().parent(); e = e.parent()) {
      for (String w : ElementHints.of(e).words()) {
        if (MARKED.contains(w)) {
          return true;
        }
      }
      if (e.parent() == null) {
        break;
      }
    }
    return false;
  }

  private static boolean endsSentence(String t) {
    return t.length() > 40 && (t.endsWith(".") || t.endsWith("!") || t.endsWith("?"));
  }
}
