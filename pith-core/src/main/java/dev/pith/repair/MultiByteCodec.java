package dev.pith.repair;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CJK codec of one- and two-byte characters (GBK/GB18030, Big5/Big5-HKSCS, Shift_JIS/windows-31j, EUC-JP,
 * EUC-KR/CP949), built from the JDK's tables.
 *
 * <p>Each variant replays decoding the way CPython's codecs do it, which is also what most decoders do: ASCII bytes are
 * themselves; a byte with a single-byte mapping is that character; otherwise the byte and the next one form a pair;
 * when the pair is not mapped, only the first byte is in error (replaced or dropped) and decoding goes on at the
 * second. CPython's tables differ from the JDK's in a few places, patched here: the JDK maps GBK's and CP949's
 * user-defined areas to private-use characters where CPython reports an error, and a dozen single mappings differ.
 * The encoder is the union of all variants plus the JDK's private-use mappings, so that private-use characters in
 * GBK mojibake are read back as the bytes they stand for.
 */
final class MultiByteCodec extends Codec {
  /** A decoder of the family, as tables. */
  static final class Variant {
    final String label;
    /** Code point per pair, index {@code (lead - 0x80) << 8 | trail}; 0 when the pair is not mapped. */
    final int[] pairs = new int[0x8000];
    /** Code point per single high byte, index {@code b - 0x80}; 0 when the byte is not a character alone. */
    final int[] singles = new int[0x80];
    /** EUC-JP's three-byte JIS X 0212 characters ({@code 8F xx yy}), index {@code (xx - 0xA1) * 94 + yy - 0xA1}. */
    int[] triples;
    /** GB18030's four-byte sequences are decoded through the JDK on demand. */
    Charset fourByte;

    Variant(String label) {
      this.label = label;
    }
  }

  private final List<Variant> variants;
  /** Code point to packed code for the BMP; -1 where no variant maps to it. */
  private final int[] bmp;
  private final Map<Integer, Integer> supplementary;

  private MultiByteCodec(String name, double priorBits, int index, List<Variant> variants, int[] bmp,
      Map<Integer, Integer> supplementary) {
    super(name, priorBits, index);
    this.variants = List.copyOf(variants);
    this.bmp = bmp;
    this.supplementary = supplementary;
  }

  /** Patch of one variant: {@code code} (packed bytes) decodes to {@code cp}, or is unmapped when cp is 0. */
  record Patch(String variant, int code, int cp) {}

  /**
   * Builds the family {@code name} from JDK charsets. {@code variantCharsets} pairs a label with a JDK charset name;
   * {@code dropPrivateUse} names the variants for which private-use results count as errors (CPython's view).
   */
  static MultiByteCodec build(String name, double priorBits, int index, String[][] variantCharsets,
      List<String> dropPrivateUse, List<Patch> patches) {
    int[] bmp = new int[0x10000];
    Arrays.fill(bmp, -1);
    Map<Integer, Integer> supplementary = new HashMap<>();
    List<Variant> variants = new java.util.ArrayList<>();
    for (String[] vc : variantCharsets) {
      Variant v = new Variant(vc[0]);
      Charset charset = Charset.forName(vc[1]);
      fill(v, charset);
      // the union encoder sees the JDK's own mappings, private-use ones included
      addToEncoder(v, bmp, supplementary);
      if (dropPrivateUse.contains(v.label)) {
        for (int i = 0; i < v.pairs.length; i++) {
          if (v.pairs[i] >= 0xE000 && v.pairs[i] <= 0xF8FF) {
            v.pairs[i] = 0;
          }
        }
      }
      variants.add(v);
    }
    for (Patch p : patches) {
      for (Variant v : variants) {
        if (!v.label.equals(p.variant())) {
          continue;
        }
        if (p.code() < 0x100) {
          v.singles[p.code() - 0x80] = p.cp();
        } else if (p.code() < 0x10000) {
          v.pairs[((p.code() >> 8) - 0x80) << 8 | (p.code() & 0xFF)] = p.cp();
        } else if (v.triples != null) {
          v.triples[(((p.code() >> 8) & 0xFF) - 0xA1) * 94 + (p.code() & 0xFF) - 0xA1] = p.cp();
        }
        if (p.cp() != 0) {
          put(bmp, supplementary, p.cp(), p.code());
        }
      }
    }
    return new MultiByteCodec(name, priorBits, index, variants, bmp, supplementary);
  }

