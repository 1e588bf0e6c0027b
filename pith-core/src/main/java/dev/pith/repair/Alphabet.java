package dev.pith.repair;

import org.jspecify.annotations.Nullable;

/** The alphabets that repair has word data for ({@link LetterTrigrams}, {@link Lexicon}), by their language's code. */
enum Alphabet {
  RU("ru"),
  EL("el"),
  AR("ar");

  final String language;

  Alphabet(String language) {
    this.language = language;
  }

  /** The alphabet of {@code cp} (Cyrillic as Russian), or null when repair has no word data for it. */
  static @Nullable Alphabet of(int cp) {
    Character.UnicodeScript script;
    try {
      script = Character.UnicodeScript.of(cp);
    } catch (IllegalArgumentException e) {
      return null;
    }
    switch (script) {
      case CYRILLIC:
        return RU;
      case GREEK:
        return EL;
      case ARABIC:
        return AR;
      default:
        return null;
    }
  }
}
