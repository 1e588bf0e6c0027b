package dev.pith.repair;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Under a codec that maps every byte (cp437, KOI8-R, ...) no byte can be lost, and the parser does not follow the
 * paths that guess lost bytes. What it finds must then be exactly the lossless reading, which the JDK's UTF-8 decoder
 * gives independently: the unit from a character ends at the first character boundary up to which the bytes decode
 * as valid UTF-8 holding a multi-byte character.
 */
class LosslessCodecParseTest {
  /** Box drawing (text browsers' tables), accented letters, Cyrillic, symbols, ASCII and line breaks. */
  private static final String ALPHABET = "─│┌┐└┘├┤┬┴┼═║╔╗ ÃÂ©®°±éèçüöäñÐÑ×÷ĐđЖжЁёЯя€™–—“”‘’•…abcXYZ019 .,\n";

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
  void unitsAreExactlyTheLosslessReadings(int seed) throws CharacterCodingException {
    Random random = new Random(seed);
    List<Codec> lossless = new ArrayList<>();
    for (Codec codec : Codecs.all()) {
      if (codec instanceof SingleByteCodec sb && !anyLost(sb.lostBytes())) {
        lossless.add(codec);
      }
    }
    assertTrue(lossless.size() >= 3, "codecs that map every byte: " + lossless);
    int units = 0;
    for (int text = 0; text < 40; text++) {
      Codec codec = lossless.get(random.nextInt(lossless.size()));
      int[] codes = randomCodes(codec, random, 10 + random.nextInt(60));
      UnitParser parser = new UnitParser(codes, ((SingleByteCodec) codec).lostBytes());
      for (int start = 0; start < codes.length; start++) {
        if (codes[start] == UnitParser.FOREIGN || codes[start] < 0x80) {
          continue;
        }
        List<Unit> found = parser.parseFrom(start);
        int[] expected = losslessReading(codes, start);
        String where = codec + " at " + start;
        if (expected == null) {
          assertEquals(List.of(), found, where);
        } else {
          assertEquals(1, found.size(), where);
          Unit u = found.get(0);
          assertTrue(u.lossless(), where);
          assertEquals(start + expected[0], u.end(), where);
          assertArrayEquals(java.util.Arrays.copyOfRange(expected, 1, expected.length), u.output(), where);
          units++;
        }
      }
    }
    assertTrue(units > 0, "the texts hold some lossless units");
  }

  private static boolean anyLost(boolean[] lost) {
    for (boolean b : lost) {
      if (b) {
        return true;
      }
    }
    return false;
  }

  /** Codes of random characters the codec can produce (it encodes them to one byte each). */
  private static int[] randomCodes(Codec codec, Random random, int length) {
    int[] codes = new int[length];
    for (int i = 0; i < length; i++) {
      int code;
      do {
        code = codec.encode(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      } while (code == UnitParser.FOREIGN);
      codes[i] = code;
    }
    return codes;
  }

  /**
   * {length in characters, code points...} of the shortest run of characters from {@code start} (at most
   * {@link UnitParser#MAX_UNIT_CHARS} + 1) whose bytes are valid UTF-8 with a multi-byte character, or null.
   */
  private static int[] losslessReading(int[] codes, int start) throws CharacterCodingException {
    for (int end = start + 1; end <= Math.min(codes.length, start + UnitParser.MAX_UNIT_CHARS + 1); end++) {
      byte[] bytes = new byte[end - start];
      boolean multi = false;
      for (int i = start; i < end; i++) {
        bytes[i - start] = (byte) codes[i];
        multi |= codes[i] >= 0x80;
      }
      if (!multi) {
        continue;
      }
      String decoded;
      try {
        decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException invalid) {
        continue;
      }
      int[] cps = decoded.codePoints().toArray();
      int[] out = new int[cps.length + 1];
      out[0] = end - start;
      System.arraycopy(cps, 0, out, 1, cps.length);
      return out;
    }
    return null;
  }
}
