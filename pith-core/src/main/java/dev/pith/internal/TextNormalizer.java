package dev.pith.internal;

import com.ibm.icu.text.Normalizer2;
import java.text.Normalizer;
import java.util.Locale;

/** Text normalizations shared by the stages. */
public final class TextNormalizer {
  private TextNormalizer() {}

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  /** {@code text} in Unicode normalization form C; the same string when it already is (the common case, found fast). */
  public static String nfc(String text) {
    int span = NFC.spanQuickCheckYes(text);
    if (span == text.length()) {
      return text;
    }
    return NFC.normalizeSecondAndAppend(new StringBuilder(text.length() + 16).append(text, 0, span),
        text.substring(span)).toString();
  }

  /**
   * A key for comparing texts loosely: NFKC, lower case, letters and digits only, single spaces. "The Title — Site"
   * and "the title site" compare equal.
   */
  public static String forComparison(String text) {
    return isAscii(text) ? asciiForComparison(text) : byDefinition(text);
  }

  /** {@link #forComparison} as it is defined, for any text (the ASCII path must agree with it). */
  static String byDefinition(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(nfkc.length());
    boolean space = false;
    for (int i = 0, n = nfkc.length(); i < n; i++) {
      char c = nfkc.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      } else {
        space = true;
      }
    }
    return out.toString();
  }

  /**
   * {@link #forComparison} of ASCII text in one pass: NFKC leaves ASCII as it is, and lower-casing it char by char
   * is what {@code toLowerCase} does, so no intermediate string is needed.
   */
  private static String asciiForComparison(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      boolean upper = c >= 'A' && c <= 'Z';
      if (upper || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(upper ? (char) (c + 32) : c);
      } else {
        space = true;
      }
    }
    return out.toString();
  }

  private static boolean isAscii(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Collapses whitespace runs to one space and trims. */
  public static String collapseSpaces(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        space = true;
      } else {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      }
    }
    return out.toString();
  }
}
