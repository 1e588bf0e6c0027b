package dev.pith.repair;

/** Cheap checks made before the full analysis of a segment, and document-wide facts used when filling. */
final class Evidence {
  private Evidence() {}

  /**
   * True when {@code cps}, turned back into bytes by {@code codec}, hold at least one complete multi-byte UTF-8
   * sequence, or sequences cut short at character boundaries without much else invalid (lost bytes). Real text in
   * another script fails within a few characters: its bytes are almost never UTF-8, so the scan stops early.
   */
  static boolean worthAnalysing(int[] cps, Codec codec) {
    return score(cps, codec) > 0;
  }

  /**
   * How strongly the bytes of {@code cps} under {@code codec} look like UTF-8: complete multi-byte sequences count
   * one, sequences cut short at a boundary (lost bytes) a half; 0 when the segment is not worth analysing (no
   * sequence at all, or far more invalid bytes than valid ones, as in real text of another script).
   */
  static double score(int[] cps, Codec codec) {
    int valid = 0;
    int cut = 0;
    int invalid = 0;
    int need = 0;
    for (int cp : cps) {
      if (cp < 0x80) {
        if (need > 0) {
          if (need == 1) {
            cut++;
          } else {
            invalid++;
          }
          need = 0;
        }
        continue;
      }
      if (cp == 0xFFFD) {
        if (need > 0) {
          need--;
          if (need == 0) {
            cut++;
          }
        } else {
          cut++;
        }
        continue;
      }
      int code = codec.encode(cp);
      if (code < 0) {
        if (need > 0) {
          invalid++;
        }
        need = 0;
        continue;
      }
      int len = Codec.codeLength(code);
      for (int i = 0; i < len; i++) {
        int b = code >> (8 * (len - 1 - i)) & 0xFF;
        if (need > 0) {
          if (Utf8.isContinuation(b)) {
            if (--need == 0) {
              valid++;
            }
            continue;
          }
          if (i == 0 && need == 1) {
            cut++;
          } else {
            invalid++;
          }
          need = 0;
        }
        if (b < 0x80) {
          continue;
        }
        int l = Utf8.sequenceLength(b);
        if (l >= 2) {
          need = l - 1;
        } else {
          invalid++; // a continuation byte alone: its lead may have been dropped, but that is no evidence
        }
      }
      if (invalid > 3 * valid + cut + 8) {
        return 0;
      }
    }
    if (need == 1) {
      cut++;
    }
    return valid >= 1 || cut >= 1 && invalid <= cut ? valid + 0.5 * cut : 0;
  }

  /** Counts the dashes a text uses, for {@link Fills.DocumentStyle}. */
  static Fills.DocumentStyle style(CharSequence text) {
    int en = 0;
    int em = 0;
    int spacedEn = 0;
    int spacedEm = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != Fills.EN_DASH && c != Fills.EM_DASH) {
        continue;
      }
      boolean spaced = i > 0 && i + 1 < text.length() && isSpace(text.charAt(i - 1)) && isSpace(text.charAt(i + 1));
      if (c == Fills.EN_DASH) {
        en++;
        spacedEn += spaced ? 1 : 0;
      } else {
        em++;
        spacedEm += spaced ? 1 : 0;
      }
    }
    return new Fills.DocumentStyle(en, em, spacedEn, spacedEm);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == 0xA0;
  }
}
