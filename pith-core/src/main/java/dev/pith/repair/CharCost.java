package dev.pith.repair;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.BitSet;

/**
 * How plausible text is, in bits: about minus log2 of the probability of each character in web text, plus a cost
 * for adjacent characters that rarely meet (letters of two scripts in one word, a lower-case letter followed by a
 * capital, a letter glued to a symbol). Repair compares the cost of the text as it is with the cost of the text the
 * repair would give; mojibake is expensive (rare CJK characters, C1 controls, {@code Ã©}), its repair cheap.
 *
 * <p>The numbers are rounded frequencies from general knowledge of each script (accented letters by language,
 * typographic punctuation, symbols); Chinese and Japanese characters take ICU's dictionary costs
 * ({@link CjkDictionary}), Hangul syllables the split of KS X 1001 (the 2,350 syllables of everyday Korean) from the
 * rest. Static and immutable.
 */
final class CharCost {
  /** Hangul syllables of KS X 1001, the ones everyday Korean uses. */
  private static final BitSet COMMON_HANGUL = commonHangul();

  private CharCost() {}

  /** Cost of {@code cp} on its own, in bits. */
  static double of(int cp) {
    byte cls = CharClass.of(cp);
    switch (cls) {
      case CharClass.ASCII_LOWER:
        return 4.5;
      case CharClass.ASCII_UPPER:
        return 6;
      case CharClass.DIGIT:
        return 6;
      case CharClass.SPACE:
        return cp == ' ' ? 3 : 7;
      case CharClass.NEWLINE:
        return 5;
      case CharClass.ASCII_PUNCT:
        return 6;
      case CharClass.ASCII_SYMBOL:
        return 8;
      case CharClass.LATIN_LOWER:
        return latin(cp);
      case CharClass.LATIN_UPPER:
        return latin(Character.toLowerCase(cp)) + 3;
      case CharClass.CYRILLIC_LOWER:
        return cp == 0x451 ? 8 : cp >= 0x450 ? 8.5 : 5;
      case CharClass.CYRILLIC_UPPER:
        return cp == 0x401 ? 10.5 : cp < 0x410 ? 11 : 7.5;
      case CharClass.GREEK_LOWER:
        return cp >= 0x3AC && cp <= 0x3AF || cp >= 0x3CC ? 7 : 5.5;
      case CharClass.GREEK_UPPER:
        return cp < 0x391 ? 10 : 8;
      case CharClass.ARABIC:
        return cp >= 0x621 && cp <= 0x64A ? 5.5 : 9;
      case CharClass.HEBREW:
        return cp >= 0x5D0 && cp <= 0x5EA ? 5.5 : 10;
      case CharClass.OTHER_LETTER:
        return 7.5;
      case CharClass.RARE_LETTER:
        return 16;
      case CharClass.HAN:
        return han(cp);
      case CharClass.HIRAGANA:
        return rareKana(cp) ? 12 : 6;
      case CharClass.KATAKANA:
        return rareKana(cp) ? 12 : 7;
      case CharClass.HALFWIDTH_KANA:
        return 15;
      case CharClass.HANGUL:
        return COMMON_HANGUL.get(cp - 0xAC00) ? 9.5 : 18;
      case CharClass.HANGUL_JAMO:
        return 16;
      case CharClass.CJK_PUNCT:
        return cjkPunct(cp);
      case CharClass.FULLWIDTH_ALNUM:
        return 11;
      case CharClass.GENERAL_PUNCT:
        return generalPunct(cp);
      case CharClass.LATIN1_PUNCT:
        return latin1Punct(cp);
      case CharClass.SYMBOL:
        return symbol(cp);
      case CharClass.BOX:
        return 16;
      case CharClass.EMOJI:
        return emoji(cp);
      case CharClass.MODIFIER:
        // VS15 asks for an emoji's text glyph, which hardly anyone types; VS16 follows emoji in most social text
        return cp == 0xFE0E ? 11 : 8;
      case CharClass.COMBINING:
        return 14;
      case CharClass.CONTROL:
        return 24;
      case CharClass.PRIVATE_USE:
        return 22;
      case CharClass.REPLACEMENT:
        return 18;
      default:
        return 26;
    }
  }

