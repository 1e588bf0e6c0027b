package dev.pith.repair;

import java.util.Arrays;

/**
 * Chooses the character for a lost byte from its context. Most lost bytes are the last byte of typographic
 * punctuation ({@code E2 80 xx}: quotes, dashes, ellipsis), and for those the bytes cannot decide while the text
 * around can: quote balance, spacing, digits on both sides, a plural possessive, and the dashes the document itself
 * uses where they came through unbroken (see {@code seed/NOTES.md}, §2). Other lost bytes go to the cheapest candidate
 * under {@link CharCost} in context.
 */
final class Fills {
  static final int LEFT_DOUBLE = 0x201C;
  static final int RIGHT_DOUBLE = 0x201D;
  static final int LEFT_SINGLE = 0x2018;
  static final int RIGHT_SINGLE = 0x2019;
  static final int EN_DASH = 0x2013;
  static final int EM_DASH = 0x2014;
  static final int ELLIPSIS = 0x2026;
  static final int BULLET = 0x2022;
  /** 至, "to": Chinese writes a range of figures with it (100至500元). */
  static final int RANGE_TO = 0x81F3;

  private Fills() {}

  /** What the document says about itself, gathered before filling. */
  record DocumentStyle(int enDashes, int emDashes, int spacedEnDashes, int spacedEmDashes, boolean english) {
    /**
     * The dash to use between spaces: the one the document uses, else its language's habit: English (American
     * style above all: AP and the Chicago Manual) sets off a clause with an em dash, most other languages (German,
     * French, Russian typesetting on the web) and British English with a spaced en dash.
     */
    int spacedDash() {
      if (spacedEmDashes != spacedEnDashes) {
        return spacedEmDashes > spacedEnDashes ? EM_DASH : EN_DASH;
      }
      if (emDashes != enDashes) {
        return emDashes > enDashes ? EM_DASH : EN_DASH;
      }
      return english ? EM_DASH : EN_DASH;
    }
  }

  /** A chosen character and the rule that chose it. */
  record Choice(int cp, String rule) {}

  /** The candidate that costs least on its own (the provisional choice before context is looked at). */
  static int cheapest(int[] candidates) {
    int best = candidates[0];
    double bestCost = Double.POSITIVE_INFINITY;
    for (int c : candidates) {
      double cost = CharCost.of(c);
      if (cost < bestCost) {
        bestCost = cost;
        best = c;
      }
    }
    return best;
  }

