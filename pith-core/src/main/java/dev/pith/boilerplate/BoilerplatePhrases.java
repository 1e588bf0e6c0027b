package dev.pith.boilerplate;

import java.util.Locale;
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

  /** Labels that are the whole block (with any bullets, dashes or arrows around them). */
  private static final Pattern WHOLE = Pattern.compile(
      "^[\\s\\-–—•*|>»›]*+(advertisement|advertising|anzeige|werbung|publicidad|publicité|pubblicità|reklama"
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
          + "|thank you for your support|danke für ihre unterstützung)[\\s.:!…»>›→|*\\-]*+$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

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
    if (WHOLE.matcher(t).matches()) {
      return true;
    }
    return START.matcher(t.toLowerCase(Locale.ROOT)).lookingAt();
  }
}
