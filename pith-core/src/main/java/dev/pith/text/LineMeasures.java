package dev.pith.text;

import java.util.List;

/**
 * Measures each line in one pass over its characters: letters, capitals, digits, CJK characters, words, stop words,
 * link-like tokens, commas, menu separators and sentence ends; and guesses the capture's language from the stop
 * words of its longer lines. Per-call helper: {@link #measure} returns the language it found.
 */
final class LineMeasures {
  /** Lines with fewer words than this do not vote on the language (menus are often in English on any site). */
  private static final int MIN_WORDS_TO_VOTE = 6;
  /** The language's stop words must be at least this share of the voting words, else it is unknown. */
  private static final double MIN_LANGUAGE_SHARE = 0.08;

  private LineMeasures() {}

  /**
   * Measures every line and sets their stop-word counts for the capture's language.
   *
   * @return the index of the language in {@link StopWords#LANGUAGES}, -1 when unknown (then stop words of any
   *     listed language count), -2 when the text is mostly CJK
   */
  static int measure(List<Line> lines) {
    int languages = StopWords.LANGUAGES.length;
    int[][] hits = new int[lines.size()][];
    int[] votes = new int[languages];
    int votingWords = 0;
    int cjkChars = 0;
    int letters = 0;
    int[] any = new int[lines.size()];
    char[] buffer = new char[StopWords.MAX_LENGTH];
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      int[] h = new int[languages];
      any[i] = measure(line, h, buffer);
      hits[i] = h;
      cjkChars += line.cjk;
      letters += line.letters;
      if (line.words >= MIN_WORDS_TO_VOTE) {
        votingWords += line.words;
        for (int l = 0; l < languages; l++) {
          votes[l] += h[l];
        }
      }
    }
    int language = -1;
    if (letters > 0 && cjkChars * 2 > letters) {
      language = -2;
    } else {
      int best = 0;
      for (int l = 1; l < languages; l++) {
        if (votes[l] > votes[best]) {
          best = l;
        }
      }
      if (votingWords > 0 && votes[best] >= MIN_LANGUAGE_SHARE * votingWords) {
        language = best;
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      int stop = language >= 0 ? hits[i][language] : any[i];
      line.stopWords = stop + 2 * line.stopWords; // line.stopWords held the CJK particles so far
    }
    return language;
  }