  /**
   * Picks one of {@code candidates} for a slot. {@code left} is the repaired text up to the slot from the start of
   * its paragraph (scanned for open quotes); {@code rightText} the code points after it, as far as known.
   * {@code latinContext} tells whether the segment's letters are mostly ASCII.
   */
  static Choice choose(int[] candidates, CharSequence left, int[] rightText, DocumentStyle style,
      boolean latinContext, ScriptProfile profile) {
    int right = rightText.length == 0 ? -1 : rightText[0];
    int right2 = -1;
    for (int i = 1; i < rightText.length; i++) {
      if (rightText[i] != ' ') {
        right2 = rightText[i];
        break;
      }
    }
    Choice layered = NextLayer.choose(candidates, left, rightText, style);
    if (layered != null) {
      return layered;
    }
    int l = left.length() == 0 ? '\n' : Character.codePointBefore(left, left.length());
    // Typographic punctuation among the candidates, where the context is Latin text (letters, digits, spaces and
    // ASCII punctuation around the slot): there the rules below know better than character frequencies.
    int[] punct = punctuationOnly(candidates);
    boolean latinAround = latinish(l) && (right < 0 || latinish(right));
    if (punct.length > 1 && (punct.length == candidates.length || latinAround)) {
      Choice c = punctuation(punct, left, l, right, right2, rightText, style);
      if (c != null) {
        return c;
      }
    }
    if (candidates.length == 1) {
      return new Choice(candidates[0], "the only character these bytes allow");
    }
    if (Character.isDigit(l) && Character.isDigit(right) && has(candidates, RANGE_TO) && sameLeadByte(candidates)) {
      return new Choice(RANGE_TO, "a range between figures in Chinese (100至500)");
    }
    Choice cjk = cjkPunctuation(candidates, left, l, right, rightText);
    if (cjk != null) {
      return cjk;
    }
    Choice syllable = hangul(candidates, l, right);
    if (syllable != null) {
      return syllable;
    }
    boolean cjkAround = isCjk(l) || isCjk(right);
    int[] leftRun = cjkAround ? cjkRunBefore(left) : new int[0];
    int[] rightRun = cjkAround ? cjkRunAfter(rightText) : new int[0];
    double base = cjkAround ? CjkWindow.bits(leftRun, -1, rightRun) : 0;
    int standard = cjkAround ? chineseStandard(left, rightText) : 0;
    SegmentAnalysis.Scorer scorer = new SegmentAnalysis.Scorer(latinContext, profile);
    int lastScript = lastScript(left);
    int best = candidates[0];
    double bestCost = Double.POSITIVE_INFINITY;
    int evaluated = 0;
    boolean usedWords = false;
    int[] ordered = byCost(candidates);
    double[] costs = new double[ordered.length];
    double unknownFloor = Double.NaN;
    for (int c : ordered) {
      double cost;
      if (cjkAround && isCjk(c)) {
        // the character's share of the best dictionary segmentation of the run around it
        cost = CjkWindow.bits(leftRun, c, rightRun) - base + standardBits(c, standard) + CharCost.of(c) / 1024;
        usedWords = true;
      } else {
        cost = scorer.guess(l, lastScript, c) + (right >= 0 ? CharCost.transition(c, right) : 0)
            + latinPosition(c, l, left, right);
        if (cjkAround) {
          // among Chinese or Japanese characters a symbol costs at least what the dictionary charges a character
          // it does not know, so that both kinds of candidate are weighed on one scale; equal costs at that floor
          // go to the likelier character in this context. The dictionary's words hold CJK characters, symbols and
          // full-width forms (all but six of its 316,000): for any other character the floor is the same, worked
          // out once per slot.
          double floor;
          if (inDictionaryBlocks(c)) {
            floor = CjkWindow.bits(leftRun, c, rightRun) - base;
          } else {
            if (Double.isNaN(unknownFloor)) {
              unknownFloor = CjkWindow.bits(leftRun, NOT_A_CHARACTER, rightRun) - base;
            }
            floor = unknownFloor;
          }
          cost = Math.max(cost, floor) + cost / 1024;
        }
      }
      costs[evaluated] = cost;
      if (cost < bestCost) {
        bestCost = cost;
        best = c;
      }
      if (++evaluated >= MAX_EVALUATED) {
        break;
      }
    }
    LetterTrigrams model = Character.isLetter(best) ? LetterTrigrams.forLetter(best) : null;
    if (model != null) {
      // letters of one alphabet: the word around the slot chooses (its trigrams in the language's word forms)
      int pick = best;
      double pickCost = Double.POSITIVE_INFINITY;
      int alternatives = 0;
      for (int k = 0; k < evaluated; k++) {
        int c = ordered[k];
        if (!Character.isLetter(c) || Character.isSupplementaryCodePoint(c) || LetterTrigrams.forLetter(c) != model) {
          continue;
        }
        alternatives++;
        int[] at = new int[1];
        char[] window = wordWindow(left, c, rightText, model, at);
        double cost = costs[k] + model.bits(window, at[0]);
        if (cost < pickCost) {
          pickCost = cost;
          pick = c;
        }
      }
      if (alternatives > 1) {
        return new Choice(pick, "the likeliest of " + alternatives
            + " letters between its neighbours (letter trigrams of the language's word forms)");
      }
    }
    return new Choice(best, usedWords ? "the likeliest of " + candidates.length
        + " characters in the words around it (ICU's CJK dictionary)"
        : "the most plausible of " + candidates.length + " characters here");
  }

