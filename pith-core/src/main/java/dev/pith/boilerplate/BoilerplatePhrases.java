package dev.pith.boilerplate;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Short texts that are page furniture in any site's template: calls to share, subscribe or read on, ad labels,
 * copyright lines, comment counters. Matched only against short blocks, so that an article discussing
 * subscriptions keeps its paragraphs. The patterns are anchored and free of nested quantifiers: they run in linear
 * time on any input.
 */
final class BoilerplatePhrases {
  /** Blocks longer than this (in characters) are never judged by phrase. */
  static final int MAX_CHARS = 160;

  /**
   * Labels that are the whole block (with any bullets, dashes or arrows around them), in lower case. Looked up in a
   * set: as one regex alternation of them, each block was compared with every label in turn.
   */
  static final String WHOLE_LABELS =
      "advertisement|advertising|anzeige|werbung|publicidad|publicité|pubblicità|reklama"
          + "|reklame|advertentie|ad|ads|sponsored|sponsored content|gesponsert|sponsorisé|patrocinado"
          // share and print
          + "|share|share this|share this article|share this story|tweet|email|e-mail|print|teilen|drucken"
          + "|artikel teilen|beitrag teilen|partager|imprimer|compartir|imprimir|condividi|stampa|compartilhar"
          + "|compartilhe|udostępnij|drukuj|delen|printen|mailen"
          // read on, related, more
          + "|read more|more|continue reading|weiterlesen|mehr|mehr lesen|leer más|lire la suite|lire plus"
          + "|leggi di più|leia mais|czytaj dalej|czytaj więcej|lees meer|verder lezen"
          + "|related|related articles|related stories|related posts|related content|more stories|recommended"
          + "|most read|most popular|trending|top stories|you may also like|you might also like|latest news"
          + "|latest articles|recent posts|popular posts|lesen sie auch|mehr zum thema|das könnte sie auch interessieren"
          + "|neueste artikel|neueste beiträge|aktuelle artikel|ähnliche artikel|weitere artikel|weitere beiträge"
          + "|meistgelesen|beliebte artikel|te puede interesar|noticias relacionadas|artículos relacionados"
          + "|lee también|lea también|ver también|à lire aussi|lire aussi|voir aussi|articles similaires"
          + "|sur le même sujet|leggi anche|articoli correlati|potrebbe interessarti|leia também|veja também"
          + "|notícias relacionadas|zobacz również|zobacz też|czytaj także|czytaj też|lees ook|gerelateerde artikelen"
          // taxonomy, authors, comments
          + "|tags|topics|themen|schlagworte|schlagwörter|stichworte|etiquetas|étiquettes|tag|categories|kategorien"
          + "|about the author|über den autor|über die autorin|sobre el autor|à propos de l'auteur|l'autore"
          + "|comments|comment|kommentare|kommentar|kommentieren|comentarios|comentar|commentaires|commenter"
          + "|commenti|commenta|comentários|komentarze|reacties|leave a comment|leave a reply|post a comment"
          + "|write a comment|kommentar schreiben|schreiben sie einen kommentar"
          // navigation and widgets
          + "|skip to content|skip to main content|back to top|nach oben|zum seitenanfang|retour en haut|menu|menü"
          + "|search|suche|suchen|buscar|rechercher|close|schließen|loading|lade weitere inhalte|mehr laden"
          + "|load more|show more|mehr anzeigen|ver más|voir plus|bild anzeigen|bild anzeigen bild schließen"
          + "|sign up|sign in|log in|login|logout|register|anmelden|registrieren|subscribe|subscribe now"
          + "|abonnieren|newsletter|follow us|folgen sie uns|suivez-nous|síguenos|seguici"
          + "|image|photo|video|watch|listen|audio|gallery|galerie|click here|hier klicken|next|previous|prev"
          + "|zurück|weiter|vorheriger artikel|nächster artikel|previous article|next article|previous post"
          + "|next post|cookie settings|accept cookies|accept all|alle akzeptieren|privacy policy|datenschutz"
          + "|impressum|terms of use|terms of service|contact|kontakt|contact us|all rights reserved"
          + "|thank you for your support|danke für ihre unterstützung";
  private static final Set<String> WHOLE = labels(WHOLE_LABELS);
  /** What may come before a label: {@code \\s} of Java's regexes, dashes, bullets, bars and quotes. */
  private static final String BEFORE_LABEL = " \t\n\u000B\f\r-–—•*|>»›";
  /** What may come after a label: {@code \\s}, stops, ellipses, arrows, bars and dashes. */
  private static final String AFTER_LABEL = " \t\n\u000B\f\r.:!…»>›→|*-";

