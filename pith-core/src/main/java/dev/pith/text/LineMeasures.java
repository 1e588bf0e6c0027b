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

  /** Lines up to this long get a folded key, for phrases and repetition; longer ones are never furniture by text. */
  static final int MAX_KEY_CHARS = 600;

  /**
   * Offset in a line's hit counts of the votes: stop words of two letters or more. One-letter stop words ("a", "e",
   * "i", "o") count for a line's stop-word share but not for the language, which they tell apart poorly.
   */
  private static final int LANGUAGE_VOTES = StopWords.LANGUAGES.length;

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
    Scratch scratch = new Scratch();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      int[] h = new int[2 * languages];
      any[i] = measure(line, h, scratch);
      hits[i] = h;
      cjkChars += line.cjk;
      letters += line.letters;
      // leaked script code is full of one-letter names ("e", "i", "o", "a") that are stop words somewhere
      if (line.words >= MIN_WORDS_TO_VOTE && !LineClassifier.isScript(line)) {
        votingWords += line.words;
        for (int l = 0; l < languages; l++) {
          votes[l] += h[l + LANGUAGE_VOTES];
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

  /** Buffers reused from line to line within one call. */
  private static final class Scratch {
    char[] chars = new char[256];
  }

  private static final long FNV_PRIME = 0x100000001b3L;

  /**
   * Measures one line in a single pass over its characters; counts stop words per language into {@code hits};
   * returns the stop words of any language. Also hashes the folded text ({@link LinePhrases#hashes} gives the same
   * values) when the line is short enough to be compared with others.
   */
  private static int measure(Line line, int[] hits, Scratch scratch) {
    String t = line.text;
    int n = t.length();
    if (scratch.chars.length < n + 1) {
      scratch.chars = new char[Math.max(n + 1, scratch.chars.length * 2)];
    }
    char[] cs = scratch.chars;
    t.getChars(0, n, cs, 0);
    cs[n] = ' ';
    boolean hashing = n <= MAX_KEY_CHARS;
    long keyHash = LinePhrases.FNV_OFFSET;
    long shapeHash = LinePhrases.FNV_OFFSET;
    boolean keySpace = false;
    boolean keyStarted = false;
    boolean digitRun = false;
    int anyLanguage = 0;
    int wordStart = -1;
    boolean wordAllLetters = true;
    int wordHash = 0; // StopWords.hashStep over the word's lower-case letters so far
    int tokenStart = 0;
    boolean linkCandidate = false;
    int letters = 0;
    int upper = 0;
    int digits = 0;
    int cjk = 0;
    int otherScript = 0;
    int particles = 0;
    int words = 0;
    int capitalized = 0;
    for (int i = 0; i <= n; i++) {
      char c = cs[i];
      if (c >= 'a' && c <= 'z' && i < n) {
        // the most common character by far, with the general path's outcome written out: a letter inside a word,
        // no token boundary, no punctuation, hashed as it is
        letters++;
        if (wordStart < 0) {
          wordStart = i;
          wordAllLetters = true;
          wordHash = 0;
        }
        wordHash = StopWords.hashStep(wordHash, c);
        if (hashing) {
          if (keySpace && keyStarted) {
            keyHash = (keyHash ^ ' ') * FNV_PRIME;
            shapeHash = (shapeHash ^ ' ') * FNV_PRIME;
          }
          keySpace = false;
          keyStarted = true;
          keyHash = (keyHash ^ c) * FNV_PRIME;
          shapeHash = (shapeHash ^ c) * FNV_PRIME;
          digitRun = false;
        }
        continue;
      }
      boolean letter;
      boolean isUpper;
      boolean isCjkChar = false;
      boolean isDigit;
      if (c < 128) {
        isUpper = c >= 'A' && c <= 'Z';
        letter = isUpper || c >= 'a' && c <= 'z';
        isDigit = c >= '0' && c <= '9';
      } else {
        letter = Character.isLetter(c);
        isUpper = letter && Character.isUpperCase(c);
        isDigit = !letter && Character.isDigit(c);
        if (letter) {
          if (c >= 0x250) {
            otherScript++;
          }
          isCjkChar = isCjk(c);
        }
      }
      if (letter) {
        letters++;
        if (isUpper) {
          upper++;
        }
        if (isCjkChar) {
          cjk++;
          if (StopWords.isCjkParticle(c)) {
            particles++;
          }
        }
      } else if (c >= '0' && c <= '9') {
        digits++;
      }
      // words: runs of letters (not CJK) and digits, with stop-word lookup
      if (letter && !isCjkChar || isDigit) {
        if (wordStart < 0) {
          wordStart = i;
          wordAllLetters = true;
          wordHash = 0;
        }
        if (!letter) {
          wordAllLetters = false;
        } else {
          wordHash = StopWords.hashStep(wordHash, c < 128 ? (isUpper ? (char) (c + 32) : c) : Character.toLowerCase(c));
        }
      } else if (wordStart >= 0) {
        words++;
        char first = cs[wordStart];
        if (first < 128 ? first >= 'A' && first <= 'Z' : Character.isUpperCase(first)) {
          capitalized++;
        }
        int length = i - wordStart;
        if (wordAllLetters && length <= StopWords.MAX_LENGTH) {
          int mask = StopWords.mask(cs, wordStart, length, wordHash);
          if (mask != 0) {
            anyLanguage++;
            for (int l = 0; mask != 0; l++, mask >>>= 1) {
              if ((mask & 1) != 0) {
                hits[l]++;
                if (length >= 2) {
                  hits[l + LANGUAGE_VOTES]++;
                }
              }
            }
          }
        }
        wordStart = -1;
      }
      // link-like tokens: whitespace-separated, with '.', '/' or '@' in them
      boolean space = i == n || c == ' ' || c == '\t' || c == '\u00a0' || c >= 0x2000 && LineReader.isSpace(c);
      if (space) {
        if (linkCandidate && i - tokenStart >= 4 && isLinkToken(t, tokenStart, i)) {
          line.linkTokens++;
        }
        tokenStart = i + 1;
        linkCandidate = false;
      } else if (c == '.' || c == '/' || c == '@') {
        linkCandidate = true;
      }
      if (i < n) {
        if (c >= 128 || ASCII_PUNCTUATION[c]) { // most characters are none: spare them the call
          punctuation(line, cs, n, i, c);
        }
        // the folded key's hashes (see LinePhrases.key and Records.shapeOfKey)
        if (hashing && c != '\'' && c != '’') {
          boolean keep = c < 128 ? letter || isDigit : Character.isLetterOrDigit(c) || c == '©';
          if (!keep) {
            keySpace = true;
          } else {
            if (keySpace && keyStarted) {
              keyHash = (keyHash ^ ' ') * FNV_PRIME;
              shapeHash = (shapeHash ^ ' ') * FNV_PRIME;
              digitRun = false;
            }
            keySpace = false;
            keyStarted = true;
            char lower = c < 128 ? (isUpper ? (char) (c + 32) : c) : Character.toLowerCase(c);
            keyHash = (keyHash ^ lower) * FNV_PRIME;
            if (lower >= '0' && lower <= '9') {
              if (!digitRun) {
                shapeHash = (shapeHash ^ '#') * FNV_PRIME;
              }
              digitRun = true;
            } else {
              shapeHash = (shapeHash ^ lower) * FNV_PRIME;
              digitRun = false;
            }
          }
        }
      }
    }
    line.letters = letters;
    line.upper = upper;
    line.digits = digits;
    line.cjk = cjk;
    line.otherScript = otherScript;
    line.stopWords = particles;
    line.words = words;
    line.capitalized = capitalized;
    line.sentenceEnd = endsSentence(t);
    if (hashing && keyStarted) {
      line.keyHash = keyHash == 0 ? 1 : keyHash;
      line.shapeHash = shapeHash == 0 ? 1 : shapeHash;
    }
    return anyLanguage;
  }

  /** The ASCII characters {@link #punctuation} counts; every other one below 128 it passes over. */
  private static final boolean[] ASCII_PUNCTUATION = new boolean[128];

  static {
    for (char c : "{}()[]<>=&+$\\_\"*^~ ,;|.!?".toCharArray()) {
      ASCII_PUNCTUATION[c] = true;
    }
  }

  private static void punctuation(Line line, char[] t, int n, int i, char c) {
    switch (c) {
      case '{': case '}': case '(': case ')': case '[': case ']': case '<': case '>': case '=': case '&': case '+':
      case '$': case '\\': case '_': case '"': case '*': case '^': case '~':
        line.symbols++;
        break;
      case ' ':
        line.spaces++;
        // "Kentucky            41.6": two spaces or more between words
        if (i > 0 && t[i - 1] != ' ' && i + 1 < n && t[i + 1] == ' ') {
          int j = i + 1;
          while (j < n && t[j] == ' ') {
            j++;
          }
          if (j < n) {
            line.cellGaps++;
          }
        }
        break;
      case ',': case ';': case '，': case '、': case '；':
        line.commas++;
        break;
      case '|':
        // "a | b" separates menu items; "||" is an operator of code
        if ((i == 0 || t[i - 1] != '|') && (i + 1 >= n || t[i + 1] != '|')) {
          line.separators++;
        }
        break;
      case '·': case '•':
        if (i > 0 && i + 1 < n && t[i - 1] == ' ' && t[i + 1] == ' ') {
          line.separators++;
        }
        break;
      case '.': case '!': case '?':
        // ". Next": a sentence ends inside the line
        if (i + 2 < n && t[i + 1] == ' ' && Character.isUpperCase(t[i + 2]) && i > 0
            && Character.isLowerCase(t[i - 1])) {
          line.sentenceInside = true;
        }
        break;
      case '。': case '！': case '？':
        if (i + 1 < n) {
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
      boolean candidate = false;
      while (i < n && !LineReader.isSpace(t.charAt(i))) {
        char c = t.charAt(i);
        // every link-like token has one of these
        candidate |= c == '.' || c == '/' || c == '@';
        i++;
      }
      if (candidate && i - start >= 4 && isLinkToken(t, start, i)) {
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