  /**
   * A Hangul syllable next to Hangul, or a word of its own: the one that makes the likeliest syllable pairs with its
   * neighbours in Korean text; null when fewer than two candidates are syllables or a neighbour is another letter.
   */
  private static @org.jspecify.annotations.Nullable Choice hangul(int[] candidates, int l, int right) {
    // a word of one syllable: between spaces or ASCII punctuation (not next to emoji or symbols, where a lost byte is
    // more likely part of those)
    boolean wordAlone = l < 0x80 && !Character.isLetter(l) && (right < 0 || right < 0x80 && !Character.isLetter(right));
    if (!HangulBigrams.isSyllable(l) && !HangulBigrams.isSyllable(right) && !wordAlone) {
      return null;
    }
    int syllables = 0;
    int best = -1;
    double bestBits = Double.POSITIVE_INFINITY;
    for (int c : candidates) {
      if (HangulBigrams.isSyllable(c)) {
        syllables++;
        double bits = HangulBigrams.get().bits(l, c, right);
        if (bits < bestBits) {
          bestBits = bits;
          best = c;
        }
      }
    }
    return syllables < 2 ? null : new Choice(best, "the likeliest of " + syllables
        + " Hangul syllables between its neighbours (syllable pairs of Korean text)");
  }

  /** Candidates of each slot weighed in pairs: the cheapest Chinese or Japanese characters on their own. */
  static final int PAIR_CANDIDATES = 8;

  /** The Chinese or Japanese characters of {@code candidates}, the {@value #PAIR_CANDIDATES} cheapest at most. */
  private static int[] cheapestCjk(int[] candidates) {
    int[] cjk = Arrays.stream(candidates).filter(Fills::isCjk).toArray();
    return cjk.length <= PAIR_CANDIDATES ? cjk : Arrays.copyOf(byCost(cjk), PAIR_CANDIDATES);
  }

  /** A noncharacter: no dictionary word holds it. */
  private static final int NOT_A_CHARACTER = 0xFFFF;

  /** The blocks whose characters ICU's CJK dictionary may hold inside words: CJK symbols to ideographs, full width. */
  private static boolean inDictionaryBlocks(int c) {
    return c >= 0x3000 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0xFF00 && c <= 0xFFEF;
  }

  /** The rule of {@link #cjkPair}, as explanations give it. */
  static final String PAIR_RULE =
      "chosen with the lost character beside it: the likeliest pair in the words around them (ICU's CJK dictionary)";

  /**
   * Two adjacent lost characters in Chinese or Japanese text, chosen together: the pair of Chinese or Japanese
   * candidates (the {@value #PAIR_CANDIDATES} cheapest of each) that makes the cheapest dictionary segmentation of
   * the run around them, or null when either slot has none. Chosen one at a time, each slot sees the other's
   * provisional character only, and a word whose two characters both lost a byte ({@code 唯一}, {@code 一般}) is
   * found by neither.
   */
  static int @org.jspecify.annotations.Nullable [] cjkPair(int[] first, int[] second, CharSequence left,
      int[] rightText) {
    int[] a = cheapestCjk(first);
    int[] b = cheapestCjk(second);
    if (a.length == 0 || b.length == 0) {
      return null;
    }
    int[] leftRun = cjkRunBefore(left);
    int[] rightRun = cjkRunAfter(rightText);
    int standard = chineseStandard(left, rightText);
    int[] withFirst = Arrays.copyOf(leftRun, leftRun.length + 1);
    int[] best = null;
    double bestBits = Double.POSITIVE_INFINITY;
    for (int x : a) {
      withFirst[leftRun.length] = x;
      double firstBits = standardBits(x, standard);
      for (int y : b) {
        double bits = CjkWindow.bits(withFirst, y, rightRun) + firstBits + standardBits(y, standard);
        if (bits < bestBits) {
          bestBits = bits;
          best = new int[] {x, y};
        }
      }
    }
    return best;
  }

  /** Bits a Han character pays for belonging to the other written standard than its text's. */
  static final double OTHER_STANDARD_BITS = 8;