  /** Measures one line; counts stop words per language into {@code hits}; returns stop words of any language. */
  private static int measure(Line line, int[] hits, char[] buffer) {
    String t = line.text;
    int n = t.length();
    int anyLanguage = 0;
    int wordStart = -1;
    boolean wordAllLetters = true;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? t.charAt(i) : ' ';
      boolean letter = Character.isLetter(c);
      boolean cjk = letter && isCjk(c);
      if (letter) {
        line.letters++;
        if (Character.isUpperCase(c)) {
          line.upper++;
        }
        if (cjk) {
          line.cjk++;
          if (StopWords.isCjkParticle(c)) {
            line.stopWords++;
          }
        }
      } else if (c >= '0' && c <= '9') {
        line.digits++;
      }
      boolean wordChar = (letter && !cjk) || (c >= '0' && c <= '9') || Character.isDigit(c);
      if (wordChar) {
        if (wordStart < 0) {
          wordStart = i;
          wordAllLetters = true;
        }
        if (!letter) {
          wordAllLetters = false;
        }
      } else if (wordStart >= 0) {
        line.words++;
        if (Character.isUpperCase(t.charAt(wordStart))) {
          line.capitalized++;
        }
        int length = i - wordStart;
        if (wordAllLetters && length <= StopWords.MAX_LENGTH) {
          for (int k = 0; k < length; k++) {
            buffer[k] = Character.toLowerCase(t.charAt(wordStart + k));
          }
          int mask = StopWords.mask(new String(buffer, 0, length));
          if (mask != 0) {
            anyLanguage++;
            for (int l = 0; mask != 0; l++, mask >>>= 1) {
              if ((mask & 1) != 0) {
                hits[l]++;
              }
            }
          }
        }
        wordStart = -1;
      }
      if (i < n) {
        punctuation(line, t, i, c);
      }
    }
    line.sentenceEnd = endsSentence(t);
    line.linkTokens = linkTokens(t);
    return anyLanguage;
  }

  private static void punctuation(Line line, String t, int i, char c) {
    switch (c) {
      case '{': case '}': case '(': case ')': case '[': case ']': case '<': case '>': case '=': case '&': case '+':
      case '$': case '\\': case '_': case '"': case '*': case '^': case '~':
        line.symbols++;
        break;
      case ' ':
        line.spaces++;
        break;
      case ',': case ';': case '，': case '、': case '；':
        line.commas++;
        break;
      case '|':
        line.separators++;
        break;
      case '·': case '•':
        if (i > 0 && i + 1 < t.length() && t.charAt(i - 1) == ' ' && t.charAt(i + 1) == ' ') {
          line.separators++;
        }
        break;
      case '.': case '!': case '?':
        // ". Next": a sentence ends inside the line
        if (i + 2 < t.length() && t.charAt(i + 1) == ' ' && Character.isUpperCase(t.charAt(i + 2))
            && i > 0 && Character.isLowerCase(t.charAt(i - 1))) {
          line.sentenceInside = true;
        }
        break;
      case '。': case '！': case '？':
        if (i + 1 < t.length()) {
          line.sentenceInside = true;
        }
        break;
      default:
        break;
    }
  }

  /** The text ends with a sentence mark, possibly followed by closing quotes or brackets. */
  static boolean endsSentence(String t) {
    int i = t.length() - 1;
    while (i >= 0 && isCloser(t.charAt(i))) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    char c = t.charAt(i);
    return c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '！' || c == '？' || c == '؟'
        || c == '।';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == '“' || c == ')' || c == ']'
        || c == '」' || c == '』' || c == '）' || c == ' ';
  }

  /** Han, kana, and the other scripts written without spaces between words. */
  static boolean isCjk(char c) {
    if (c < 0x2e80) {
      return false;
    }
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI;
  }

  /** Whitespace-separated tokens that are URLs, paths, e-mail addresses, handles or domain names. */
  static int linkTokens(String t) {
    int count = 0;
    int n = t.length();
    int i = 0;
    while (i < n) {
      while (i < n && LineReader.isSpace(t.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !LineReader.isSpace(t.charAt(i))) {
        i++;
      }
      if (i > start && isLinkToken(t, start, i)) {
        count++;
      }
    }
    return count;
  }

  /** {@code https://…}, {@code www.…}, {@code /a/b}, {@code name@host.tld}, {@code @handle}, {@code host.com}. */
  static boolean isLinkToken(String t, int start, int end) {
    int length = end - start;
    if (length < 4) {
      return false;
    }
    if (t.startsWith("http://", start) || t.startsWith("https://", start) || t.startsWith("www.", start)
        || t.startsWith("ftp://", start)) {
      return true;
    }
    char first = t.charAt(start);
    if (first == '/' && length > 2) {
      // "/World/Europe/2025/0220/slug", "/subscribe"; not "/" or "/ " used as a separator
      return Character.isLetterOrDigit(t.charAt(start + 1));
    }
    if (first == '@') {
      return length > 2 && Character.isLetterOrDigit(t.charAt(start + 1));
    }
    int at = -1;
    int lastDot = -1;
    for (int k = start; k < end; k++) {
      char c = t.charAt(k);
      if (c == '@') {
        at = k;
      } else if (c == '.') {
        lastDot = k;
      }
    }
    if (at > start && lastDot > at + 1 && lastDot < end - 2) {
      return true; // an e-mail address
    }
    // "example.com", "news.bbc.co.uk/path": a known top-level domain after the last dot of the host part
    int hostEnd = end;
    for (int k = start; k < end; k++) {
      if (t.charAt(k) == '/') {
        hostEnd = k;
        break;
      }
    }
    int dot = t.lastIndexOf('.', hostEnd - 1);
    if (dot <= start || dot >= hostEnd - 1) {
      return false;
    }
    String tld = t.substring(dot + 1, hostEnd);
    return isTopLevelDomain(tld) && Character.isLetterOrDigit(t.charAt(dot - 1));
  }

  private static boolean isTopLevelDomain(String tld) {
    switch (tld) {
      case "com": case "org": case "net": case "edu": case "gov": case "io": case "co": case "uk": case "de":
      case "fr": case "it": case "es": case "nl": case "ru": case "pl": case "cz": case "jp": case "cn": case "au":
      case "ca": case "in": case "br": case "info": case "biz": case "me": case "tv": case "ly": case "gl":
      case "html": case "htm": case "php": case "asp": case "aspx":
        return true;
      default:
        return false;
    }
  }
}
