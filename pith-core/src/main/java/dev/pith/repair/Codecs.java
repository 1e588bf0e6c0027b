package dev.pith.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The wrong decodings repair knows, cheapest first. Tables are built from the JDK's charsets on first use and are
 * immutable afterwards.
 *
 * <p>Priors (bits, paid once per document) rank the codecs by how often each one garbles web text: windows-1252 (and
 * latin-1, its C1 twin) is the common case; windows-1251/1250 and the CJK defaults of Chinese, Japanese and Korean
 * Windows come next; DOS and Mac code pages and the rarer ISO sets last. They only break ties between codecs that
 * explain a text about equally well, and keep one coincidence in clean text from counting as mojibake.
 */
final class Codecs {
  private static final class Holder {
    static final List<Codec> ALL = build();
  }

  private Codecs() {}

  /** Every codec, cheapest prior first. */
  static List<Codec> all() {
    return Holder.ALL;
  }

  /** The codec called {@code name} (as in explanations), or null. */
  static @Nullable Codec byName(String name) {
    String key = name.trim().toLowerCase(Locale.ROOT);
    for (Codec c : all()) {
      if (c.name().equals(key)) {
        return c;
      }
    }
    return null;
  }

  private static List<Codec> build() {
    List<Codec> list = new ArrayList<>();
    int[][] none = {};
    // mac_cyrillic: CPython follows the newer Apple table in three places.
    int[][] macCyrillic = {{1, 0xA2, 0x0490}, {1, 0xB6, 0x0491}, {1, 0xFF, 0x20AC}};
    list.add(new SingleByteCodec("windows-1252", 6, list.size(), none, "windows-1252", "ISO-8859-1"));
    list.add(gbk(list.size()));
    list.add(new SingleByteCodec("windows-1251", 8, list.size(), none, "windows-1251"));
    list.add(new SingleByteCodec("windows-1250", 9, list.size(), none, "windows-1250"));
    list.add(shiftJis(list.size()));
    list.add(big5(list.size()));
    list.add(eucKr(list.size()));
    list.add(eucJp(list.size()));
    list.add(new SingleByteCodec("mac-roman", 10, list.size(), none, "x-MacRoman"));
    list.add(new SingleByteCodec("iso-8859-15", 10.5, list.size(), none, "ISO-8859-15"));
    list.add(new SingleByteCodec("ibm437", 11, list.size(), none, "IBM437"));
    list.add(new SingleByteCodec("windows-1254", 11, list.size(), none, "windows-1254"));
    list.add(new SingleByteCodec("iso-8859-2", 11, list.size(), none, "ISO-8859-2"));
    list.add(new SingleByteCodec("ibm850", 12, list.size(), none, "IBM850"));
    list.add(new SingleByteCodec("koi8-r", 12, list.size(), none, "KOI8-R"));
    list.add(new SingleByteCodec("windows-1253", 12, list.size(), none, "windows-1253"));
    list.add(new SingleByteCodec("windows-1257", 12, list.size(), none, "windows-1257"));
    list.add(new SingleByteCodec("windows-1256", 12, list.size(), none, "windows-1256"));
    list.add(new SingleByteCodec("koi8-u", 13, list.size(), none, "KOI8-U"));
    list.add(new SingleByteCodec("mac-cyrillic", 13, list.size(), macCyrillic, "x-MacCyrillic", "x-MacCyrillic"));
    list.add(new SingleByteCodec("ibm866", 13, list.size(), none, "IBM866"));
    list.add(new SingleByteCodec("windows-1255", 13, list.size(), none, "windows-1255"));
    list.add(new SingleByteCodec("windows-1258", 13, list.size(), none, "windows-1258"));
    list.add(new SingleByteCodec("iso-8859-5", 13, list.size(), none, "ISO-8859-5"));
    list.add(new SingleByteCodec("iso-8859-7", 13, list.size(), none, "ISO-8859-7"));
    return List.copyOf(list);
  }