  /**
   * The written standard of the Chinese around a slot: 1 when it writes traditional forms, -1 simplified forms, 0
   * when it shows neither clearly (at least two forms of one standard, three times as many as of the other).
   */
  static int chineseStandard(CharSequence left, int[] right) {
    boolean any = false;
    for (int i = 0; i < left.length() && !any; i++) {
      any = left.charAt(i) >= 0x4E00 && left.charAt(i) <= 0x9FFF;
    }
    for (int i = 0; i < right.length && !any; i++) {
      any = right[i] >= 0x4E00 && right[i] <= 0x9FFF;
    }
    if (!any) {
      return 0;
    }
    ChineseScripts scripts = ChineseScripts.get();
    int trad = 0;
    int simp = 0;
    for (int i = 0; i < left.length(); i++) {
      char c = left.charAt(i);
      if (isKana(c)) {
        return 0; // Japanese: its kanji keep forms of both standards
      }
      trad += scripts.traditionalOnly(c) ? 1 : 0;
      simp += scripts.simplifiedOnly(c) ? 1 : 0;
    }
    for (int c : right) {
      if (isKana(c)) {
        return 0;
      }
      trad += scripts.traditionalOnly(c) ? 1 : 0;
      simp += scripts.simplifiedOnly(c) ? 1 : 0;
    }
    // some simplified forms are also traditional ones of other words (台, 里, 后): a clear majority decides
    if (trad >= 2 && trad >= 3 * simp) {
      return 1;
    }
    return simp >= 2 && simp >= 3 * trad ? -1 : 0;
  }

  /** Hiragana or katakana (with the katakana middle dot and prolonged sound mark): the text is Japanese. */
  private static boolean isKana(int c) {
    return c >= 0x3041 && c <= 0x30FF;
  }

  private static double standardBits(int c, int standard) {
    if (standard > 0 && ChineseScripts.get().simplifiedOnly(c)
        || standard < 0 && ChineseScripts.get().traditionalOnly(c)) {
      return OTHER_STANDARD_BITS;
    }
    return 0;
  }

  static final int IDEOGRAPHIC_FULL_STOP = 0x3002;

  /** Paired CJK brackets: opening, closing. */
  private static final int[][] CJK_PAIRS = {{0xFF08, 0xFF09}, {0x300C, 0x300D}, {0x300E, 0x300F},
      {0x300A, 0x300B}, {0x3010, 0x3011}, {0x3008, 0x3009}, {0xFF3B, 0xFF3D}, {0x3014, 0x3015}};

  /**
   * Fullwidth punctuation where the slot sits in CJK text: a bracket that its partner in the same paragraph calls for,
   * and the full stop that ends a paragraph. Paragraphs of Chinese and Japanese end with 。 far more often than with
   * any other character (a lost last byte of {@code E3 80 82} otherwise leaves 、 and 。 alike), and brackets pair.
   */
  private static @org.jspecify.annotations.Nullable Choice cjkPunctuation(int[] cands, CharSequence left, int l,
      int r, int[] rightText) {
    boolean cjkLeft = isCjk(l) || isFullwidthPunct(l) || Character.isDigit(l);
    for (int[] pair : CJK_PAIRS) {
      if (has(cands, pair[1]) && netOpen(left, (char) pair[0], (char) pair[1]) > 0) {
        return new Choice(pair[1], "closes the " + new String(Character.toChars(pair[0]))
            + " still open in the paragraph");
      }
    }
    for (int[] pair : CJK_PAIRS) {
      if (has(cands, pair[0]) && closesAhead(rightText, pair[0], pair[1])) {
        return new Choice(pair[0], "opens the " + new String(Character.toChars(pair[1]))
            + " that follows in the paragraph");
      }
    }
    boolean paragraphEnd = r < 0 || r == '\n' || r == '\r';
    if (paragraphEnd && (cjkLeft || cjkInParagraph(left)) && has(cands, IDEOGRAPHIC_FULL_STOP)) {
      return new Choice(IDEOGRAPHIC_FULL_STOP, "the full stop that ends a paragraph of CJK text");
    }
    if (has(cands, IDEOGRAPHIC_FULL_STOP) && has(cands, IDEOGRAPHIC_COMMA)
        && hanRunBefore(left) >= MIN_CLAUSE_BEFORE_FULL_STOP && chineseParagraph(left, rightText)) {
      return new Choice(IDEOGRAPHIC_FULL_STOP, "a full stop: Chinese separates only short items with 、");
    }
    if (has(cands, IDEOGRAPHIC_FULL_STOP) && has(cands, IDEOGRAPHIC_COMMA) && l != YEAR && startsWithYear(rightText)
        && chineseParagraph(left, rightText)) {
      return new Choice(IDEOGRAPHIC_FULL_STOP,
          "a full stop before a year (2011年): 、 joins a year only to another year");
    }
    return null;
  }

  /** 年, "year", after the figures of a date. */
  private static final int YEAR = 0x5E74;

