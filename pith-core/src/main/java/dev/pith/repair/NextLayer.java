package dev.pith.repair;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Chooses a lost byte's character where the text was broken twice and the choice only matters one layer further in.
 *
 * <p>UTF-8 read as Latin-1, written out as UTF-8 again and then read as windows-1252 with replacement turns
 * {@code ρ} ({@code CF 81}) into {@code Ã�Â�}: each byte of the original became two characters, and where the second
 * one was a byte windows-1252 does not map, it was lost. The first pass sees only a byte of the middle layer, which
 * is one of five Latin-1 characters ({@code Á Í Ï Ð Ý}) or five C1 controls, all equally odd there. Read as bytes
 * with their neighbours, each candidate makes one UTF-8 character of the original ({@code ρ}, {@code Ё}, ...): the
 * slot is chosen as the usual rules choose among those, in the text around it as the next layer reads it.
 */
final class NextLayer {
  private NextLayer() {}

  /** How far the text around a slot is read into the next layer, in characters each side. */
  private static final int CONTEXT = 80;

  /** windows-1252's characters for bytes 0x80-0x9F, by byte (0 where it maps none). */
  private static final char[] CP1252_HIGH = cp1252High();

  /**
   * The candidate whose byte makes the likeliest character of the next layer; null when the candidates are not all
   * bytes of a next layer, or no neighbour joins them into a UTF-8 character (then the slot is not a layer's byte).
   */
  static Fills.@org.jspecify.annotations.Nullable Choice choose(int[] candidates, CharSequence left, int[] rightText,
      Fills.DocumentStyle style) {
    if (candidates.length < 2) {
      return null;
    }
    for (int c : candidates) {
      if (c < 0x80 || c > 0xFF) {
        return null;
      }
    }
    // the bytes of the neighbours that may share the slot's UTF-8 character: up to three each side
    int[] before = new int[3];
    int nb = 0;
    for (int i = left.length() - 1; i >= 0 && nb < 3; i--) {
      int b = innerByte(left.charAt(i));
      if (b < 0x80) {
        break;
      }
      before[nb++] = b;
    }
    int[] after = new int[3];
    int na = 0;
    for (int i = 0; i < rightText.length && na < 3; i++) {
      int b = innerByte(rightText[i]);
      if (b < 0x80) {
        break;
      }
      after[na++] = b;
    }
    int[] inner = new int[candidates.length];
    int[] leadAt = new int[candidates.length];
    int[] lengths = new int[candidates.length];
    int valid = 0;
    int[] seq = new int[4];
    for (int k = 0; k < candidates.length; k++) {
      inner[k] = -1;
      int slot = candidates[k];
      // the slot's character starts at the slot or at a lead byte at most three bytes before it
      for (int back = 0; back <= nb; back++) {
        int lead = back == 0 ? slot : before[back - 1];
        int len = Utf8.sequenceLength(lead);
        if (len < 2 || len <= back || len - 1 - back > na) {
          continue;
        }
        for (int i = 0; i < len; i++) {
          int at = i - back;
          seq[i] = at < 0 ? before[-at - 1] : at == 0 ? slot : after[at - 1];
        }
        int cp = Utf8.decode(seq, len);
        if (cp >= 0 && plausible(cp)) {
          inner[k] = cp;
          leadAt[k] = back;
          lengths[k] = len;
          valid++;
        }
        break; // the nearest lead decides: bytes before it belong to another character
      }
    }
    if (valid == 0) {
      return null;
    }
    if (valid == 1) {
      for (int k = 0; k < candidates.length; k++) {
        if (inner[k] >= 0) {
          return new Fills.Choice(candidates[k], "the only one of " + candidates.length
              + " bytes that makes a character of the next layer (" + new String(Character.toChars(inner[k])) + ")");
        }
      }
    }
    int[] options = new int[valid];
    int n = 0;
    for (int k = 0; k < candidates.length; k++) {
      if (inner[k] >= 0) {
        options[n++] = inner[k];
      }
    }
    if (allBytes(options)) {
      return null; // a third layer: not looked into
    }
    // the neighbours as the next layer reads them, without the bytes that joined the slot's character
    int first = firstValid(inner);
    String innerLeft = readLeft(left, leadAt[first]);
    int[] innerRight = readRight(rightText, lengths[first] - 1 - leadAt[first]);
    int[] around = (innerLeft + new String(innerRight, 0, innerRight.length)).codePoints().toArray();
    Fills.Choice choice = Fills.choose(options, innerLeft, innerRight, style,
        SegmentAnalysis.latinContext(around), ScriptProfile.of(around, 0, around.length));
    if (wordKnown(innerLeft, innerRight)) {
      choice = wordChoice(options, innerLeft, innerRight, choice);
    }
    for (int k = 0; k < candidates.length; k++) {
      if (inner[k] == choice.cp()) {
        return new Fills.Choice(candidates[k], "makes " + new String(Character.toChars(inner[k]))
            + " in the next layer: " + choice.rule());
      }
    }
    return null;
  }

