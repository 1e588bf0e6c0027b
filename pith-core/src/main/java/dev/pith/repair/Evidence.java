package dev.pith.repair;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Cheap checks made before the full analysis of a segment, and document-wide facts used when filling. */
final class Evidence {
  private Evidence() {}

  /** The second byte of every emoji's UTF-8 from U+1F000 to U+1FFFF, after F0. */
  static final int EMOJI_SECOND_BYTE = 0x9F;

  private static final class EmojiLead {
    static final boolean[] DROPPED = dropped();

    private static boolean[] dropped() {
      List<Codec> codecs = Codecs.all();
      boolean[] out = new boolean[codecs.size()];
      byte[] emoji = "\uD83D\uDE21".getBytes(StandardCharsets.UTF_8); // F0 9F 98 A1
      for (Codec codec : codecs) {
        StringBuilder whole = new StringBuilder();
        StringBuilder rest = new StringBuilder();
        out[codec.index()] = codec.decode(emoji, 0, emoji.length, DecodeErrors.IGNORE, whole)
            && codec.decode(emoji, 1, emoji.length, DecodeErrors.IGNORE, rest) && rest.length() > 0
            && whole.toString().contentEquals(rest);
      }
      return out;
    }
  }

  /**
   * True when {@code codec}, in ignore mode, drops an emoji's lead byte F0 alone and reads the other three bytes as
   * it would without it (Shift_JIS has no lead byte F0): what is left of the emoji then starts with 9F.
   */
  static boolean dropsEmojiLead(Codec codec) {
    return EmojiLead.DROPPED[codec.index()];
  }

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
    return score(new CodePoints.OfArray(cps), codec);
  }

  /** As {@link #score(int[], Codec)}, on {@code text[from, to)} without copying it. */
  static double score(CharSequence text, int from, int to, Codec codec) {
    return score(new CodePoints.OfText(text, from, to), codec);
  }

  private static double score(CodePoints cps, Codec codec) {
    int valid = 0;
    int cut = 0;
    int invalid = 0;
    int need = 0;
    int unknownLead = 0; // continuation bytes taken after a U+FFFD that stood for a lost lead byte
    boolean afterGap = false;
    for (int cp = cps.next(); cp >= 0; cp = cps.next()) {
      if (afterGap && (cp < 0x80 || cp == 0xFFFD || codec.encode(cp) < 0
          || !Utf8.isContinuation(firstByte(codec.encode(cp))))) {
        afterGap = false;
        if (unknownLead > 0) {
          valid++;
        }
      }
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
          afterGap = true; // a lost lead byte: the continuation bytes after it belong to it
          unknownLead = 0;
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
        if (afterGap && need == 0 && Utf8.isContinuation(b) && unknownLead < 3) {
          unknownLead++;
          continue;
        }
        afterGap = false;
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

  /**
   * True when {@code text[from, to)} is a strong sign of UTF-8 read as {@code codec}: at least
   * {@value #STRONG_COVERAGE} of its non-ASCII bytes sit in complete UTF-8 sequences (text that went through the codec
   * is nearly all covered, 100% when nothing was lost, mostly above 70% when bytes were; real text of another script
   * rarely reaches 60%: 1.4% of the lines of the CJK pages of the shared benchmark reach 70%, nearly all of them one
   * to five characters long). Under a multi-byte codec, where short lines of real CJK text cover by chance, the line
   * must also have its sequences glued to ASCII letters ({@code Toyota鈥檚}), or be mostly ASCII letters outside
   * markup (an English line with one emoji), or hold {@value #MIN_SEQUENCES} sequences covering
   * {@value #STRONG_COVERAGE_ALONE} of its bytes: real CJK text does none of these.
   */
  static boolean strong(CharSequence text, int from, int to, Codec codec) {
    int covered = 0;
    int total = 0;
    int valid = 0;
    int need = 0;
    int seqLen = 0;
    int lead = 0;
    boolean emojiPrefix = false;
    boolean glued = false;
    boolean runValid = false;
    boolean runAfterLetter = false;
    // the current sequence crossed a character boundary while it still needed two bytes or more: a byte dropped
    // there (ignore mode drops bytes only between the wrong decoder's characters) leaves it one byte short inside a
    // later character
    boolean gapPossible = false;
    int prev = ' ';
    int asciiLetters = 0;
    int otherLetters = 0;
    int alphabetLetters = 0;
    int nonAscii = 0;
    boolean inTag = false;
    CodePoints cps = new CodePoints.OfText(text, from, to);
    for (int cp = cps.next(); cp >= 0; cp = cps.next()) {
      boolean letter = cp < 0x80 && (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
      if (cp == '<') {
        inTag = true;
      } else if (cp == '>') {
        inTag = false;
      } else if (cp >= 0x80) {
        // attribute values count here too: a title="..." in Russian is Russian
        nonAscii++;
        byte cls = CharClass.of(cp);
        if (isAlphabetLetter(cls)) {
          alphabetLetters++;
        }
        if (!inTag && CharClass.isLetter(cls)) {
          otherLetters++;
        }
      } else if (!inTag && letter) {
        asciiLetters++;
      }
      if (total - covered > 8 && total - covered > covered + 2 * need) {
        return false; // under half covered and losing: real text of another script
      }
      int code = cp < 0x80 ? cp : cp == 0xFFFD ? -2 : codec.encode(cp);
      boolean boundary = code >= 0 && code < 0x80 || code >= 0 && !Utf8.isContinuation(firstByte(code));
      if (boundary && cutByDrops(need, seqLen, emojiPrefix)) {
        covered += seqLen - need;
        valid++;
        runValid = true;
        need = 0;
      }
      if (cp < 0x80) {
        need = 0;
        if (runValid && (letter || runAfterLetter)) {
          glued = true;
        }
        runValid = false;
        prev = cp;
        continue;
      }
      boolean afterAscii = prev < 0x80;
      if (afterAscii) {
        runAfterLetter = (prev | 0x20) >= 'a' && (prev | 0x20) <= 'z';
      }
      prev = cp;
      if (code == -2) {
        if (need > 0 && --need == 0) {
          covered += seqLen;
          valid++;
          runValid = true;
        }
        total++;
        continue;
      }
      if (code < 0) {
        need = 0;
        continue;
      }
      int len = Codec.codeLength(code);
      gapPossible |= need >= 2;
      for (int k = 0; k < len; k++) {
        int b = code >> (8 * (len - 1 - k)) & 0xFF;
        if (b < 0x80) {
          need = 0;
          continue;
        }
        total++;
        if (need > 0 && Utf8.isContinuation(b)) {
          if (need == 3) {
            emojiPrefix = lead == 0xF0 && b == 0x9F;
          }
          if (--need == 0) {
            covered += seqLen;
            valid++;
            runValid = true;
          }
          continue;
        }
        if (need == 1 && k > 0 && gapPossible) {
          covered += seqLen - 1;
          valid++;
          runValid = true;
        }
        if (k == 0 && afterAscii && b == EMOJI_SECOND_BYTE && dropsEmojiLead(codec)) {
          // an emoji whose lead byte F0 the decoder dropped: 9F and the bytes after it are its other three
          need = 2;
          seqLen = 3;
          lead = b;
          emojiPrefix = false;
          gapPossible = false;
          continue;
        }
        int l = Utf8.sequenceLength(b);
        need = l >= 2 ? l - 1 : 0;
        seqLen = l;
        lead = b;
        emojiPrefix = false;
        gapPossible = false;
      }
    }
    if (cutByDrops(need, seqLen, emojiPrefix)) {
      covered += seqLen - need;
      valid++;
      runValid = true;
    }
    if (runValid && runAfterLetter) {
      glued = true;
    }
    double coverage = total == 0 ? 0 : (double) covered / total;
    if (valid == 0 || coverage < STRONG_COVERAGE) {
      return false;
    }
    if (!codec.singleByte() && nonAscii >= MIN_SEQUENCES && alphabetLetters >= ALPHABET_SHARE * nonAscii) {
      // words of an alphabet (Cyrillic, Greek, Arabic, Hebrew, accented Latin): UTF-8 read through a multi-byte
      // codec turns into ideographs, kana and Hangul, and such letters come out of it only one here and there (GBK
      // writes Russian as A7 xx pairs, which can read as UTF-8 by chance)
      return false;
    }
    boolean latinLine = asciiLetters >= 12 && asciiLetters >= 0.6 * (asciiLetters + otherLetters);
    return codec.singleByte() || glued || latinLine
        || valid >= MIN_SEQUENCES && coverage >= STRONG_COVERAGE_ALONE;
  }

  /**
   * Whether a sequence still {@code need} bytes short, where a character boundary or the end cuts it, is explained by
   * dropped bytes: one byte short, or an emoji's F0 9F (U+1F000..U+1FFFF) with its last two bytes dropped.
   */
  private static boolean cutByDrops(int need, int seqLen, boolean emojiPrefix) {
    return need == 1 || need == 2 && seqLen == 4 && emojiPrefix;
  }

  /** Share of a line's non-ASCII characters that, as letters of an alphabet, rule out a multi-byte codec. */
  static final double ALPHABET_SHARE = 0.8;

  private static boolean isAlphabetLetter(byte cls) {
    switch (cls) {
      case CharClass.LATIN_LOWER:
      case CharClass.LATIN_UPPER:
      case CharClass.CYRILLIC_LOWER:
      case CharClass.CYRILLIC_UPPER:
      case CharClass.GREEK_LOWER:
      case CharClass.GREEK_UPPER:
      case CharClass.ARABIC:
      case CharClass.HEBREW:
        return true;
      default:
        return false;
    }
  }

  /** Share of a line's non-ASCII bytes in valid UTF-8 sequences for the line to count as a strong sign. */
  static final double STRONG_COVERAGE = 0.7;
  /** Sequences a line needs under a multi-byte codec to count as a strong sign without Latin neighbours. */
  static final int MIN_SEQUENCES = 4;
  /**
   * Coverage a line needs under a multi-byte codec without Latin neighbours: short lines of real CJK text reach 70%
   * by chance, but almost never 90% with four sequences.
   */
  static final double STRONG_COVERAGE_ALONE = 0.9;

  private static int firstByte(int code) {
    return code >> (8 * (Codec.codeLength(code) - 1)) & 0xFF;
  }

  /** Counts the dashes a text uses, for {@link Fills.DocumentStyle}. */
  static Fills.DocumentStyle style(CharSequence text) {
    int en = 0;
    int em = 0;
    int spacedEn = 0;
    int spacedEm = 0;
    int words = 0;
    int englishWords = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        words++;
        if (isEnglishFunctionWord(text, i + 1)) {
          englishWords++;
        }
        continue;
      }
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
    boolean english = words >= MIN_WORDS_FOR_LANGUAGE && englishWords >= MIN_ENGLISH_SHARE * words;
    return new Fills.DocumentStyle(en, em, spacedEn, spacedEm, english);
  }

  /** A text's language is judged from this many words on. */
  static final int MIN_WORDS_FOR_LANGUAGE = 8;
  /**
   * Share of words that are "the", "and", "of", "to" or "a" from which a text is English (they make about a sixth
   * of English running text, and next to nothing of other languages').
   */
  static final double MIN_ENGLISH_SHARE = 0.06;

  private static final String[] ENGLISH_FUNCTION_WORDS = {"the ", "and ", "of ", "to ", "a "};

  private static boolean isEnglishFunctionWord(CharSequence text, int at) {
    for (String w : ENGLISH_FUNCTION_WORDS) {
      int k = 0;
      while (k < w.length() && at + k < text.length() && text.charAt(at + k) == w.charAt(k)) {
        k++;
      }
      if (k == w.length()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == 0xA0;
  }
}
