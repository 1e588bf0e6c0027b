package dev.pith.repair;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Which Han characters belong to one written standard only: simplified forms that Traditional Chinese does not use
 * ({@code 学}, {@code 讲}) and traditional forms that Simplified Chinese does not ({@code 學}, {@code 講}), from
 * ICU's own Hans-Hant transliterators. A text keeps to one standard, so where a lost byte leaves {@code 学} or
 * {@code 實} possible inside Traditional text, the traditional one fits. The sets are read from a resource that
 * {@code ChineseScriptsTest} checks against the transliterators (which take a second or two to run over all Han
 * characters); loaded on first use, immutable and thread-safe.
 */
final class ChineseScripts {
  private static final int FIRST = 0x4E00;
  private static final int LAST = 0x9FFF;

  private final BitSet simplifiedOnly = new BitSet();
  private final BitSet traditionalOnly = new BitSet();

  private ChineseScripts(BitSet simplifiedOnly, BitSet traditionalOnly) {
    this.simplifiedOnly.or(simplifiedOnly);
    this.traditionalOnly.or(traditionalOnly);
  }

  /** The forms as ICU's transliterators give them (slow: a second or two; the resource holds the result). */
  static ChineseScripts fromTransliterators() {
    Transliterator toTraditional = Transliterator.getInstance("Hans-Hant");
    Transliterator toSimplified = Transliterator.getInstance("Hant-Hans");
    BitSet simplified = new BitSet();
    BitSet traditional = new BitSet();
    for (int c = FIRST; c <= LAST; c++) {
      String s = new String(Character.toChars(c));
      if (!toTraditional.transliterate(s).equals(s)) {
        simplified.set(c - FIRST);
      }
      if (!toSimplified.transliterate(s).equals(s)) {
        traditional.set(c - FIRST);
      }
    }
    return new ChineseScripts(simplified, traditional);
  }

  /** The resource's bytes: both sets over U+4E00..U+9FFF, simplified first, each as {@link BitSet#toByteArray}. */
  byte[] toBytes() {
    byte[] s = Arrays.copyOf(simplifiedOnly.toByteArray(), BYTES);
    byte[] t = Arrays.copyOf(traditionalOnly.toByteArray(), BYTES);
    byte[] out = Arrays.copyOf(s, 2 * BYTES);
    System.arraycopy(t, 0, out, BYTES, BYTES);
    return out;
  }

  private static final int BYTES = (LAST - FIRST + 1 + 7) / 8;
  static final String RESOURCE = "han-standards.bin";

  private static ChineseScripts load() {
    try (InputStream in = ChineseScripts.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      byte[] all = in.readAllBytes();
      if (all.length != 2 * BYTES) {
        throw new IllegalStateException("unexpected size of " + RESOURCE + ": " + all.length);
      }
      return new ChineseScripts(BitSet.valueOf(Arrays.copyOf(all, BYTES)),
          BitSet.valueOf(Arrays.copyOfRange(all, BYTES, 2 * BYTES)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Holder {
    static final ChineseScripts INSTANCE = load();
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
