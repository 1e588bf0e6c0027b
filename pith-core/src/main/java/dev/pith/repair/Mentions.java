package dev.pith.repair;

/**
 * Tells whether a unit is quoted as a word or phrase of its own: {@code 'naÃ¯ve'}, {@code « Ã© »},
 * {@code name='JosÃ© GarcÃ­a'}, {@code (Â )}. Texts about encodings quote mojibake this way; texts that went through a
 * wrong decoding have their breakage everywhere, not just inside quotes.
 */
final class Mentions {
  /** A quoted mention is short: at most this many characters between the quote marks. */
  static final int MAX_QUOTED_CHARS = 40;
  /** ...and at most this many words. */
  static final int MAX_QUOTED_SPACES = 3;

  private Mentions() {}

  static boolean isMention(int[] cps, Unit u) {
    int open = -1;
    int spaces = 0;
    for (int i = u.start() - 1; i >= 0 && u.start() - i <= MAX_QUOTED_CHARS; i--) {
      int c = cps[i];
      if (closer(c) != 0) {
        open = i;
        break;
      }
      if (c == ' ') {
        if (++spaces > MAX_QUOTED_SPACES) {
          return false;
        }
      } else if (c == '\n' || c == '.' || c == ',' || c == ';' || c == ':') {
        return false;
      }
    }
    if (open < 0) {
      return false;
    }
    int want = closer(cps[open]);
    boolean bracket = cps[open] == '(' || cps[open] == '[';
    for (int i = u.end(); i < cps.length && i - open <= MAX_QUOTED_CHARS; i++) {
      int c = cps[i];
      if (c == want || want == 0x201C && c == 0x201D) {
        // a bracket only counts when it holds nothing but mojibake: "(£10bn)" is prose, "(Â )" a mention
        if (bracket) {
          for (int k = open + 1; k < i; k++) {
            if (cps[k] < 0x80 && Character.isLetterOrDigit(cps[k])) {
              return false;
            }
          }
        }
        return true;
      }
      if (c == ' ') {
        if (++spaces > MAX_QUOTED_SPACES) {
          return false;
        }
      } else if (c == '\n') {
        return false;
      }
    }
    return false;
  }

  /**
   * True when the unit repairs to a lone quote mark between spaces ({@code shows â€™ where}): quote marks belong to
   * words, so the text is showing the broken form, not using it.
   */
  static boolean isLoneQuote(int[] cps, Unit u) {
    int[] out = u.output();
    if (out.length != 1 || out[0] < 0) {
      return false;
    }
    int cp = out[0];
    if (cp != 0x2019 && cp != 0x2018 && cp != 0x201C && cp != 0x201D) {
      return false;
    }
    int prev = u.start() > 0 ? cps[u.start() - 1] : ' ';
    int next = u.end() < cps.length ? cps[u.end()] : ' ';
    return (prev == ' ' || prev == '\n') && (next == ' ' || next == '\n');
  }

  /** Charset names that texts about encodings use; markup (between angle brackets) is not looked at. */
  private static final String[] CHARSET_LABELS = {"windows-1252", "windows-1251", "windows-1250", "cp1252",
      "cp1251", "cp1250", "latin-1", "latin1", "iso-8859-1", "iso8859-1", "gbk", "gb2312", "gb18030", "big5",
      "shift_jis", "shift-jis", "sjis", "cp932", "euc-jp", "euc-kr", "cp949", "cp437", "mac roman", "macroman",
      "koi8-r", "mojibake"};

  /**
   * True when the segment names a charset as a word, outside markup: a text that talks about charsets quotes its
   * mojibake on purpose (markup is skipped because every HTML page names its charset in a meta tag).
   */
  static boolean namesCharset(int[] cps) {
    StringBuilder lower = new StringBuilder(cps.length);
    boolean inTag = false;
    for (int cp : cps) {
      if (cp == '<') {
        inTag = true;
      } else if (cp == '>') {
        inTag = false;
      }
      lower.append(inTag || cp >= 0x80 ? ' ' : Character.toLowerCase((char) cp));
    }
    String text = lower.toString();
    for (String label : CHARSET_LABELS) {
      int at = text.indexOf(label);
      while (at >= 0) {
        int end = at + label.length();
        boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
        boolean endOk = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
        if (startOk && endOk) {
          return true;
        }
        at = text.indexOf(label, at + 1);
      }
    }
    return false;
  }

  /** The closing mark for an opening quote or bracket, or 0. */
  private static int closer(int c) {
    switch (c) {
      case '\'':
        return '\'';
      case '"':
        return '"';
      case 0xAB:
        return 0xBB;
      case 0x201C:
        return 0x201D;
      case 0x2018:
        return 0x2019;
      case 0x201E:
        return 0x201C;
      case 0x300C:
        return 0x300D;
      case '(':
        return ')';
      case '[':
        return ']';
      default:
        return 0;
    }
  }
}
