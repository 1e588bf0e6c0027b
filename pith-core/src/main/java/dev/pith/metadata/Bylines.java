package dev.pith.metadata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns byline text ("By Jane Doe and John Roe, Staff Writers", "Von Max Muster | 20.02.2025") into author names.
 */
final class Bylines {
  private static final Pattern PREFIX = Pattern.compile(
      "^(by|from|von|por|par|di|door|av|autor|autorin|auteur|author|written by|posted by|text|texte|"
          + "reporting by|words by|story by|eingestellt von|geschrieben von|veröffentlicht von|verfasst von|"
          + "publié par|écrit par|escrito por|publicado por|scritto da|pubblicato da|de)\\s*[:\\-]?\\s+",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Separators between names; the parts are trimmed afterwards (no {@code \\s*} here: it would be quadratic). */
  private static final Pattern SEPARATORS = Pattern.compile(
      ",|;|&|\\band\\b|\\bund\\b|\\by\\b|\\bet\\b|\\be\\b|\\bi\\b|\\|", Pattern.UNICODE_CASE);
  /** Words that end the names part of a byline. */
  private static final Pattern TAIL = Pattern.compile(
      "(?:[|•·–—]|\\bupdated\\b|\\bpublished\\b|\\bposted\\b|\\bon\\s\\w{1,9}day\\b|\\d{1,2}[./]\\d{1,2}|\\d{4}"
          // relative times and dates after the name: "2 hours ago", "vor 3 Stunden", "před 2 hodinami", "March 11"
          + "|\\b\\d{1,3}\\s+(?:min|mins|minutes?|hours?|hrs?|days?|weeks?|stunden?|tagen?|minuten?|hodin\\w*"
          + "|minut\\w*|dn\\w*|heures?|jours?|horas?|días?)\\b|\\b(?:vor|před|il y a|hace|há|temu|ago)\\b"
          + "|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b"
          + "|\\b\\d{1,2}\\.?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b).*$",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Set<String> NOT_NAMES = Set.of(
      "staff", "staff writer", "staff writers", "editor", "editors", "correspondent", "reporter", "admin",
      "administrator", "redaktion", "the associated press", "associated press", "reuters", "afp", "dpa",
      "contributor", "guest", "anonymous", "unknown", "getty images", "ap",
      // labels: the byline's element holds its label, the name is elsewhere
      "author", "authors", "autor", "autorin", "autoren", "auteur", "auteurs", "autore", "autori", "written by");
  /** A last word that is a label's ("Veröffentlicht am", "Posted on"): no name follows in this text. */
  private static final Set<String> LABEL_ENDINGS = Set.of("am", "on", "by", "von", "par", "por", "at", "um", "le");

  private Bylines() {}

  /** Names in one byline, in order, without duplicates. */
  static List<String> names(String byline) {
    String text = byline.replace('\u00a0', ' ').strip();
    if (text.isEmpty() || text.length() > 200) {
      return List.of();
    }
    text = PREFIX.matcher(text).replaceFirst("");
    text = TAIL.matcher(text).replaceFirst("").strip();
    Set<String> out = new LinkedHashSet<>();
    for (String part : SEPARATORS.split(text)) {
      String name = part.strip();
      name = trimTrailingDashes(PREFIX.matcher(name).replaceFirst("").strip());
      if (isName(name)) {
        out.add(name);
      }
    }
    return new ArrayList<>(out);
  }

  /** "Jane Doe -": a separator left over where the date after the name was cut. */
  private static String trimTrailingDashes(String name) {
    int end = name.length();
    while (end > 0 && (Character.isWhitespace(name.charAt(end - 1)) || "-–—:".indexOf(name.charAt(end - 1)) >= 0)) {
      end--;
    }
    return name.substring(0, end);
  }

  /** A plausible person's name: one to five words, letters, no URL or e-mail. */
  static boolean isName(String s) {
    if (s.length() < 3 || s.length() > 60 || s.contains("@") || s.contains("://") || s.contains("www.")) {
      return false;
    }
    if (NOT_NAMES.contains(s.toLowerCase(Locale.ROOT))) {
      return false;
    }
    String[] parts = s.split("\\s+");
    int words = parts.length;
    if (words > 5 || words > 1 && LABEL_ENDINGS.contains(parts[words - 1].toLowerCase(Locale.ROOT))) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        letters++;
      }
    }
    return letters >= s.length() * 0.6;
  }
}