  private static MultiByteCodec gbk(int index) {
    List<MultiByteCodec.Patch> patches = new ArrayList<>();
    patches.add(new MultiByteCodec.Patch("gbk", 0xA892, 0x2295));
    int[][] gb18030 = {{0xA6D9, 0xE78D}, {0xA6DA, 0xE78E}, {0xA6DB, 0xE78F}, {0xA6DC, 0xE790}, {0xA6DD, 0xE791},
        {0xA6DE, 0xE792}, {0xA6DF, 0xE793}, {0xA6EC, 0xE794}, {0xA6ED, 0xE795}, {0xA6F3, 0xE796}, {0xA8BC, 0xE7C7},
        {0xFE59, 0xE81E}, {0xFE61, 0xE826}, {0xFE66, 0xE82B}, {0xFE67, 0xE82C}, {0xFE6D, 0xE832}, {0xFE7E, 0xE843},
        {0xFE90, 0xE854}, {0xFEA0, 0xE864}};
    for (int[] p : gb18030) {
      patches.add(new MultiByteCodec.Patch("gb18030", p[0], p[1]));
    }
    return MultiByteCodec.build("gbk", 8, index, new String[][] {{"gbk", "GBK"}, {"gb18030", "GB18030"}},
        List.of("gbk"), patches);
  }

  private static MultiByteCodec big5(int index) {
    List<MultiByteCodec.Patch> patches = new ArrayList<>();
    int[][] big5 = {{0xA15A, 0x2574}, {0xA1C3, 0xFFE3}, {0xA1C5, 0x02CD}, {0xA1FE, 0xFF0F}, {0xA240, 0xFF3C}};
    for (String v : new String[] {"big5", "big5hkscs"}) {
      for (int[] p : big5) {
        patches.add(new MultiByteCodec.Patch(v, p[0], p[1]));
      }
    }
    return MultiByteCodec.build("big5", 9, index,
        new String[][] {{"big5", "Big5"}, {"big5hkscs", "Big5-HKSCS"}}, List.of(), patches);
  }

  private static MultiByteCodec shiftJis(int index) {
    List<MultiByteCodec.Patch> patches = List.of(
        new MultiByteCodec.Patch("shift_jis", 0x815C, 0x2015),
        new MultiByteCodec.Patch("cp932", 0x80, 0x0080),
        new MultiByteCodec.Patch("cp932", 0xA0, 0x00A0),
        new MultiByteCodec.Patch("cp932", 0xFD, 0xF8F1),
        new MultiByteCodec.Patch("cp932", 0xFE, 0xF8F2),
        new MultiByteCodec.Patch("cp932", 0xFF, 0xF8F3));
    return MultiByteCodec.build("shift_jis", 9, index,
        new String[][] {{"shift_jis", "Shift_JIS"}, {"cp932", "windows-31j"}}, List.of(), patches);
  }

  private static MultiByteCodec eucJp(int index) {
    List<MultiByteCodec.Patch> patches = List.of(
        new MultiByteCodec.Patch("euc_jp", 0xA1BD, 0x2015),
        new MultiByteCodec.Patch("euc_jp", 0x8FA2B7, 0x007E));
    return MultiByteCodec.build("euc-jp", 10, index, new String[][] {{"euc_jp", "EUC-JP"}}, List.of(), patches);
  }

  private static MultiByteCodec eucKr(int index) {
    List<MultiByteCodec.Patch> patches = List.of(
        new MultiByteCodec.Patch("euc_kr", 0xA2E8, 0),
        new MultiByteCodec.Patch("euc_kr", 0xA4D4, 0));
    return MultiByteCodec.build("euc-kr", 10, index,
        new String[][] {{"euc_kr", "EUC-KR"}, {"cp949", "x-windows-949"}}, List.of("cp949"), patches);
  }
}
