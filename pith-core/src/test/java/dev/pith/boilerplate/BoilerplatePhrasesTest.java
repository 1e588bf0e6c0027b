package dev.pith.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The label set answers as the regex alternation it replaced, in every case and with any decoration around. */
class BoilerplatePhrasesTest {
  private static final String LABELS =
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

  /** The regex the set replaced, as it was written. */
  private static final Pattern REGEX = Pattern.compile(
      "^[\\s\\-–—•*|>»›]*+(" + LABELS + ")[\\s.:!…»>›→|*\\-]*+$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Decorations, characters that fold to ASCII letters (Kelvin sign, long s, dotless i) and other casing traps. */
  private static final String[] PIECES = {
    " ", "\t", "\n", "\u000B", "\f", "\r", "-", "–", "—", "•", "*", "|", ">", "»", "›", ".", ":", "!", "…", "→",
    "\u00a0", "x", "s", "\u212a", "\u017f", "\u0131", "\u0130", "ß", "\u1e9e", "\u2126", "ǅ", "'", "é", "É",
    "😀", "1",
  };

  @Test
  void answersAsTheRegex() {
    String[] labels = LABELS.split("\\|");
    List<String> texts = new ArrayList<>();
    Random random = new Random(17);
    for (String label : labels) {
      texts.add(label);
      texts.add(label.toUpperCase(Locale.ROOT));
      texts.add(label.replace('k', '\u212a').replace('s', '\u017f').replace('i', '\u0131'));
      for (int n = 0; n < 30; n++) {
        StringBuilder b = new StringBuilder();
        for (int k = random.nextInt(3); k > 0; k--) {
          b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        for (char c : label.toCharArray()) {
          b.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
        }
        if (random.nextInt(4) == 0) {
          b.setLength(Math.max(0, b.length() - 1)); // a label cut short
        }
        for (int k = random.nextInt(3); k > 0; k--) {
          b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        texts.add(b.toString());
      }
    }
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(6); k > 0; k--) {
        b.append(random.nextInt(3) == 0 ? labels[random.nextInt(labels.length)] : PIECES[random.nextInt(PIECES.length)]);
      }
      texts.add(b.toString());
    }
    int matched = 0;
    for (String t : texts) {
      boolean expected = REGEX.matcher(t).matches();
      assertEquals(expected, BoilerplatePhrases.isLabel(t), () -> "\"" + t + "\" " + t.codePoints()
          .mapToObj(c -> String.format("U+%04X", c)).toList());
      matched += expected ? 1 : 0;
    }
    assertTrue(matched > texts.size() / 10, "too few texts matched to test anything: " + matched);
  }

  @Test
  void judgesShortBlocksOnly() {
    assertTrue(BoilerplatePhrases.matches("  » Read more …"));
    assertTrue(BoilerplatePhrases.matches("WERBUNG"));
    assertTrue(BoilerplatePhrases.matches("Copyright 2024 Example Corp"));
    assertFalse(BoilerplatePhrases.matches("The harbour library opens its new wing to readers"));
    assertFalse(BoilerplatePhrases.matches("share ".repeat(40)));
  }
}
