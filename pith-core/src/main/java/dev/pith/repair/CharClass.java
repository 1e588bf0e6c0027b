package dev.pith.repair;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;

/** Coarse character classes for the plausibility model, one byte per BMP code point, computed once from ICU. */
final class CharClass {
  static final byte ASCII_LOWER = 0;
  static final byte ASCII_UPPER = 1;
  static final byte DIGIT = 2;
  static final byte SPACE = 3;
  static final byte NEWLINE = 4;
  static final byte ASCII_PUNCT = 5;
  static final byte ASCII_SYMBOL = 6;
  static final byte LATIN_LOWER = 7;
  static final byte LATIN_UPPER = 8;
  static final byte CYRILLIC_LOWER = 9;
  static final byte CYRILLIC_UPPER = 10;
  static final byte GREEK_LOWER = 11;
  static final byte GREEK_UPPER = 12;
  static final byte ARABIC = 13;
  static final byte HEBREW = 14;
  /** Letters of scripts that are common on the web but need no finer model: Thai, Devanagari, Armenian, ... */
  static final byte OTHER_LETTER = 15;
  /** Letters almost never met in web text, and exactly what wrong fixes produce: NKo, Syriac, IPA, archaic forms. */
  static final byte RARE_LETTER = 16;
  static final byte HAN = 17;
  static final byte HIRAGANA = 18;
  static final byte KATAKANA = 19;
  static final byte HALFWIDTH_KANA = 20;
  static final byte HANGUL = 21;
  static final byte HANGUL_JAMO = 22;
  static final byte CJK_PUNCT = 23;
  static final byte FULLWIDTH_ALNUM = 24;
  static final byte GENERAL_PUNCT = 25;
  static final byte LATIN1_PUNCT = 26;
  static final byte SYMBOL = 27;
  static final byte BOX = 28;
  static final byte EMOJI = 29;
  static final byte MODIFIER = 30;
  static final byte CONTROL = 31;
  static final byte PRIVATE_USE = 32;
  static final byte REPLACEMENT = 33;
  static final byte INVALID = 34;
  /** Combining diacritics: real in decomposed text, rare on the web, and a typical product of wrong repairs. */
  static final byte COMBINING = 35;
  static final int COUNT = 36;

  private static final byte[] BMP = build();
  /** Plane 1 (emoji, historic scripts, symbols), table-driven too: guessed emoji are classified often. */
  private static final byte[] PLANE1 = buildPlane1();

  private CharClass() {}

  static byte of(int cp) {
    if (cp < 0x10000) {
      return BMP[cp];
    }
    if (cp < 0x20000) {
      return PLANE1[cp - 0x10000];
    }
    return supplementary(cp);
  }

  private static byte[] buildPlane1() {
    byte[] t = new byte[0x10000];
    for (int i = 0; i < t.length; i++) {
      t[i] = supplementary(0x10000 + i);
    }
    return t;
  }

  /** The letter group for script-mixing checks, or -1 for non-letters. */
  /** {@link #script} of Hangul syllables and jamo. */
  static final int HANGUL_SCRIPT = 9;

  static int script(byte cls) {
    switch (cls) {
      case ASCII_LOWER:
      case ASCII_UPPER:
      case LATIN_LOWER:
      case LATIN_UPPER:
        return 0;
      case CYRILLIC_LOWER:
      case CYRILLIC_UPPER:
        return 1;
      case GREEK_LOWER:
      case GREEK_UPPER:
        return 2;
      case ARABIC:
        return 3;
      case HEBREW:
        return 4;
      case OTHER_LETTER:
        return 5;
      case RARE_LETTER:
        return 6;
      case HAN:
      case HIRAGANA:
      case KATAKANA:
        return 7;
      case HALFWIDTH_KANA:
        return 8;
      case HANGUL:
      case HANGUL_JAMO:
        return HANGUL_SCRIPT;
      default:
        return -1;
    }
  }

  static boolean isLetter(byte cls) {
    return script(cls) >= 0;
  }

  static boolean isUpper(byte cls) {
    return cls == ASCII_UPPER || cls == LATIN_UPPER || cls == CYRILLIC_UPPER || cls == GREEK_UPPER;
  }

