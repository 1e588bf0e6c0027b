package dev.pith.repair;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * A codec that reads one byte per character (windows-125x, ISO-8859-x, Mac, DOS, KOI8), built from the JDK's tables.
 * Several JDK charsets can form one family (windows-1252 with ISO-8859-1: they differ only in 0x80–0x9F); the
 * encoder also takes the C1 control of an unmapped byte back to that byte, which is what "sloppy" decoders (browsers)
 * produce.
 */
final class SingleByteCodec extends Codec {
  /** Per variant: byte value to code point, -1 where the variant leaves the byte unmapped. */
  private final int[][] tables;
  /** Code point to byte, for the union of the variants; sparse above 0x7F. */
  private final char[] keys;
  private final byte[] values;
  /**
   * Code points below {@value #DIRECT} straight to their byte (0: none), as they are most of what the repair asks
   * about: Latin, Greek, Cyrillic, Hebrew, Arabic.
   */
  private final byte[] direct = new byte[DIRECT];
  private static final int DIRECT = 0x800;
  private final boolean[] lostBytes = new boolean[256];

  SingleByteCodec(String name, double priorBits, int index, int[][] overrides, String... charsets) {
    super(name, priorBits, index);
    tables = new int[charsets.length][];
    for (int v = 0; v < charsets.length; v++) {
      tables[v] = table(Charset.forName(charsets[v]));
    }
    for (int[] override : overrides) { // override = {variant, byte, codePoint}
      tables[override[0]][override[1]] = override[2];
    }
    for (int[] table : tables) {
      for (int b = 0x80; b < 0x100; b++) {
        lostBytes[b] |= table[b] < 0;
      }
    }
    // Union encoder: every mapped byte of every variant, then the C1 control of each byte some variant leaves unmapped.
    int[] map = new int[0x10000];
    Arrays.fill(map, -1);
    for (int[] table : tables) {
      for (int b = 0x80; b < 0x100; b++) {
        if (table[b] >= 0 && map[table[b]] < 0) {
          map[table[b]] = b;
        }
      }
    }
    for (int[] table : tables) {
      for (int b = 0x80; b < 0xA0; b++) {
        if (table[b] < 0 && map[b] < 0) {
          map[b] = b;
        }
      }
    }
    int n = 0;
    for (int cp = 0x80; cp < 0x10000; cp++) {
      if (map[cp] >= 0) {
        n++;
      }
    }
    keys = new char[n];
    values = new byte[n];
    int k = 0;
    for (int cp = 0x80; cp < 0x10000; cp++) {
      if (map[cp] >= 0) {
        keys[k] = (char) cp;
        values[k++] = (byte) map[cp];
        if (cp < DIRECT) {
          direct[cp] = (byte) map[cp];
        }
      }
    }
  }

  private static int[] table(Charset charset) {
    int[] table = new int[256];
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    for (int b = 0; b < 256; b++) {
      if (b < 0x80) {
        table[b] = b;
        continue;
      }
      try {
        CharBuffer out = decoder.reset().decode(ByteBuffer.wrap(new byte[] {(byte) b}));
        table[b] = out.length() == 1 && out.charAt(0) != '\uFFFD' ? out.charAt(0) : -1;
      } catch (CharacterCodingException unmapped) {
        table[b] = -1;
      }
    }
    return table;
  }

  @Override
  boolean singleByte() {
    return true;
  }

  @Override
  int encode(int cp) {
    if (cp < 0x80) {
      return cp;
    }
    if (cp < DIRECT) {
      int b = direct[cp] & 0xFF;
      return b == 0 ? UNENCODABLE : b; // every byte a codec maps a character to is 0x80 or above
    }
    if (cp > 0xFFFF) {
      return UNENCODABLE;
    }
    int at = Arrays.binarySearch(keys, (char) cp);
    return at < 0 ? UNENCODABLE : values[at] & 0xFF;
  }

  /** True when byte {@code b} is unmapped in some variant, so that a decoder could have replaced or dropped it. */
  boolean unmapped(int b) {
    return lostBytes[b];
  }

  /** Per byte value: unmapped in some variant (the only bytes a decoder of this codec can lose). Do not modify. */
  boolean[] lostBytes() {
    return lostBytes;
  }

  @Override
  boolean decode(byte[] bytes, int from, int to, DecodeErrors errors, StringBuilder out) {
    return decodeWith(tables[0], bytes, from, to, errors, out);
  }

  private static boolean decodeWith(int[] table, byte[] bytes, int from, int to, DecodeErrors errors,
      StringBuilder out) {
    for (int i = from; i < to; i++) {
      int b = bytes[i] & 0xFF;
      int cp = table[b];
      if (cp >= 0) {
        out.append((char) cp);
        continue;
      }
      switch (errors) {
        case STRICT:
          return false;
        case REPLACE:
          out.append('\uFFFD');
          break;
        case SLOPPY:
          out.append((char) b);
          break;
        case IGNORE:
        default:
          break;
      }
    }
    return true;
  }

  @Override
  boolean reproduces(byte[] bytes, int length, DecodeErrors errors, int[] text) {
    for (int[] table : tables) {
      int t = 0;
      boolean ok = true;
      for (int i = 0; i < length && ok; i++) {
        int b = bytes[i] & 0xFF;
        int cp = table[b];
        if (cp < 0) {
          if (errors == DecodeErrors.IGNORE) {
            continue;
          }
          cp = errors == DecodeErrors.REPLACE ? 0xFFFD : errors == DecodeErrors.SLOPPY ? b : -1;
        }
        ok = cp >= 0 && t < text.length && text[t++] == cp;
      }
      if (ok && t == text.length) {
        return true;
      }
    }
    return false;
  }
}