  private static void fill(Variant v, Charset charset) {
    CharsetDecoder d = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    byte[] one = new byte[1];
    byte[] two = new byte[2];
    for (int b = 0x80; b < 0x100; b++) {
      one[0] = (byte) b;
      int cp = decodeOne(d, one);
      if (cp > 0) {
        v.singles[b - 0x80] = cp;
        continue;
      }
      two[0] = (byte) b;
      for (int t = 0x21; t < 0x100; t++) {
        two[1] = (byte) t;
        int pair = decodeOne(d, two);
        if (pair > 0) {
          v.pairs[(b - 0x80) << 8 | t] = pair;
        }
      }
    }
    if (charset.name().equals("EUC-JP")) {
      v.triples = new int[94 * 94];
      byte[] three = {(byte) 0x8F, 0, 0};
      for (int l = 0xA1; l <= 0xFE; l++) {
        for (int t = 0xA1; t <= 0xFE; t++) {
          three[1] = (byte) l;
          three[2] = (byte) t;
          int cp = decodeOne(d, three);
          if (cp > 0) {
            v.triples[(l - 0xA1) * 94 + t - 0xA1] = cp;
          }
        }
      }
    }
    if (charset.name().equals("GB18030")) {
      v.fourByte = charset;
    }
  }

  /** The one code point {@code bytes} decode to, or -1. */
  private static int decodeOne(CharsetDecoder d, byte[] bytes) {
    try {
      CharBuffer out = d.reset().decode(ByteBuffer.wrap(bytes));
      if (out.length() == 0 || out.charAt(0) == '\uFFFD') {
        return -1;
      }
      int cp = Character.codePointAt(out, 0);
      return Character.charCount(cp) == out.length() ? cp : -1;
    } catch (CharacterCodingException | RuntimeException e) {
      return -1;
    }
  }

  private static void addToEncoder(Variant v, int[] bmp, Map<Integer, Integer> supplementary) {
    for (int b = 0x80; b < 0x100; b++) {
      if (v.singles[b - 0x80] > 0) {
        put(bmp, supplementary, v.singles[b - 0x80], b);
      }
    }
    for (int i = 0; i < v.pairs.length; i++) {
      if (v.pairs[i] > 0) {
        put(bmp, supplementary, v.pairs[i], ((i >> 8) + 0x80) << 8 | (i & 0xFF));
      }
    }
    if (v.triples != null) {
      for (int i = 0; i < v.triples.length; i++) {
        if (v.triples[i] > 0) {
          put(bmp, supplementary, v.triples[i], 0x8F0000 | (i / 94 + 0xA1) << 8 | (i % 94 + 0xA1));
        }
      }
    }
  }

  private static void put(int[] bmp, Map<Integer, Integer> supplementary, int cp, int code) {
    if (cp < 0x10000) {
      if (bmp[cp] < 0) {
        bmp[cp] = code;
      }
    } else {
      supplementary.putIfAbsent(cp, code);
    }
  }

  @Override
  boolean singleByte() {
    return false;
  }

  @Override
  int encode(int cp) {
    if (cp < 0x80) {
      return cp;
    }
    if (cp < 0x10000) {
      return bmp[cp];
    }
    Integer code = supplementary.get(cp);
    return code == null ? UNENCODABLE : code;
  }

  @Override
  boolean decode(byte[] bytes, int from, int to, DecodeErrors errors, StringBuilder out) {
    return decodeWith(variants.get(0), bytes, from, to, errors, out);
  }

