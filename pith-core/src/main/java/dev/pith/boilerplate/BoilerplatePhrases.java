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

  private static final Pattern WHOLE = Pattern.compile(
      "^(advertisement|advertising|anzeige|werbung|publicidad|publicité|pubblicità|reklama|ad|ads|sponsored"
          + "|sponsored content|share|share this|share this article|share this story|tweet|email|print"
          + "|read more|more|continue reading|weiterlesen|mehr|leer más|lire la suite|lire plus|leggi di più"
          + "|related|related articles|related stories|related posts|related content|more stories|recommended"
          + "|most read|most popular|trending|top stories|you may also like|you might also like"
          + "|lesen sie auch|mehr zum thema|das könnte sie auch interessieren|te puede interesar"
          + "|à lire aussi|lire aussi|leggi anche|ver también|tags|topics|themen|schlagwörter|etiquetas"
          + "|comments|kommentare|comentarios|commentaires|commenti|leave a comment|leave a reply"
          + "|skip to content|skip to main content|back to top|nach oben|menu|search|close|loading"
          + "|sign up|sign in|log in|login|register|subscribe|subscribe now|newsletter|follow us"
          + "|image|photo|video|watch|listen|audio|gallery|click here|next|previous|prev|zurück|weiter"
          + "|cookie settings|accept cookies|accept all|privacy policy|terms of use|terms of service"
          + "|all rights reserved)[\\s.:!…»>›→|]*+$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern START = Pattern.compile(
      "^(share\\b|follow us|like us on|sign up (for|to)|subscribe (to|for|now)|get (our|the) newsletter"
          + "|copyright|©|\\(c\\) \\d{4}|all rights reserved|alle rechte vorbehalten|todos los derechos"
          + "|tous droits réservés|tutti i diritti|this (site|website) uses cookies|we use cookies"
          + "|diese website verwendet cookies|read (more|next|also)|click here|related:|see also:"
          + "|more (on|from|about) |mehr zum thema|lesen sie (auch|mehr)|weitere artikel|tags:|schlagwörter:"
          + "|filed (under|in):|posted in |categories:|kategorie:|topics:|themen:|loading\\b"
          + "|you('ve| have) read |you have \\d+ free|to continue reading|already a subscriber"
          + "|subscribe to (continue|read)|become a (member|subscriber)|support (our|independent) journalism"
          + "|advertisement\\b|anzeige\\b|werbung\\b|\\d+ comments?\\b|\\d+ kommentare?\\b"
          + "|(photo|image|picture|foto|bild) ?(credit|:|©)|getty images|shutterstock"
          + "|please enable javascript|javascript (is )?(disabled|required)|your browser does not support)",
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
