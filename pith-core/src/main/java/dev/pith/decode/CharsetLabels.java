package dev.pith.decode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Maps the charset labels pages declare to the charsets browsers really use for them (the WHATWG Encoding
 * Standard): {@code iso-8859-1} and {@code ascii} mean windows-1252, {@code gb2312} means GBK, {@code shift_jis}
 * means windows-31j, and so on. Decoding with the strict label instead would turn curly quotes and euro signs
 * into control characters.
 */
final class CharsetLabels {
  private static final Map<String, String> ALIASES = new HashMap<>();

  static {
    for (String label : new String[] {"ascii", "us-ascii", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1",
        "l1", "cp1252", "windows-1252", "x-cp1252", "cp819", "ibm819", "iso-ir-100", "csisolatin1",
        "ansi_x3.4-1968", "iso_8859-1:1987"}) {
      ALIASES.put(label, "windows-1252");
    }
    for (String label : new String[] {"gb2312", "gbk", "x-gbk", "cp936", "windows-936", "csgb2312",
        "chinese", "gb_2312-80", "iso-ir-58", "euc-cn"}) {
      ALIASES.put(label, "GBK");
    }
    ALIASES.put("gb18030", "GB18030");
    for (String label : new String[] {"big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"}) {
      ALIASES.put(label, "Big5-HKSCS");
    }
    for (String label : new String[] {"shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "csshiftjis",
        "ms932", "windows-31j", "cp932"}) {
      ALIASES.put(label, "windows-31j");
    }
    for (String label : new String[] {"euc-kr", "ks_c_5601-1987", "ksc5601", "ksc_5601", "korean",
        "windows-949", "cp949", "csksc56011987", "iso-ir-149"}) {
      ALIASES.put(label, "x-windows-949");
    }
    ALIASES.put("euc-jp", "EUC-JP");
    ALIASES.put("x-euc-jp", "EUC-JP");
    ALIASES.put("iso-2022-jp", "ISO-2022-JP");
    ALIASES.put("tis-620", "x-windows-874");
    ALIASES.put("iso-8859-11", "x-windows-874");
    ALIASES.put("windows-874", "x-windows-874");
    ALIASES.put("iso-8859-9", "windows-1254");
    ALIASES.put("latin5", "windows-1254");
    ALIASES.put("utf8", "UTF-8");
    ALIASES.put("unicode-1-1-utf-8", "UTF-8");
    ALIASES.put("x-mac-roman", "x-MacRoman");
    ALIASES.put("macintosh", "x-MacRoman");
    ALIASES.put("mac", "x-MacRoman");
    ALIASES.put("x-mac-cyrillic", "x-MacCyrillic");
    ALIASES.put("koi8", "KOI8-R");
  }

  private CharsetLabels() {}

  /** The charset a browser uses for {@code label}, or null when the label is unknown to the JVM. */
  static @Nullable Charset forLabel(String label) {
    String key = label.trim().toLowerCase(Locale.ROOT);
    if (key.length() >= 2 && (key.charAt(0) == '"' || key.charAt(0) == '\'')) {
      key = key.substring(1, key.length() - 1).trim();
    }
    if (key.isEmpty()) {
      return null;
    }
    String name = ALIASES.getOrDefault(key, key);
    try {
      return Charset.forName(name);
    } catch (RuntimeException unknownOrIllegal) {
      return null;
    }
  }

  /** WHATWG: a page that declares UTF-16 in its markup is decoded as UTF-8 (the markup itself is ASCII). */
  static Charset forMarkupDeclaration(Charset declared) {
    String name = declared.name();
    if (name.startsWith("UTF-16") || name.startsWith("UTF-32") || name.equals("x-UTF-16LE-BOM")) {
      return StandardCharsets.UTF_8;
    }
    return declared;
  }
}