  /** True when {@code rightText} starts with figures and 年 ({@code 2011年}). */
  private static boolean startsWithYear(int[] rightText) {
    int i = 0;
    while (i < rightText.length && rightText[i] >= '0' && rightText[i] <= '9') {
      i++;
    }
    return i > 0 && i < rightText.length && rightText[i] == YEAR;
  }

  /**
   * True when the paragraph that {@code left} ends in holds Chinese or Japanese characters: its last sentence may end
   * in a figure or a Latin word ({@code 近20%。}), and 。 still ends it.
   */
  private static boolean cjkInParagraph(CharSequence left) {
    for (int i = left.length(); i > 0; ) {
      int c = Character.codePointBefore(left, i);
      if (c == '\n') {
        return false;
      }
      if (isCjk(c)) {
        return true;
      }
      i -= Character.charCount(c);
    }
    return false;
  }

  static final int IDEOGRAPHIC_COMMA = 0x3001;
  /**
   * Han characters since the last punctuation mark from which a lost {@code E3 80 xx} after them is 。 rather than
   * 、 in Chinese: 、 separates the items of an enumeration (风格独特、形式新颖), and clauses end with ， or 。.
   */
  static final int MIN_CLAUSE_BEFORE_FULL_STOP = 8;

  /**
   * The Han characters that end {@code left}, back to the first character that is not one; counted only up to
   * {@link #MIN_CLAUSE_BEFORE_FULL_STOP}, all the rule asks.
   */
  private static int hanRunBefore(CharSequence left) {
    int count = 0;
    for (int i = left.length(); i > 0 && count < MIN_CLAUSE_BEFORE_FULL_STOP; ) {
      int c = Character.codePointBefore(left, i);
      if (CharClass.of(c) != CharClass.HAN) {
        break;
      }
      count++;
      i -= Character.charCount(c);
    }
    return count;
  }

  /**
   * A paragraph of Chinese: it uses the fullwidth comma ， and holds no kana (Japanese writes 、 as its comma, after
   * clauses of any length).
   */
  private static boolean chineseParagraph(CharSequence left, int[] right) {
    boolean comma = false;
    for (int i = 0; i < left.length(); i++) {
      char c = left.charAt(i);
      if (isKana(c)) {
        return false;
      }
      comma |= c == '\uFF0C';
    }
    for (int c : right) {
      if (c == '\n') {
        break;
      }
      if (isKana(c)) {
        return false;
      }
      comma |= c == 0xFF0C;
    }
    return comma;
  }

  /** How far ahead a bracket's partner is looked for. */
  static final int BRACKET_REACH = 40;

  /**
   * True when {@code close} comes in {@code right} (up to the paragraph's end, within {@link #BRACKET_REACH}) before
   * another {@code open}.
   */
  private static boolean closesAhead(int[] right, int open, int close) {
    for (int i = 0; i < Math.min(right.length, BRACKET_REACH); i++) {
      int c = right[i];
      if (c == close) {
        return true;
      }
      if (c == open || c == '\n') {
        return false;
      }
    }
    return false;
  }

  private static boolean isFullwidthPunct(int c) {
    return c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFF65;
  }

  /**
   * Bits for where a Latin letter stands: a lower-case letter does not open a sentence, and {@code à} is a word of
   * its own or a word's last letter (French {@code à}, {@code déjà}, Portuguese {@code às}), hardly ever followed by
   * another letter. These decide between {@code C3 xx} characters whose second byte was lost ({@code ß}, {@code É},
   * {@code Ü}, {@code à} under a decoder that rejects them all alike).
   */
  static double latinPosition(int c, int l, CharSequence left, int right) {
    if (c < 0x80 || CharClass.script(CharClass.of(c)) != 0) {
      return 0;
    }
    double bits = 0;
    if (c == 0xE0) {
      if (right >= 0 && right != 's' && Character.isLetter(right)) {
        bits += 6;
      }
      if (Character.isLetter(l)) {
        bits += 2;
      }
    }
    if (Character.isLowerCase(c) && sentenceStart(left)) {
      bits += 4;
    }
    return bits;
  }