  static boolean decodeWith(Variant v, byte[] bytes, int from, int to, DecodeErrors errors, StringBuilder out) {
    int i = from;
    while (i < to) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        out.append((char) b);
        i++;
        continue;
      }
      int single = v.singles[b - 0x80];
      if (single > 0) {
        out.appendCodePoint(single);
        i++;
        continue;
      }
      if (i + 1 < to) {
        int t = bytes[i + 1] & 0xFF;
        if (v.triples != null && b == 0x8F && i + 2 < to) {
          int t2 = bytes[i + 2] & 0xFF;
          if (t >= 0xA1 && t <= 0xFE && t2 >= 0xA1 && t2 <= 0xFE) {
            int cp = v.triples[(t - 0xA1) * 94 + t2 - 0xA1];
            if (cp > 0) {
              out.appendCodePoint(cp);
              i += 3;
              continue;
            }
          }
        } else if (v.fourByte != null && t >= 0x30 && t <= 0x39) {
          int cp = i + 3 < to ? fourByte(v.fourByte, bytes, i) : -1;
          if (cp > 0) {
            out.appendCodePoint(cp);
            i += 4;
            continue;
          }
        } else {
          int cp = v.pairs[(b - 0x80) << 8 | t];
          if (cp > 0) {
            out.appendCodePoint(cp);
            i += 2;
            continue;
          }
        }
      }
      switch (errors) {
        case STRICT:
          return false;
        case REPLACE:
        case SLOPPY:
          out.append('\uFFFD');
          break;
        case IGNORE:
        default:
          break;
      }
      i++;
    }
    return true;
  }

  private static int fourByte(Charset charset, byte[] bytes, int at) {
    int b3 = bytes[at + 2] & 0xFF;
    int b4 = bytes[at + 3] & 0xFF;
    if (b3 < 0x81 || b3 > 0xFE || b4 < 0x30 || b4 > 0x39) {
      return -1;
    }
    CharsetDecoder d = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    return decodeOne(d, Arrays.copyOfRange(bytes, at, at + 4));
  }

  @Override
  boolean reproduces(byte[] bytes, int length, DecodeErrors errors, int[] text) {
    for (Variant v : variants) {
      if (matches(v, bytes, length, errors, text)) {
        return true;
      }
    }
    return false;
  }

  /** Decodes like {@link #decodeWith} but compares with {@code text} as it goes, without building a string. */
  private static boolean matches(Variant v, byte[] bytes, int to, DecodeErrors errors, int[] text) {
    int i = 0;
    int t = 0;
    while (i < to) {
      int b = bytes[i] & 0xFF;
      int cp = -1;
      int used = 1;
      if (b < 0x80) {
        cp = b;
      } else if (v.singles[b - 0x80] > 0) {
        cp = v.singles[b - 0x80];
      } else if (i + 1 < to) {
        int tr = bytes[i + 1] & 0xFF;
        if (v.triples != null && b == 0x8F) {
          if (i + 2 < to) {
            int t2 = bytes[i + 2] & 0xFF;
            if (tr >= 0xA1 && tr <= 0xFE && t2 >= 0xA1 && t2 <= 0xFE && v.triples[(tr - 0xA1) * 94 + t2 - 0xA1] > 0) {
              cp = v.triples[(tr - 0xA1) * 94 + t2 - 0xA1];
              used = 3;
            }
          }
        } else if (v.fourByte != null && tr >= 0x30 && tr <= 0x39) {
          int c4 = i + 3 < to ? fourByte(v.fourByte, bytes, i) : -1;
          if (c4 > 0) {
            cp = c4;
            used = 4;
          }
        } else if (v.pairs[(b - 0x80) << 8 | tr] > 0) {
          cp = v.pairs[(b - 0x80) << 8 | tr];
          used = 2;
        }
      }
      i += used;
      if (cp < 0) {
        if (errors == DecodeErrors.STRICT) {
          return false;
        }
        if (errors == DecodeErrors.IGNORE) {
          continue;
        }
        cp = 0xFFFD;
      }
      if (t >= text.length || text[t++] != cp) {
        return false;
      }
    }
    return t == text.length;
  }
}