  /** A C1 control after a Latin-1 UTF-8 lead or continuation byte: one character one layer further in. */
  static final double NEXT_LAYER_PAIR_BITS = -12;

  /** Extra cost of {@code cur} right after {@code prev}, in bits (may be negative for pairs that belong together). */
  static double transition(int prev, int cur) {
    if (cur >= 0x80 && cur < 0xA0 && prev >= 0x80 && prev <= 0xF4) {
      // a C1 control after a character that is a UTF-8 lead or continuation byte in Latin-1 (Ù then U+0081): they
      // are one character of text broken twice, and a repair of the outer layer writes such pairs throughout (À
      // and Á are no lead bytes, but a guessed lead is priced by its cheapest candidate, which may be one)
      return NEXT_LAYER_PAIR_BITS;
    }
    byte a = CharClass.of(prev);
    byte b = CharClass.of(cur);
    int sa = CharClass.script(a);
    int sb = CharClass.script(b);
    if (sa >= 0 && sb >= 0) {
      if (sa != sb) {
        return scriptChange(sa, sb);
      }
      if (CharClass.isLower(a) && CharClass.isUpper(b)) {
        // camelCase and McName exist in ASCII; an accented or Cyrillic capital inside a word hardly ever
        return a == CharClass.ASCII_LOWER && b == CharClass.ASCII_UPPER ? 3.5 : 6;
      }
      if (a == CharClass.LATIN_UPPER && b == CharClass.ASCII_UPPER || a == CharClass.LATIN_UPPER
          && b == CharClass.LATIN_UPPER) {
        return 0.5;
      }
      if ((a == CharClass.LATIN_LOWER || a == CharClass.LATIN_UPPER)
          && (b == CharClass.LATIN_LOWER || b == CharClass.LATIN_UPPER)) {
        return 2; // two accented letters in a row
      }
      return 0;
    }
    if (b == CharClass.MODIFIER) {
      if (cur >= 0x1F3FB && cur <= 0x1F3FF) {
        // a skin tone modifies only the emoji of people and hands (😂 takes none): after others it is a wrong fill
        return UCharacter.hasBinaryProperty(prev, UProperty.EMOJI_MODIFIER_BASE) ? -6 : 8;
      }
      if (cur >= 0xFE00 && cur <= 0xFE0D) {
        // VS1-VS14 select glyphs of ideographs and math symbols; emoji and text take only VS15/VS16
        return a == CharClass.HAN || a == CharClass.SYMBOL ? 2 : 8;
      }
      boolean afterEmoji = a == CharClass.EMOJI || prev == 0xFE0F || prev >= 0x1F3FB && prev <= 0x1F3FF;
      if (cur == 0x200D) {
        return afterEmoji ? -6 : 6; // a joiner joins an emoji to the next, never two joiners in a row
      }
      if (cur == 0xFE0E || cur == 0xFE0F) {
        // variation selectors belong after emoji and symbols
        return a == CharClass.EMOJI || a == CharClass.SYMBOL || a == CharClass.DIGIT
            || a == CharClass.ASCII_SYMBOL ? -6 : 6;
      }
      if (cur == 0x20E3) {
        return prev >= '0' && prev <= '9' || prev == '#' || prev == '*' || prev == 0xFE0F ? -6 : 6; // keycap 1️⃣
      }
      if (cur >= 0xE0020 && cur <= 0xE007F) {
        return prev == 0x1F3F4 || prev >= 0xE0020 && prev <= 0xE007F ? -6 : 6; // subdivision flags
      }
      // spacing modifier letters (ˀ ˆ ˇ) go with letters of phonetic text, not after emoji or symbols
      return 6; // and joiners and selectors after letters are a sign of a wrong repair
    }
    if (prev == 0x200D && b != CharClass.EMOJI && b != CharClass.SYMBOL) {
      return 6; // a joiner is followed by the emoji it joins
    }
    if (b == CharClass.COMBINING) {
      return sa == 0 ? 0 : 6; // accents combine with Latin letters, rarely with anything else
    }
    if (a == CharClass.EMOJI && prev == cur) {
      return -3; // emoji come in runs of the same one (😂😂😂)
    }
    if (sa >= 0 && b == CharClass.EMOJI || sb >= 0 && a == CharClass.EMOJI) {
      return 5; // emoji follow words after a space, they do not sit inside them
    }
    if (sa >= 0 && b == CharClass.SYMBOL || sb >= 0 && a == CharClass.SYMBOL) {
      if (cur == 0x2122 || cur == 0xAE || cur == 0xA9) {
        return 0.5; // Brand™ Brand®
      }
      return 4;
    }
    if (a == CharClass.SYMBOL && b == CharClass.SYMBOL) {
      return 2;
    }
    if (sa >= 0 && b == CharClass.GENERAL_PUNCT) {
      return afterLetter(cur);
    }
    if (a == CharClass.GENERAL_PUNCT && sb >= 0) {
      return beforeLetter(prev);
    }
    if (a == CharClass.SPACE && (cur == 0x201D || cur == 0x2019)) {
      return 3; // closing quote after a space
    }
    if (isCurlyQuote(prev) && isCurlyQuote(cur) && !nests(prev, cur)) {
      return 4; // two quotes in a row open or close quotes within quotes (’” “‘), others hardly meet
    }
    if ((prev == 0x201C || prev == 0x2018) && (b == CharClass.SPACE || b == CharClass.NEWLINE)) {
      return 3; // opening quote before a space
    }
    if (sa >= 0 && b == CharClass.LATIN1_PUNCT || a == CharClass.LATIN1_PUNCT && sb >= 0) {
      int p = sa >= 0 ? cur : prev;
      return p == 0xA0 || p == 0xAD || p == 0xB7 ? 1 : 3;
    }
    if (sa == 0 && b == CharClass.CJK_PUNCT || a == CharClass.CJK_PUNCT && sb == 0) {
      return 1.5;
    }
    if (sa == 7 && b == CharClass.HALFWIDTH_KANA || a == CharClass.HALFWIDTH_KANA && sb == 7) {
      return 4;
    }
    return 0;
  }