  /** True when {@code left} ends a sentence or a paragraph (spaces aside): the next letter opens a sentence. */
  private static boolean sentenceStart(CharSequence left) {
    int i = left.length();
    while (i > 0 && (left.charAt(i - 1) == ' ' || left.charAt(i - 1) == 0xA0)) {
      i--;
    }
    if (i == 0) {
      return true;
    }
    char p = left.charAt(i - 1);
    return (p == '.' || p == '!' || p == '?' || p == '\n') && i < left.length();
  }

  /**
   * The letters around a slot holding {@code c}, in lower case: up to two on each side from the same alphabet, with
   * word start and end marks where the word ends sooner. {@code at[0]} receives the index of {@code c}.
   */
  private static char[] wordWindow(CharSequence left, int c, int[] right, LetterTrigrams model, int[] at) {
    char[] w = new char[7];
    char[] before = new char[3];
    int nb = 0;
    int i = left.length();
    while (nb < 2) {
      char ch = i > 0 ? left.charAt(i - 1) : 0;
      if (i == 0 || !Character.isLetter(ch) || Character.isSurrogate(ch) || LetterTrigrams.forLetter(ch) != model) {
        before[nb++] = LetterTrigrams.START;
        break;
      }
      before[nb++] = Character.toLowerCase(ch);
      i--;
    }
    int n = 0;
    for (int k = nb - 1; k >= 0; k--) {
      w[n++] = before[k];
    }
    at[0] = n;
    w[n++] = (char) Character.toLowerCase(c);
    for (int k = 0; k < 2; k++) {
      int ch = k < right.length ? right[k] : -1;
      if (ch < 0 || !Character.isLetter(ch) || Character.isSupplementaryCodePoint(ch)
          || LetterTrigrams.forLetter(ch) != model) {
        w[n++] = LetterTrigrams.END;
        break;
      }
      w[n++] = (char) Character.toLowerCase(ch);
    }
    return Arrays.copyOf(w, n);
  }

  /** Candidates looked at per slot, cheapest on their own first. */
  static final int MAX_EVALUATED = 300;

  private static int[] byCost(int[] candidates) {
    if (candidates.length <= 1) {
      return candidates;
    }
    Integer[] boxed = new Integer[candidates.length];
    for (int i = 0; i < boxed.length; i++) {
      boxed[i] = candidates[i];
    }
    java.util.Arrays.sort(boxed, java.util.Comparator.comparingDouble(CharCost::of));
    int[] out = new int[boxed.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = boxed[i];
    }
    return out;
  }

  static boolean isCjk(int c) {
    if (c < 0) {
      return false;
    }
    byte cls = CharClass.of(c);
    return cls == CharClass.HAN || cls == CharClass.HIRAGANA || cls == CharClass.KATAKANA;
  }

  private static int lastScript(CharSequence left) {
    for (int i = left.length(); i > 0; ) {
      int c = Character.codePointBefore(left, i);
      int script = CharClass.script(CharClass.of(c));
      if (script >= 0) {
        return script;
      }
      i -= Character.charCount(c);
    }
    return -1;
  }

