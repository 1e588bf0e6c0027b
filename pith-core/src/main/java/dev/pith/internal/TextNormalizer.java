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
    return isPlain(text) ? plainForComparison(text) : byDefinition(text);
  }

  /** {@link #forComparison} as it is defined, for any text (the fast path must agree with it). */
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

  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  /**
   * True when {@link #forComparison} may skip the NFKC and lower-case copies of {@code text}: NFKC leaves it as it
   * is, and lower-casing it char by char is what {@code toLowerCase} does. That holds for ASCII, and for other text
   * that ICU finds already in NFKC (ICU's newer Unicode tables agree with the JDK's on every character the JDK
   * knows: normalization is stable) without the characters that {@code toLowerCase} maps by context or to two
   * chars (capital sigma, dotted capital I) and without surrogates (code points, which it maps whole).
   */
  private static boolean isPlain(String text) {
    boolean ascii = true;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        if (c == '\u03a3' || c == '\u0130' || Character.isSurrogate(c)) {
          return false;
        }
        ascii = false;
      }
    }
    return ascii || NFKC.spanQuickCheckYes(text) == text.length();
  }

  /** {@link #forComparison} of text for which {@link #isPlain} holds, in one pass and without copies. */
  private static String plainForComparison(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      boolean keep;
      if (c < 0x80) {
        boolean upper = c >= 'A' && c <= 'Z';
        keep = upper || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
        c = upper ? (char) (c + 32) : c;
      } else {
        c = Character.toLowerCase(c);
        keep = Character.isLetterOrDigit(c);
      }
      if (keep) {
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