  /**
   * Cost of the letters of a text changing script, whether or not the letters touch ({@code 瞿10bn} in English is one
   * switch to Han and one back): texts mix scripts in runs, rarely letter by letter.
   */
  static double scriptSwitch(int a, int b) {
    if (a < 0 || b < 0 || a == b) {
      return 0;
    }
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    if (lo == 0 && (hi == 7 || hi == 9)) {
      return 3;
    }
    if (hi == 8 || lo == 6 || hi == 6) {
      return 5; // halfwidth katakana and rare scripts
    }
    return 4;
  }

  /**
   * Extra cost of a non-Latin letter in a segment whose letters are mostly ASCII: mojibake never touches ASCII, so
   * ASCII letters tell the language, and a lone Hangul syllable or Cyrillic letter in English is unlikely.
   */
  static final double FOREIGN_IN_LATIN_BITS = 3;

  /**
   * Extra cost of a run of Hangul beginning in such a segment: EUC-KR and CP949 read the two bytes of an accented
   * Latin letter as one syllable ({@code ê} as {@code 챗}, {@code ½} as {@code 쩍}), so a syllable standing alone in
   * Latin text is a sign of them, where Korean quoted in Latin text comes in words of several syllables.
   */
  static final double HANGUL_IN_LATIN_BITS = 6;

  private static double scriptChange(int a, int b) {
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    if (lo == 0 && (hi == 7 || hi == 9)) {
      return 2.5; // Latin words inside Chinese, Japanese or Korean text
    }
    if (lo == 7 && hi == 8) {
      return 5; // halfwidth katakana glued to kanji: typical Shift_JIS mojibake
    }
    if (lo == 7 && hi == 9) {
      return 6;
    }
    return 9;
  }

  private static boolean isCurlyQuote(int cp) {
    return cp >= 0x2018 && cp <= 0x201D && cp != 0x201A && cp != 0x201B;
  }

  /** True for a quote closing or opening right beside a quote of the other kind: ’” ”’ “‘ ‘“. */
  private static boolean nests(int prev, int cur) {
    return prev == 0x2019 && cur == 0x201D || prev == 0x201D && cur == 0x2019 || prev == 0x201C && cur == 0x2018
        || prev == 0x2018 && cur == 0x201C;
  }

