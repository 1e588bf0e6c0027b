package dev.pith.repair;

import dev.pith.document.RepairStep;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Puts back whole characters that a decoder dropped without a trace. Big5, EUC-KR and EUC-JP pair the lead of
 * {@code C3 A0} ({@code à}) or {@code E2 80 93} (a dash) with a byte they cannot pair it with, and in ignore mode drop
 * them all: {@code prêt à tout} reaches us as {@code prêt  tout}. Two spaces between words are then the only trace.
 * Only lines that repair has shown to be broken through such a codec are looked at (two spaces alone are common in
 * clean text), and only where the gap stands between words.
 */
final class Vanished {
  /** French words common enough that a handful of them tell a French text. */
  private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "du", "une", "est", "et", "dans", "pour",
      "que", "qui", "sur", "avec", "au", "aux", "pas", "ce", "cette", "il", "elle", "un", "de", "ne", "se", "sont");

  private Vanished() {}

  /** True when {@code codec} drops all the bytes of {@code cp} in ignore mode (shared with {@link VanishedLetters}). */
  static boolean dropsWhole(Codec codec, int cp) {
    byte[] bytes = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder();
    return codec.decode(bytes, 0, bytes.length, DecodeErrors.IGNORE, out) && out.length() == 0;
  }

  /**
   * Steps that fill the gaps of {@code repaired}, the text {@code original} became through {@code steps}; empty when
   * there is nothing to fill.
   */
  static List<RepairStep> fill(String original, String repaired, List<RepairStep> steps) {
    Codec codec = Steps.multiByteCodec(steps, c -> dropsWhole(c, 0xE0) && dropsWhole(c, Fills.EN_DASH));
    if (codec == null || repaired.indexOf("  ") < 0 || repaired.indexOf('\uFFFD') >= 0) {
      return List.of();
    }
    boolean french = french(repaired);
    int dash = Evidence.style(repaired).spacedDash();
    String[] before = original.split("\n", -1);
    String[] after = repaired.split("\n", -1);
    if (before.length != after.length) {
      return List.of();
    }
    List<RepairStep> out = new ArrayList<>();
    int lineStart = 0;
    int shift = 0;
    for (int l = 0; l < after.length; l++) {
      String line = after[l];
      if (!line.equals(before[l])) {
        for (int i = line.indexOf("  "); i >= 0; i = line.indexOf("  ", i + 2)) {
          int fillCp = choose(line, i, french, dash);
          if (fillCp < 0) {
            continue;
          }
          int at = lineStart + i + 1 + shift;
          out.add(new RepairStep(Steps.FILL, detail(fillCp, codec), at, at));
          shift += Character.charCount(fillCp);
        }
      }
      lineStart += line.length() + 1;
    }
    return out;
  }

  /** The character that fits the gap of two spaces at {@code i}, or -1 when none is called for. */
  private static int choose(String line, int i, boolean french, int dash) {
    int j = i + 2;
    if (i == 0 || j >= line.length() || line.charAt(j) == ' ' || (i > 0 && line.charAt(i - 1) == ' ')) {
      return -1;
    }
    char prev = line.charAt(i - 1);
    char next = line.charAt(j);
    boolean sentenceEnd = prev == '.' || prev == '!' || prev == '?';
    boolean wordBefore = Character.isLetterOrDigit(prev) || prev == ',' || prev == ')';
    if (french) {
      if (sentenceEnd) {
        return Character.isLowerCase(next) ? 0xC0 : -1; // À opens a sentence; before a capital, a typist's habit
      }
      return wordBefore && Character.isLetterOrDigit(next) ? 0xE0 : -1;
    }
    // elsewhere the commonest character between words: a spaced dash (not after a sentence's end, where two spaces
    // are a typist's habit)
    return wordBefore && Character.isLetterOrDigit(next) ? dash : -1;
  }

  private static boolean french(String text) {
    Set<String> seen = new HashSet<>();
    int words = 0;
    int hits = 0;
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.isEmpty()) {
        continue;
      }
      words++;
      if (FRENCH.contains(w)) {
        hits++;
        seen.add(w);
      }
    }
    return seen.size() >= 4 && hits >= 0.1 * words;
  }

  private static String detail(int cp, Codec codec) {
    return Steps.droppedWholeDetail(cp, codec, cp == 0xE0 || cp == 0xC0
        ? "the French word the decoder dropped whole between two spaces"
        : "the spaced dash the decoder dropped whole between two spaces (the document's dash)");
  }
}