  /**
   * The choice again as a letter of its word, as {@link LostLetterWords} chooses the letters the first layer lost
   * (the dictionary and the common words weigh the word it makes); {@code choice} when that keeps it.
   */
  private static Fills.Choice wordChoice(int[] options, String left, int[] right, Fills.Choice choice) {
    int[] before = left.codePoints().toArray();
    int[] prov = new int[before.length + 1 + right.length];
    System.arraycopy(before, 0, prov, 0, before.length);
    prov[before.length] = choice.cp();
    System.arraycopy(right, 0, prov, before.length + 1, right.length);
    int[] masks = new int[options.length];
    Unit slotOnly = new Unit(0, 0, new int[0], new int[] {-1}, List.of(new Unit.Slot(options, masks, false)));
    Fills.Choice[][] choices = {{choice}};
    LostLetterWords.refine(prov, prov.length, List.of(new int[] {0, 0, before.length}), List.of(slotOnly), choices);
    return choices[0][0];
  }

  /**
   * The byte {@code cp} stands for when the next layer is read: itself up to U+00FF (ASCII, Latin-1, and the C1
   * controls a reading of unmapped bytes gives), the byte of a windows-1252 character above it; else -1.
   */
  static int innerByte(int cp) {
    if (cp < 0x100) {
      return cp;
    }
    for (int b = 0; b < CP1252_HIGH.length; b++) {
      if (CP1252_HIGH[b] == cp) {
        return 0x80 + b;
      }
    }
    return -1;
  }

  /** A character a next layer plausibly holds: no controls, private use, or unassigned code points. */
  private static boolean plausible(int cp) {
    byte cls = CharClass.of(cp);
    return cls != CharClass.INVALID && cls != CharClass.CONTROL && cls != CharClass.PRIVATE_USE;
  }

  private static boolean allBytes(int[] cps) {
    for (int cp : cps) {
      if (cp < 0x80 || cp > 0xFF) {
        return false;
      }
    }
    return true;
  }

  private static int firstValid(int[] inner) {
    for (int k = 0; k < inner.length; k++) {
      if (inner[k] >= 0) {
        return k;
      }
    }
    return -1;
  }

  /** The text left of the slot's character, read as the next layer: its bytes before the {@code skip} it shares. */
  private static String readLeft(CharSequence left, int skip) {
    int end = left.length() - skip;
    int start = end;
    while (start > 0 && end - start < CONTEXT && innerByte(left.charAt(start - 1)) >= 0
        && left.charAt(start - 1) != '\n') {
      start--;
    }
    return read(left, start, end, true);
  }

  /** The text right of the slot's character, read as the next layer, after the {@code skip} bytes it shares. */
  private static int[] readRight(int[] right, int skip) {
    int end = skip;
    while (end < right.length && end - skip < CONTEXT && innerByte(right[end]) >= 0 && right[end] != '\n') {
      end++;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = skip; i < end; i++) {
      sb.appendCodePoint(right[i]);
    }
    return read(sb, 0, sb.length(), false).codePoints().toArray();
  }

  /**
   * {@code text[from, to)} as bytes, decoded as UTF-8; a character cut at the window's far end (before, for the left
   * side) is dropped rather than shown as U+FFFD.
   */
  private static String read(CharSequence text, int from, int to, boolean leftSide) {
    byte[] bytes = new byte[to - from];
    for (int i = from; i < to; i++) {
      bytes[i - from] = (byte) innerByte(text.charAt(i));
    }
    int start = 0;
    if (leftSide) {
      while (start < bytes.length && Utf8.isContinuation(bytes[start] & 0xFF)) {
        start++;
      }
    }
    String s = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    // what lies beyond a byte that does not read (another lost byte, still unchosen) is not this layer's context
    return leftSide ? s.substring(s.lastIndexOf('\uFFFD') + 1) : s.substring(0, s.indexOf('\uFFFD') < 0 ? s.length()
        : s.indexOf('\uFFFD'));
  }

  /**
   * Whether the word around the slot lies whole inside the context read: a character other than a letter on both
   * sides, or on the left a context shorter than half the window (taken as the line's start, though the reading may
   * also have stopped at a character of no layer). A word cut short where an unchosen byte stops the reading would be
   * judged wrongly.
   */
  private static boolean wordKnown(String left, int[] right) {
    int i = left.length();
    while (i > 0 && Character.isLetter(left.charAt(i - 1))) {
      i--;
    }
    boolean leftEdge = i > 0 || left.length() < CONTEXT / 2;
    int j = 0;
    while (j < right.length && Character.isLetter(right[j])) {
      j++;
    }
    return leftEdge && j < right.length;
  }

  private static char[] cp1252High() {
    byte[] bytes = new byte[0x20];
    for (int b = 0; b < bytes.length; b++) {
      bytes[b] = (byte) (0x80 + b);
    }
    char[] out = new String(bytes, java.nio.charset.Charset.forName("windows-1252")).toCharArray();
    for (int b = 0; b < out.length; b++) {
      if (out[b] < 0x100 || out[b] == '\uFFFD') {
        out[b] = 0; // unmapped (the JDK reads these as U+FFFD or the C1 control itself)
      }
    }
    return out;
  }
}