  static boolean isLower(byte cls) {
    return cls == ASCII_LOWER || cls == LATIN_LOWER || cls == CYRILLIC_LOWER || cls == GREEK_LOWER;
  }

  private static byte supplementary(int cp) {
    if (cp >= 0x1FB00 && cp <= 0x1FBFF) {
      return Character.isDefined(cp) ? SYMBOL : INVALID; // symbols for legacy computing
    }
    if (cp >= 0x1F000 && cp <= 0x1FAFF) {
      if (cp >= 0x1F3FB && cp <= 0x1F3FF) {
        return MODIFIER; // skin tones
      }
      return Character.isDefined(cp) ? EMOJI : INVALID;
    }
    if (cp >= 0x20000 && cp <= 0x3FFFF) {
      return Character.isDefined(cp) ? HAN : INVALID;
    }
    if (cp >= 0xE0000 && cp <= 0xE007F) {
      return MODIFIER; // tags (flag sequences)
    }
    if (cp >= 0xF0000) {
      return PRIVATE_USE;
    }
    if (!Character.isDefined(cp)) {
      return INVALID;
    }
    if (Character.isLetter(cp)) {
      return RARE_LETTER;
    }
    return SYMBOL;
  }

  private static byte[] build() {
    byte[] t = new byte[0x10000];
    for (int cp = 0; cp < 0x10000; cp++) {
      t[cp] = classify(cp);
    }
    return t;
  }