  /** Openings of template sentences: copyright lines, calls to action, meters, counters. */
  private static final Pattern START = Pattern.compile(
      "^[\\s\\-–—•*|>»›]*+(share\\b|follow us|like us on|sign up (for|to)|subscribe (to|for|now)"
          + "|get (our|the) newsletter|copyright|©|\\(c\\) \\d{4}|all rights reserved|alle rechte vorbehalten"
          + "|todos los derechos|tous droits réservés|tutti i diritti|this (site|website) uses cookies"
          + "|we use cookies|diese website verwendet cookies|wir verwenden cookies|durch die (weitere )?nutzung"
          + "|nous utilisons des cookies|utilizamos cookies|korzystamy z (plików )?cookies"
          + "|read (more|next|also)|click here|related:|see also:|more (on|from|about) |mehr zum thema"
          + "|lesen sie (auch|mehr)|weitere artikel|weitere beiträge|tags:|schlagworte:|schlagwörter:"
          + "|stichworte:|filed (under|in):|posted in |categories:|kategorie:|kategorien:|topics:|themen:"
          + "|loading\\b|you('ve| have) read |you have \\d+ free|to continue reading|already a subscriber"
          + "|subscribe to (continue|read)|become a (member|subscriber)|support (our|independent) journalism"
          + "|jetzt abonnieren|jetzt (lesen|weiterlesen)|abonnieren sie|unterstützen sie|unterstütze "
          + "|advertisement\\b|anzeige\\b|werbung\\b|\\*werbung|\\d+ comments?\\b|\\d+ kommentare?\\b"
          + "|kommentare insgesamt|comments? \\(\\d+\\)|kommentare \\(\\d+\\)"
          + "|(photo|image|picture|foto|bild|fotos?) ?(credit|:|©)|getty images|shutterstock|dpa-bildfunk"
          + "|please enable javascript|javascript (is )?(disabled|required)|your browser does not support"
          + "|verfasst von:|geschrieben von:|posted by |written by )",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private BoilerplatePhrases() {}

  /** True when a short block is template furniture. */
  static boolean matches(String text) {
    if (text.length() > MAX_CHARS) {
      return false;
    }
    String t = text.strip();
    if (isLabel(t)) {
      return true;
    }
    return START.matcher(t.toLowerCase(Locale.ROOT)).lookingAt();
  }

  /**
   * True when {@code t} is one of the {@link #WHOLE} labels with only {@link #BEFORE_LABEL} characters before it
   * and {@link #AFTER_LABEL} characters after it, in any case. Matches as the regex
   * {@code ^[BEFORE]*+(label|label|...)[AFTER]*+$} with {@code CASE_INSENSITIVE | UNICODE_CASE} did: no label
   * starts or ends with one of those characters, so the label is what lies between the two runs, and the regex
   * compared characters by their {@link #fold}.
   */
  static boolean isLabel(String t) {
    int start = 0;
    int end = t.length();
    while (start < end && BEFORE_LABEL.indexOf(t.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && AFTER_LABEL.indexOf(t.charAt(end - 1)) >= 0) {
      end--;
    }
    return end - start <= 2 * LONGEST_LABEL && WHOLE.contains(fold(t, start, end));
  }

  /** Chars in the longest label. */
  private static final int LONGEST_LABEL = WHOLE.stream().mapToInt(String::length).max().orElse(0);

  /** Each code point of {@code t[start, end)} folded as case-insensitive Unicode regexes fold it. */
  private static String fold(String t, int start, int end) {
    StringBuilder folded = new StringBuilder(end - start);
    for (int i = start; i < end; ) {
      int c = t.codePointAt(i);
      folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c)));
      i += Character.charCount(c);
    }
    return folded.toString();
  }

  private static Set<String> labels(String alternatives) {
    Set<String> labels = new HashSet<>();
    for (String label : alternatives.split("\\|")) {
      labels.add(fold(label, 0, label.length()));
    }
    return Set.copyOf(labels);
  }
}
