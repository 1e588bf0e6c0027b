package dev.pith.repair;

import com.ibm.icu.text.Transliterator;
import java.util.BitSet;

/**
 * Which Han characters belong to one written standard only: simplified forms that Traditional Chinese does not use
 * ({@code 学}, {@code 讲}) and traditional forms that Simplified Chinese does not ({@code 學}, {@code 講}), from
 * ICU's own Hans-Hant transliterators. A text keeps to one standard, so where a lost byte leaves {@code 学} or
 * {@code 實} possible inside Traditional text, the traditional one fits. Computed once, on first use (the
 * transliterators run only then); immutable and thread-safe afterwards.
 */
final class ChineseScripts {
  private static final int FIRST = 0x4E00;
  private static final int LAST = 0x9FFF;

  private final BitSet simplifiedOnly = new BitSet();
  private final BitSet traditionalOnly = new BitSet();

  private ChineseScripts() {
    Transliterator toTraditional = Transliterator.getInstance("Hans-Hant");
    Transliterator toSimplified = Transliterator.getInstance("Hant-Hans");
    for (int c = FIRST; c <= LAST; c++) {
      String s = new String(Character.toChars(c));
      if (!toTraditional.transliterate(s).equals(s)) {
        simplifiedOnly.set(c - FIRST);
      }
      if (!toSimplified.transliterate(s).equals(s)) {
        traditionalOnly.set(c - FIRST);
      }
    }
  }

  private static final class Holder {
    static final ChineseScripts INSTANCE = new ChineseScripts();
  }

  static ChineseScripts get() {
    return Holder.INSTANCE;
  }

  /** A simplified form that Traditional Chinese writes otherwise. */
  boolean simplifiedOnly(int c) {
    return c >= FIRST && c <= LAST && simplifiedOnly.get(c - FIRST);
  }

  /** A traditional form that Simplified Chinese writes otherwise. */
  boolean traditionalOnly(int c) {
    return c >= FIRST && c <= LAST && traditionalOnly.get(c - FIRST);
  }
}
