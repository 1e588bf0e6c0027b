package dev.pith.repair;

/**
 * A charset that text may have been wrongly decoded with, seen from the repair side: it turns each character of the
 * broken text back into the bytes the wrong decoder read ({@link #encode}), and it can replay that wrong decoding on
 * candidate bytes ({@link #decode}) to check that a guess for lost bytes really gives the broken text.
 *
 * <p>Encoding is the union of the variants the family covers (for example GBK and GB18030, or Shift_JIS and
 * windows-31j, as the JDK and CPython map them) so that mojibake made by any of them inverts. Immutable and
 * thread-safe.
 */
abstract sealed class Codec permits SingleByteCodec, MultiByteCodec {
  /** {@link #encode} result for a character this codec can not have produced. */
  static final int UNENCODABLE = -1;

  private final String name;
  private final double priorBits;
  private final int index;

  Codec(String name, double priorBits, int index) {
    this.name = name;
    this.priorBits = priorBits;
    this.index = index;
  }

  /** The name used in explanations, e.g. {@code windows-1252} or {@code gbk}. */
  final String name() {
    return name;
  }

  /**
   * Cost in bits of claiming that a document went through this codec: how unusual this wrong decoding is on the web.
   * Paid once per document, so that a single coincidence in clean text is not enough.
   */
  final double priorBits() {
    return priorBits;
  }

  /** Position in {@link Codecs#all()}, used for bit masks. */
  final int index() {
    return index;
  }

  /** True for codecs that read one byte per character. */
  abstract boolean singleByte();

  /**
   * The bytes the wrong decoder read to produce {@code cp}, packed big-endian into an int (1 to 3 bytes; ASCII is
   * itself), or {@link #UNENCODABLE}.
   */
  abstract int encode(int cp);

  /** Number of bytes in a packed code returned by {@link #encode}. */
  static int codeLength(int code) {
    if (code < 0x100) {
      return 1;
    }
    return code < 0x10000 ? 2 : 3;
  }

  /**
   * Decodes {@code bytes[from, to)} as the wrong decoder did, appending to {@code out}; false when {@code errors} is
   * {@link DecodeErrors#STRICT} and an error was met. Every variant of the family is tried in {@link #reproduces}.
   */
  abstract boolean decode(byte[] bytes, int from, int to, DecodeErrors errors, StringBuilder out);

  /**
   * True when decoding {@code bytes} with some variant of this codec and {@code errors} gives exactly the code points
   * {@code text}.
   */
  abstract boolean reproduces(byte[] bytes, int length, DecodeErrors errors, int[] text);

  @Override
  public final String toString() {
    return name;
  }
}