  private static double afterLetter(int punct) {
    switch (punct) {
      case 0x2019:
      case 0x201D:
      case 0x2026:
        return 0;
      case 0x2013:
      case 0x2014:
        return 1;
      case 0x201C:
        return 4;
      case 0x2018:
        return 3;
      case 0x2022:
        return 4;
      default:
        return 2;
    }
  }

  private static double beforeLetter(int punct) {
    switch (punct) {
      case 0x2019:
      case 0x201C:
      case 0x2018:
        return 0;
      case 0x2013:
      case 0x2014:
        return 1;
      case 0x201D:
        return 4;
      case 0x2026:
        return 2;
      default:
        return 2;
    }
  }

  /**
   * Kana that modern Japanese hardly writes: the small ぁ ぅ ぉ, the obsolete ゐ ゑ ヰ ヱ, ゔ ゕ ゖ ヵ ヶ ヷ..ヺ, the
   * iteration marks and the kana range's combining marks. ん ン を ヲ ヴ are common and not among them.
   */
  private static boolean rareKana(int cp) {
    switch (cp) {
      case 0x3041: case 0x3045: case 0x3049: case 0x3090: case 0x3091: case 0x3094: case 0x3095: case 0x3096:
      case 0x30F0: case 0x30F1: case 0x30F5: case 0x30F6: case 0x30F7: case 0x30F8: case 0x30F9: case 0x30FA:
        return true;
      default:
        return cp >= 0x3097 && cp <= 0x309F || cp >= 0x30FD;
    }
  }

  private static double han(int cp) {
    int cost = CjkDictionary.get().cost(cp);
    if (cost >= CjkDictionary.UNKNOWN) {
      return cp >= 0x4E00 && cp <= 0x9FFF ? 18 : 20;
    }
    return Math.min(18, cost * CjkDictionary.BITS_PER_COST + 0.5);
  }

  private static double latin(int lower) {
    switch (lower) {
      case 'é':
        return 6;
      case 'á':
      case 'ó':
      case 'í':
        return 7;
      case 'à':
        return 7.5;
      case 'è':
      case 'ü':
      case 'ö':
      case 'ä':
      case 'ç':
      case 'ã':
        return 8;
      case 'ú':
      case 'ê':
      case 'ñ':
        return 8.5;
      case 'ß':
      case 'õ':
      case 'â':
      case 'ô':
      case 'ø':
      case 'å':
        return 9;
      case 'î':
      case 'û':
      case 'ë':
      case 'ï':
      case 'ò':
      case 'ù':
      case 'ì':
      case 'æ':
        return 10;
      case 'œ':
        return 10.5;
      case 'ý':
        return 11;
      case 'ð':
      case 'þ':
        return 12.5;
      case 'ÿ':
        return 13;
      case 'ƒ':
        return 14;
      default:
        break;
    }
    if (lower >= 0x0100 && lower <= 0x017F) {
      // Latin Extended-A: Central European and Turkish letters
      return "čšžřěůłąęśćńżźőűşğıđ".indexOf(lower) >= 0 ? 9 : 11;
    }
    if (lower >= 0x1E00 && lower <= 0x1EFF) {
      return 10; // Vietnamese
    }
    if (lower >= 0x0218 && lower <= 0x021B) {
      return 9;
    }
    return 12;
  }

  private static double generalPunct(int cp) {
    switch (cp) {
      case 0x2019:
        return 7;
      case 0x201C:
      case 0x201D:
        return 8;
      case 0x2018:
        return 9;
      case 0x2013:
      case 0x2014:
        return 8.5;
      case 0x2026:
        return 9;
      case 0x2022:
        return 10;
      case 0x201E:
        return 11;
      case 0x200B:
      case 0x200C:
      case 0x200E:
      case 0x200F:
      case 0xFEFF:
        return 12;
      case 0x2032:
      case 0x2033:
      case 0x203B:
        return 12;
      default:
        return cp >= 0x2000 && cp <= 0x200A ? 13 : 14;
    }
  }