  /** The Chinese or Japanese characters just before the end of {@code left}, at most {@value CjkWindow#SPAN}. */
  private static int[] cjkRunBefore(CharSequence left) {
    int[] run = new int[CjkWindow.SPAN];
    int n = 0;
    for (int i = left.length(); i > 0 && n < run.length; ) {
      int c = Character.codePointBefore(left, i);
      if (!isCjk(c)) {
        break;
      }
      run[n++] = c;
      i -= Character.charCount(c);
    }
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = run[n - 1 - i];
    }
    return out;
  }

  private static int[] cjkRunAfter(int[] right) {
    int n = 0;
    while (n < right.length && n < CjkWindow.SPAN && isCjk(right[n])) {
      n++;
    }
    return java.util.Arrays.copyOf(right, n);
  }

  private static int[] punctuationOnly(int[] candidates) {
    return java.util.Arrays.stream(candidates).filter(c -> c >= 0x2010 && c <= 0x2027).toArray();
  }

  /** ASCII, Latin letters, spaces and line breaks: the neighbours of typographic punctuation in Latin text. */
  private static boolean latinish(int c) {
    return c < 0x80 || c == 0xA0 || CharClass.script(CharClass.of(c)) == 0;
  }

  /** The last character of {@code left} before its trailing spaces; -1 when there is none. */
  private static int charBeforeSpaces(CharSequence left) {
    int i = left.length();
    while (i > 0 && (left.charAt(i - 1) == ' ' || left.charAt(i - 1) == 0xA0)) {
      i--;
    }
    return i == 0 ? -1 : Character.codePointBefore(left, i);
  }

  private static Choice punctuation(int[] cands, CharSequence left, int l, int r, int r2, int[] rightText,
      DocumentStyle style) {
    boolean lSpace = l == ' ' || l == 0xA0 || l == '\t';
    boolean lStart = l == '\n' || l == '\r';
    boolean rSpace = r == ' ' || r == 0xA0 || r == '\t';
    boolean rEnd = r < 0 || r == '\n' || r == '\r';
    if (Character.isDigit(l) && Character.isDigit(r) && has(cands, EN_DASH)) {
      return new Choice(EN_DASH, "a range: digits on both sides");
    }
    if (lSpace && rSpace && Character.isDigit(r2) && endsWithDigitThenSpace(left) && has(cands, EN_DASH)) {
      return new Choice(EN_DASH, "a range between spaced figures (2004 – 2014)");
    }
    if (lStart && (rSpace || rEnd)) {
      if (has(cands, EM_DASH)) {
        return new Choice(EM_DASH, "a dash opening the line (dialogue or attribution)");
      }
    }
    int beforeSpace = charBeforeSpaces(left);
    if (lSpace && (rSpace || rEnd) && ".!?".indexOf(beforeSpace) >= 0 && openQuotes(left)[0] > 0
        && has(cands, RIGHT_DOUBLE)) {
      // a sentence ends, a quotation is open, and the slot stands apart: a closing quote set off by a space (as
      // tokenized text writes it); a dash right after a sentence's full stop is rare
      return new Choice(RIGHT_DOUBLE, "closes the “ still open, after the sentence's end and a space");
    }
    if (lSpace && rSpace && (beforeSpace == EN_DASH || beforeSpace == EM_DASH) && Character.isLetter(r2)
        && has(cands, LEFT_DOUBLE)) {
      // no text sets two dashes in a row: after a dash and before a word, the slot opens a quotation
      return new Choice(LEFT_DOUBLE, "opens a quotation after a dash (two dashes never follow each other)");
    }
    if ((lSpace) && (rSpace || rEnd)) {
      int dash = style.spacedDash();
      if (has(cands, dash)) {
        String why = style.enDashes() + style.emDashes() == 0 ? "the commoner spaced dash, the document has none"
            : "as the document's own dashes";
        return new Choice(dash, "a spaced dash (" + (dash == EM_DASH ? "em" : "en") + ", " + why + ")");
      }
    }
    boolean lWord = Character.isLetterOrDigit(l) || ".,!?;:)]%".indexOf(l) >= 0 || l == RIGHT_SINGLE;
    boolean rClosing = rSpace || rEnd || ".,;:!?)]'\"".indexOf(r) >= 0;
    if (lWord && rClosing) {
      int[] open = openQuotes(left);
      if (open[0] > 0 && has(cands, RIGHT_DOUBLE)) {
        return new Choice(RIGHT_DOUBLE, "closes the “ still open in the paragraph");
      }
      if (open[1] > 0 && has(cands, RIGHT_SINGLE)) {
        return new Choice(RIGHT_SINGLE, "closes the ‘ still open in the paragraph");
      }
      if ((l == 's' || l == 'S') && has(cands, RIGHT_SINGLE)) {
        return new Choice(RIGHT_SINGLE, "a plural possessive: the word ends in s and no quote is open");
      }
      if (".,!?".indexOf(l) >= 0 && has(cands, RIGHT_DOUBLE)) {
        return new Choice(RIGHT_DOUBLE, "after closing punctuation: a closing quote");
      }
      if (Character.isLetterOrDigit(l) && (rSpace || rEnd) && has(cands, ELLIPSIS)) {
        return new Choice(ELLIPSIS, "the sentence trails off: a word, no quote open, then a space");
      }
      if (Character.isLetter(l) && has(cands, RIGHT_SINGLE)) {
        return new Choice(RIGHT_SINGLE, "after a letter with no quote open: an apostrophe");
      }
    }
    if (lSpace && r == 's' && (rightText.length < 2 || !Character.isLetterOrDigit(rightText[1]))
        && has(cands, RIGHT_SINGLE)) {
      return new Choice(RIGHT_SINGLE, "a possessive 's set off by a space (tokenized text)");
    }
    if (Character.isDigit(r) && (lSpace || lStart) && has(cands, RIGHT_SINGLE)) {
      return new Choice(RIGHT_SINGLE, "an elided year ('90s)");
    }
    if ((lSpace || lStart) && Character.isLetter(r)) {
      if (has(cands, LEFT_DOUBLE)) {
        return new Choice(LEFT_DOUBLE, "an opening quote before a word");
      }
    }
    if (style.english() && isAsciiLetter(l) && isAsciiLetter(r) && has(cands, EM_DASH) && has(cands, RIGHT_SINGLE)
        && !contractionAhead(rightText) && trailingLetters(left) > 2) {
      // in English an apostrophe between letters starts a contraction or follows a short prefix (O’Brien, y’all);
      // two longer words joined without a contraction are joined by an em dash (on the benchmark pages' gold
      // text, 767 em dashes against 29 apostrophes in that position)
      return new Choice(EM_DASH, "joins two words, and what follows is no contraction ('s 't 're 've 'll 'd 'm)");
    }
    if (Character.isLetter(l) && Character.isLetter(r) && has(cands, RIGHT_SINGLE)) {
      return new Choice(RIGHT_SINGLE, "an apostrophe inside a word");
    }
    return null;
  }

  private static boolean isAsciiLetter(int c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /** Whether {@code right} starts with the end of an English contraction: s t d m re ve ll (or rock'n'roll's n). */
  private static boolean contractionAhead(int[] right) {
    int n = 0;
    while (n < right.length && n < 3 && isAsciiLetter(right[n])) {
      n++;
    }
    if (n == 3 || n < right.length && Character.isLetter(right[n])) {
      return false;
    }
    String w = new String(right, 0, n).toLowerCase(java.util.Locale.ROOT);
    switch (w) {
      case "s": case "t": case "d": case "m": case "n": case "re": case "ve": case "ll":
        return true;
      default:
        return false;
    }
  }

  /** The number of letters {@code left} ends with. */
  private static int trailingLetters(CharSequence left) {
    int n = 0;
    for (int i = left.length() - 1; i >= 0 && Character.isLetter(left.charAt(i)); i--) {
      n++;
    }
    return n;
  }

  /** Whether {@code left} ends in a digit and one space. */
  private static boolean endsWithDigitThenSpace(CharSequence left) {
    int n = left.length();
    return n >= 2 && Character.isDigit(left.charAt(n - 2));
  }

  /** Open double and single quotes in the current paragraph of {@code left}: {@code {double, single}}. */
  static int[] openQuotes(CharSequence left) {
    return new int[] {netOpen(left, (char) LEFT_DOUBLE, (char) RIGHT_DOUBLE),
        netOpen(left, (char) LEFT_SINGLE, (char) RIGHT_SINGLE)};
  }

  /** 1 when the last {@code open} of the current paragraph is not closed yet, else 0. */
  private static int netOpen(CharSequence left, char open, char close) {
    int start = left.length();
    while (start > 0 && left.charAt(start - 1) != '\n') {
      start--;
    }
    int depth = 0;
    for (int i = start; i < left.length(); i++) {
      char c = left.charAt(i);
      if (c == open) {
        depth = 1;
      } else if (c == close) {
        if (close == RIGHT_SINGLE && i + 1 < left.length() && Character.isLetter(left.charAt(i + 1))) {
          continue; // an apostrophe, not a closing quote
        }
        depth = 0;
      }
    }
    return depth;
  }

  /**
   * Whether every candidate has the same first UTF-8 byte: the lead byte survived, so the choice is among characters
   * of one block (至 against 自, 致, 臺), not between 至 and the 年, 月 or 点 that also stand between figures.
   */
  private static boolean sameLeadByte(int[] candidates) {
    for (int c : candidates) {
      if (c < 0x800 || c > 0xFFFF || c >> 12 != candidates[0] >> 12) {
        return false;
      }
    }
    return true;
  }

  private static boolean has(int[] cands, int cp) {
    for (int c : cands) {
      if (c == cp) {
        return true;
      }
    }
    return false;
  }
}
