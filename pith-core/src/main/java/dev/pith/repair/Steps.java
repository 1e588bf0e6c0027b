package dev.pith.repair;

import dev.pith.document.RepairStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The two kinds of {@link RepairStep} repair makes, and their details, written so that {@link TextRepair#replay} can
 * redo them:
 *
 * <ul>
 *   <li>{@code reencode}, detail {@code utf-8 read as gbk}: the span, turned back into the bytes that codec read,
 *       is UTF-8. Lossless.
 *   <li>{@code fill}, detail {@code E2 80 [9D] utf-8 read as gbk, byte dropped: ” closes the “ still open in the
 *       paragraph}: the span's bytes, with the guessed ones in brackets, then the codec, how the byte was lost
 *       ({@code dropped} or {@code replaced} by U+FFFD) and, per guess, the character and the rule that chose it.
 * </ul>
 */
final class Steps {
  static final String REENCODE = "reencode";
  static final String FILL = "fill";
  private static final String READ_AS = "utf-8 read as ";

  private Steps() {}

  /** {@code cp} as an explanation shows it: itself, or {@code U+0081} for a control that would not show. */
  static String shown(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL || type == Character.FORMAT
        ? String.format(Locale.ROOT, "U+%04X", cp) : new String(Character.toChars(cp));
  }

  static String reencodeDetail(Codec codec) {
    return READ_AS + codec.name();
  }

  static String fillDetail(int[] bytes, boolean[] unknown, Codec codec, boolean dropped, String reasons) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < bytes.length; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      String hex = String.format(Locale.ROOT, "%02X", bytes[i]);
      sb.append(unknown[i] ? "[" + hex + "]" : hex);
    }
    sb.append(' ').append(READ_AS).append(codec.name()).append(dropped ? ", byte dropped: " : ", byte replaced: ")
        .append(reasons);
    return sb.toString();
  }

  /**
   * The detail of a fill that puts back {@code cp}, all of whose bytes the decoder dropped (none is known), with the
   * rule that chose it.
   */
  static String droppedWholeDetail(int cp, Codec codec, String rule) {
    byte[] bytes = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int[] b = new int[bytes.length];
    boolean[] unknown = new boolean[bytes.length];
    for (int i = 0; i < b.length; i++) {
      b[i] = bytes[i] & 0xFF;
      unknown[i] = true;
    }
    return fillDetail(b, unknown, codec, true, shown(cp) + ": " + rule);
  }

  /**
   * The first multi-byte codec among {@code steps}' that {@code also} accepts, or null: the decoder whose dropped
   * bytes the steps that put back vanished characters look for.
   */
  static @org.jspecify.annotations.Nullable Codec multiByteCodec(List<RepairStep> steps,
      java.util.function.Predicate<Codec> also) {
    for (RepairStep step : steps) {
      Codec c = codecOf(step);
      if (!c.singleByte() && also.test(c)) {
        return c;
      }
    }
    return null;
  }

  /** The codec a step names. */
  static Codec codecOf(RepairStep step) {
    String d = step.detail();
    int at = d.indexOf(READ_AS);
    if (at < 0) {
      throw new IllegalArgumentException("step " + step + " names no codec");
    }
    int end = at + READ_AS.length();
    while (end < d.length() && d.charAt(end) != ',' && d.charAt(end) != ' ') {
      end++;
    }
    Codec codec = Codecs.byName(d.substring(at + READ_AS.length(), end));
    if (codec == null) {
      throw new IllegalArgumentException("step " + step + " names an unknown codec");
    }
    return codec;
  }

  /** The bytes listed at the start of a fill step's detail. */
  static byte[] bytesOf(RepairStep step) {
    String d = step.detail();
    int at = d.indexOf(READ_AS);
    if (at < 0) {
      throw new IllegalArgumentException("step " + step + " lists no bytes");
    }
    List<Integer> bytes = new ArrayList<>();
    for (String tok : d.substring(0, at).trim().split(" ")) {
      String hex = tok.replace("[", "").replace("]", "");
      try {
        bytes.add(Integer.parseInt(hex, 16));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("step " + step + ": not a byte: " + tok, e);
      }
    }
    byte[] out = new byte[bytes.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) (int) bytes.get(i);
    }
    return out;
  }
}