  private static double latin1Punct(int cp) {
    switch (cp) {
      case 0xA0:
      case 0xAB:
      case 0xBB:
        return 9;
      case 0xB7:
        return 10;
      case 0xA1:
      case 0xBF:
      case 0xA7:
        return 11;
      default:
        return 13;
    }
  }

  private static double symbol(int cp) {
    switch (cp) {
      case 0xB0:
        return 9.5;
      case 0xA9:
      case 0xAE:
      case 0x20AC:
      case 0xA3:
        return 10;
      case 0xD7:
      case 0x2122:
        return 10.5;
      case 0xA5:
      case 0xB1:
      case 0xBD:
      case 0xB2:
      case 0xBA:
      case 0x2212: // the minus sign: by far the commonest of the mathematical operators in running text
        return 11;
      case 0xA2:
      case 0xF7:
      case 0xB5:
      case 0xAA:
      case 0xBC:
      case 0xBE:
      case 0xB3:
      case 0x2116:
        return 12;
      case 0xB4:
      case 0xB9:
        return 13;
      case 0xAC:
      case 0xA8:
      case 0xAF:
        return 14;
      case 0xA6:
      case 0xB8:
      case 0xA4:
        return 15;
      default:
        break;
    }
    if (cp >= 0x20A0 && cp <= 0x20CF) {
      return 12;
    }
    if (cp >= 0x2190 && cp <= 0x22FF || cp >= 0x2100 && cp <= 0x214F) {
      return 13;
    }
    if (cp >= 0x02B0 && cp <= 0x02FF) {
      return 14; // modifier letters: ˆ ˜ ˇ
    }
    return 14;
  }

  private static double cjkPunct(int cp) {
    switch (cp) {
      case 0x3001: // 、
      case 0x3002: // 。
      case 0xFF0C: // ，
      case 0x300C: // 「
      case 0x300D: // 」
        return 6;
      case 0x3000:
      case 0xFF08:
      case 0xFF09:
      case 0xFF1A:
      case 0xFF1F:
      case 0xFF01:
      case 0x300A:
      case 0x300B:
      case 0x300E:
      case 0x300F:
      case 0x30FB:
      case 0xFF1B:
      case 0x301C:
      case 0xFF5E:
        return 7.5;
      default:
        return 11;
    }
  }

  /**
   * Emoji by use, most used first, after the Unicode Consortium's emoji frequency ranking (2021): where a lost byte
   * leaves several emoji possible, the common ones are likelier.
   */
  private static final int[] EMOJI_BY_USE = "😂❤🤣👍😭🙏😘🥰😍😊🎉😁💕🥺😅🔥☺🤦♥🤷🙄😆🤗😉🎂🤔👏🙂😳🥳😎👌💜😔💪✨💖👀😋😏😢👉💗😩💯🌹💞🎈💙😃😡💐😜🙈🤞😄🤤🙌🤪❣😀💋💀👇💔😌💓🤩🙃😬😱😴🤭😐🌞😒😇🌸😈🎶✌🎊🥵😞💚☀🖤💰😚👑🎁💥🙋☹😑🥴👈💩✅"
      .codePoints().toArray();

  private static double emoji(int cp) {
    for (int i = 0; i < EMOJI_BY_USE.length; i++) {
      if (EMOJI_BY_USE[i] == cp) {
        return 7.5 + Math.log(i + 1) / Math.log(2) * 0.8;
      }
    }
    if (cp >= 0x1F600 && cp <= 0x1F64F) {
      return 12.9; // the faces, the most used block of emoji: below the others, above the commonest listed
    }
    // Mahjong, domino and playing-card tiles, enclosed letters and ideographs: symbols next to the emoji blocks,
    // hardly ever written (a lost byte of 😮 can make 🁮)
    return UCharacter.hasBinaryProperty(cp, UProperty.EMOJI) ? 13 : 18;
  }

  private static BitSet commonHangul() {
    BitSet set = new BitSet(11172);
    CharsetEncoder enc = Charset.forName("EUC-KR").newEncoder();
    for (int cp = 0xAC00; cp <= 0xD7A3; cp++) {
      if (enc.canEncode((char) cp)) {
        set.set(cp - 0xAC00);
      }
    }
    return set;
  }
}