  private static byte classify(int cp) {
    if (cp < 0x80) {
      if (cp >= 'a' && cp <= 'z') {
        return ASCII_LOWER;
      }
      if (cp >= 'A' && cp <= 'Z') {
        return ASCII_UPPER;
      }
      if (cp >= '0' && cp <= '9') {
        return DIGIT;
      }
      if (cp == ' ' || cp == '\t') {
        return SPACE;
      }
      if (cp == '\n' || cp == '\r') {
        return NEWLINE;
      }
      if (cp < 0x20 || cp == 0x7F) {
        return CONTROL;
      }
      return ".,;:!?'\"()-".indexOf(cp) >= 0 ? ASCII_PUNCT : ASCII_SYMBOL;
    }
    if (cp < 0xA0) {
      return CONTROL;
    }
    if (cp == 0xFFFD) {
      return REPLACEMENT;
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) {
      return INVALID;
    }
    if (cp >= 0xE000 && cp <= 0xF8FF) {
      return PRIVATE_USE;
    }
    int type = Character.getType(cp);
    if (type == Character.UNASSIGNED || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE) {
      return INVALID;
    }
    if (cp >= 0xFE00 && cp <= 0xFE0F || cp == 0x200D || cp == 0x20E3) {
      return MODIFIER;
    }
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK) {
      int script = UScript.getScript(cp);
      if (script == UScript.INHERITED || script == UScript.COMMON) {
        return COMBINING;
      }
    }
    if (cp >= 0xFF61 && cp <= 0xFF9F) {
      return HALFWIDTH_KANA;
    }
    if (cp >= 0xFF01 && cp <= 0xFF5E) {
      return Character.isLetterOrDigit(cp) ? FULLWIDTH_ALNUM : CJK_PUNCT;
    }
    if (cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF5F && cp <= 0xFF60 || cp >= 0xFE30 && cp <= 0xFE4F) {
      return CJK_PUNCT;
    }
    if (cp >= 0x2500 && cp <= 0x25FF) {
      return BOX;
    }
    if (cp >= 0x2600 && cp <= 0x27BF || cp >= 0x2B00 && cp <= 0x2BFF) {
      return EMOJI;
    }
    if (cp >= 0x2000 && cp <= 0x206F) {
      return GENERAL_PUNCT;
    }
    if (cp == 0xA0 || cp == 0xAD || cp == 0xA1 || cp == 0xBF || cp == 0xAB || cp == 0xBB || cp == 0xB7
        || cp == 0xA7 || cp == 0xB6) {
      return LATIN1_PUNCT;
    }
    int script = UScript.getScript(cp);
    boolean letter = Character.isLetter(cp) || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
    if (letter) {
      switch (script) {
        case UScript.LATIN:
          if (cp >= 0x0250 && cp <= 0x02AF || cp >= 0x1D00 && cp <= 0x1DBF || cp >= 0xA720 && cp <= 0xA7FF
              || cp >= 0xAB30 && cp <= 0xAB6F || cp >= 0xFB00 && cp <= 0xFB06 || cp >= 0x2C60 && cp <= 0x2C7F) {
            return RARE_LETTER;
          }
          if (cp >= 0x0180 && cp <= 0x024F && !commonLatinExtendedB(cp)) {
            return RARE_LETTER;
          }
          if (cp >= 0xFF00) {
            return FULLWIDTH_ALNUM;
          }
          return UCharacter.isUUppercase(cp) || Character.isTitleCase(cp) ? LATIN_UPPER : LATIN_LOWER;
        case UScript.CYRILLIC:
          if (cp > 0x045F && cp != 0x0490 && cp != 0x0491) {
            return RARE_LETTER; // archaic Cyrillic and the letters of smaller languages (Ґ ґ are Ukrainian)
          }
          return Character.isUpperCase(cp) ? CYRILLIC_UPPER : CYRILLIC_LOWER;
        case UScript.GREEK:
          if (cp < 0x0386 || cp > 0x03CE) {
            return RARE_LETTER; // Coptic, archaic and polytonic forms
          }
          return Character.isUpperCase(cp) ? GREEK_UPPER : GREEK_LOWER;
        case UScript.ARABIC:
          return cp <= 0x06FF ? ARABIC : RARE_LETTER;
        case UScript.HEBREW:
          return cp <= 0x05FF ? HEBREW : RARE_LETTER;
        case UScript.HAN:
          return HAN;
        case UScript.HIRAGANA:
          return HIRAGANA;
        case UScript.KATAKANA:
          return cp >= 0x30A0 && cp <= 0x30FF ? KATAKANA : RARE_LETTER;
        case UScript.HANGUL:
          return cp >= 0xAC00 && cp <= 0xD7A3 ? HANGUL : HANGUL_JAMO;
        case UScript.THAI:
        case UScript.DEVANAGARI:
        case UScript.BENGALI:
        case UScript.TAMIL:
        case UScript.TELUGU:
        case UScript.KANNADA:
        case UScript.MALAYALAM:
        case UScript.GUJARATI:
        case UScript.GURMUKHI:
        case UScript.ARMENIAN:
        case UScript.GEORGIAN:
        case UScript.SINHALA:
        case UScript.KHMER:
        case UScript.LAO:
        case UScript.MYANMAR:
        case UScript.ETHIOPIC:
          return OTHER_LETTER;
        case UScript.COMMON:
          if (cp == 0x30FC) {
            return KATAKANA; // prolonged sound mark
          }
          return MODIFIER;
        default:
          return RARE_LETTER;
      }
    }
    if (Character.isDigit(cp)) {
      return script == UScript.COMMON || script == UScript.ARABIC ? OTHER_LETTER : RARE_LETTER;
    }
    if (type == Character.CONTROL || type == Character.FORMAT) {
      return cp == 0x200B || cp == 0x200C || cp == 0x200E || cp == 0x200F || cp == 0xFEFF ? GENERAL_PUNCT : CONTROL;
    }
    if (type == Character.SPACE_SEPARATOR) {
      return GENERAL_PUNCT;
    }
    if (script == UScript.ARABIC) {
      return ARABIC; // Arabic punctuation and marks
    }
    if (script == UScript.HEBREW) {
      return HEBREW;
    }
    if (script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA) {
      return CJK_PUNCT;
    }
    return SYMBOL;
  }

  /** Latin Extended-B letters in use by living languages (Romanian, Croatian, Vietnamese, Pinyin, African Latin). */
  private static boolean commonLatinExtendedB(int cp) {
    return cp >= 0x0218 && cp <= 0x021B // Ș ș Ț ț
        || cp >= 0x01C4 && cp <= 0x01DC // Croatian digraphs, Pinyin tones
        || cp == 0x01A0 || cp == 0x01A1 || cp == 0x01AF || cp == 0x01B0 // Vietnamese horns
        || cp == 0x0192; // ƒ (florin, in windows-1252)
  }
}
