package dev.pith.eval.score;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import com.ibm.icu.lang.UProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text primitives with exactly the semantics of Python 3's {@code str} and {@code re} (Unicode mode), because the
 * benchmark scorer is written in Python and its figures depend on them.
 *
 * <p>Java's own classes differ in ways that change scores: with {@code UNICODE_CHARACTER_CLASS}, {@code \w} also
 * matches combining marks (Mn, Mc, Me), all connector punctuation and the joiners, and misses numbers such as
 * {@code ²} or {@code ½}; {@code \s} misses the separators U+001C..U+001F that Python counts as space;
 * {@code Character.isWhitespace} misses U+00A0. So the character classes are spelled out here from the definitions
 * in CPython ({@code Objects/unicodectype.c}, {@code Tools/unicode/makeunicodedata.py}):
 *
 * <ul>
 *   <li>word ({@code \w}): {@code str.isalnum()} or {@code _}; alnum = general category L* or any numeric value;
 *   <li>space ({@code \s}, {@code str.isspace()}, {@code str.strip()}): bidi class WS, B or S, or category Zs.
 * </ul>
 *
 * Properties come from ICU4J, so characters added to Unicode after Python 3.11's tables (Unicode 14) may be
 * classed differently; benchmark text does not use them. Stateless and thread-safe.
 */
public final class PyText {
  private PyText() {}

  /** Python's {@code \w} in a Unicode {@code str} pattern. */
  public static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
    }
    return isAlpha(cp) || UCharacter.getIntPropertyValue(cp, UProperty.NUMERIC_TYPE) != UCharacter.NumericType.NONE;
  }

  /** Python's {@code str.isalpha()} for one code point: general category Lu, Ll, Lt, Lm or Lo. */
  public static boolean isAlpha(int cp) {
    int type = UCharacter.getType(cp);
    return type == UCharacter.UPPERCASE_LETTER || type == UCharacter.LOWERCASE_LETTER
        || type == UCharacter.TITLECASE_LETTER || type == UCharacter.MODIFIER_LETTER
        || type == UCharacter.OTHER_LETTER;
  }

  /** Python's {@code str.isdigit()} for one code point: numeric type Decimal or Digit (so {@code ²} counts). */
  public static boolean isDigit(int cp) {
    if (cp < 0x80) {
      return cp >= '0' && cp <= '9';
    }
    int nt = UCharacter.getIntPropertyValue(cp, UProperty.NUMERIC_TYPE);
    return nt == UCharacter.NumericType.DECIMAL || nt == UCharacter.NumericType.DIGIT;
  }

  /** Python's {@code str.islower()} for one code point: the Lowercase property. */
  public static boolean isLower(int cp) {
    return UCharacter.hasBinaryProperty(cp, UProperty.LOWERCASE);
  }

  /** Python's {@code \s} and {@code str.isspace()}: bidi class WS, B or S, or category Zs. */
  public static boolean isSpace(int cp) {
    if (cp < 0x80) {
      return cp == ' ' || (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1f);
    }
    if (cp == 0x85 || cp == 0xa0) {
      return true;
    }
    if (cp < 0x1680) {
      return false;
    }
    int dir = UCharacter.getDirection(cp);
    return dir == UCharacterDirection.WHITE_SPACE_NEUTRAL || dir == UCharacterDirection.BLOCK_SEPARATOR
        || dir == UCharacterDirection.SEGMENT_SEPARATOR || UCharacter.getType(cp) == UCharacter.SPACE_SEPARATOR;
  }

  /** {@code re.findall(r"\w+", text)}. */
  public static List<String> wordTokens(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      do {
        i += Character.charCount(cp);
      } while (i < n && isWordChar(cp = text.codePointAt(i)));
      out.add(text.substring(start, i));
    }
    return out;
  }

  /** {@code re.split(r"\s+", text.strip())}, or no tokens when the text is blank: whitespace-separated tokens. */
  public static List<String> wsTokens(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (isSpace(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      do {
        i += Character.charCount(cp);
      } while (i < n && !isSpace(cp = text.codePointAt(i)));
      out.add(text.substring(start, i));
    }
    return out;
  }

  /** {@code re.sub(r"\s+", " ", text).strip()}: whitespace runs become one space, ends trimmed. */
  public static String wsNormalize(String text) {
    return String.join(" ", wsTokens(text));
  }

  /** Python's {@code str.strip()} with no arguments. */
  public static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end) {
      int cp = text.codePointAt(start);
      if (!isSpace(cp)) {
        break;
      }
      start += Character.charCount(cp);
    }
    while (end > start) {
      int cp = text.codePointBefore(end);
      if (!isSpace(cp)) {
        break;
      }
      end -= Character.charCount(cp);
    }
    return text.substring(start, end);
  }

  /** Whether Python's {@code text.strip() == ""}. */
  public static boolean isBlank(String text) {
    return strip(text).isEmpty();
  }

  /**
   * Python's {@code str.lower()}: the full lowercase mapping (U+0130 becomes {@code i} + U+0307) and capital sigma
   * as final {@code ς} exactly where CPython's {@code handle_capital_sigma} puts it: after a cased character
   * (skipping case-ignorable ones) and not before one. Java's {@code toLowerCase} decides final sigma differently
   * (before digits and after astral letters), which changes word tokens.
   */
  public static String lower(String text) {
    int n = text.length();
    boolean ascii = true;
    for (int i = 0; i < n && ascii; i++) {
      ascii = text.charAt(i) < 0x80;
    }
    if (ascii) {
      return text.toLowerCase(Locale.ROOT);
    }
    StringBuilder out = new StringBuilder(n);
    for (int i = 0; i < n; ) {
      int cp = text.codePointAt(i);
      if (cp == 0x130) {
        out.append("i\u0307");
      } else if (cp == 0x3a3) {
        out.append(finalSigma(text, i) ? '\u03c2' : '\u03c3');
      } else {
        out.appendCodePoint(UCharacter.toLowerCase(cp));
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /** CPython's Final_Sigma test: {@code \p{cased}\p{case-ignorable}* Σ !(\p{case-ignorable}* \p{cased})}. */
  private static boolean finalSigma(String text, int at) {
    int j = at;
    int c = -1;
    while (j > 0) {
      c = text.codePointBefore(j);
      j -= Character.charCount(c);
      if (!UCharacter.hasBinaryProperty(c, UProperty.CASE_IGNORABLE)) {
        break;
      }
      c = -1;
    }
    if (c < 0 || !UCharacter.hasBinaryProperty(c, UProperty.CASED)) {
      return false;
    }
    for (int k = at + 1; k < text.length(); ) {
      int d = text.codePointAt(k);
      if (!UCharacter.hasBinaryProperty(d, UProperty.CASE_IGNORABLE)) {
        return !UCharacter.hasBinaryProperty(d, UProperty.CASED);
      }
      k += Character.charCount(d);
    }
    return true;
  }

  /** Python's {@code str.casefold()}: full default case folding ({@code ß} becomes {@code ss}). */
  public static String casefold(String text) {
    return UCharacter.foldCase(text, UCharacter.FOLD_CASE_DEFAULT);
  }

  /** Length in code points, as Python's {@code len}. */
  public static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  /** Python's {@code text.rstrip(chars)} for a set of BMP characters. */
  static String rstrip(String text, String chars) {
    int end = text.length();
    while (end > 0 && chars.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(0, end);
  }

  /** Python's {@code text.lstrip(chars)} for a set of BMP characters. */
  static String lstrip(String text, String chars) {
    int start = 0;
    while (start < text.length() && chars.indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    return text.substring(start);
  }
}
