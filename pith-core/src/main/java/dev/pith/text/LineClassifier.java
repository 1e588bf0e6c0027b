package dev.pith.text;

import dev.pith.document.RemovalReason;
import dev.pith.internal.DateLines;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges each line on its own and by repetition: what it is ({@link Line.Kind}), why it is boilerplate when it is,
 * and its weight for {@link ContentSpan}. The features are the ones that hold on any site: length, function-word
 * share, sentence punctuation, capitalisation, link-like tokens, list markers, known furniture phrases, and lines
 * that the capture (or other captures of the site) repeat. Stateless.
 */
final class LineClassifier {
  /** Lines of at least this many words (CJK: characters / 2) can be prose. */
  static final int MIN_PROSE_WORDS = 8;
  /** Share of stop words from which a line reads as running text (prose runs 30-50%, menus near 0). */
  static final double MIN_PROSE_STOP_RATIO = 0.12;
  /** A paragraph repeated within this many lines of its first copy is kept (both belong to the text). */
  static final int MAX_OWN_REPEAT_DISTANCE = 3;
  /** Date lines are at most this long ("Updated: Tuesday, November 19, 2019 8:03 a.m. EST" fits). */
  static final int MAX_DATE_LINE_CHARS = 80;
  /** Lines without a sentence end are prose only from this many words. */
  static final int MIN_UNPUNCTUATED_PROSE_WORDS = 25;
  /** Weight of a short line that is not a sentence: a heading between paragraphs costs little, a menu a lot. */
  static final double SHORT_WEIGHT = -1.5;
  /** Weight of a short list item that is not a sentence. */
  static final double SHORT_ITEM_WEIGHT = -2.5;
  /** Weight of a line known to be furniture, before its length is counted. */
  static final double CHROME_WEIGHT = -3;
  /** A span never includes a barrier. */
  static final double BARRIER_WEIGHT = -1e6;

  private LineClassifier() {}

  /** Classifies {@code lines} (measured) for a capture in {@code language}, with the site's repeated lines. */
  static void classify(List<Line> lines, int language, SiteLines.Site site) {
    // repetition counts: how often each line's text, and its shape with the numbers blanked, occur in the capture
    long[] keyHashes = new long[lines.size()];
    long[] shapeHashes = new long[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      keyHashes[i] = lines.get(i).keyHash;
      shapeHashes[i] = lines.get(i).shapeHash;
    }
    HashCounts keys = new HashCounts(keyHashes);
    HashCounts shapes = new HashCounts(shapeHashes);
    Map<Long, Integer> firstSeen = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.keyHash != 0) {
        line.repeats = keys.count(line.keyHash);
        line.shapeRepeats = shapes.count(line.shapeHash);
      }
      judge(line, language);
      if (line.barrier && line.shapeRepeats > 1) {
        // a section heading stands once; "Add a comment" under every answer, "8 comments" under every teaser, is
        // a widget of each record
        line.barrier = false;
      }
      if (line.keyHash != 0 && line.repeats > 1 && line.kind == Line.Kind.PROSE) {
        // a paragraph the capture repeats word for word further on: the copy is a template's (or a teaser of it);
        // right next to each other, both copies are the text's own
        Integer first = firstSeen.get(line.keyHash);
        if (first == null || i - first <= MAX_OWN_REPEAT_DISTANCE) {
          firstSeen.put(line.keyHash, i);
        } else {
          chrome(line, RemovalReason.DUPLICATE, "repeats line " + lines.get(first).first);
        }
      }
      if (line.keyHash != 0 && line.reason == null) {
        int pages = site.pages(line.keyHash);
        if (pages > 0) {
          line.kind = Line.Kind.CHROME;
          line.reject(RemovalReason.DUPLICATE, "repeated on " + pages + " captures of the site");
        }
      }
      line.weight = weight(line);
    }
    cjkVerse(lines);
    tables(lines);
    codeBlocks(lines);
    Records.discount(lines);
  }

  /** A CJK line without punctuation is prose among its like from this many CJK characters. */
  static final int MIN_UNPUNCTUATED_CJK_CHARS = 20;

  /**
   * Runs of long CJK lines without punctuation: Chinese and Japanese bloggers often write a paragraph as lines of
   * one clause each, with neither comma nor full stop. One such line alone is a headline; two or more in a row,
   * none a list item or furniture, are the text.
   */
  private static void cjkVerse(List<Line> lines) {
    for (int i = 0; i < lines.size(); ) {
      int j = Line.runEnd(lines, i, LineClassifier::isUnpunctuatedCjk);
      if (j - i >= 2) {
        for (int k = i; k < j; k++) {
          Line line = lines.get(k);
          line.kind = Line.Kind.PROSE;
          line.weight = weight(line);
        }
      }
      i = Math.max(j, i + 1);
    }
  }

  private static boolean isUnpunctuatedCjk(Line line) {
    return line.kind == Line.Kind.SHORT && line.reason == null && !line.isListItem() && line.repeats <= 1
        && line.cjk >= MIN_UNPUNCTUATED_CJK_CHARS && line.cjk * 2 >= line.text.length() && line.linkTokens == 0;
  }

  /** A block of code has at least this many lines... */
  static final int MIN_CODE_LINES = 3;
  /** ... of which at least this share look like code. */
  static final double MIN_CODE_SHARE = 0.6;
  /** Most lines in a row inside a block of code that do not look like code. */
  static final int MAX_CODE_GAP = 2;
  /** Words that start lines of code in the common languages and shells. */
  private static final java.util.Set<String> CODE_STARTS = java.util.Set.of(
      "import", "from", "def", "class", "return", "if", "for", "while", "print", "const", "let", "var",
      "function", "public", "private", "static", "void", "int", "package", "include", "sudo", "cd", "ls", "echo",
      "npm", "pip", "git", "curl", "export", "async", "await", "try", "except", "catch", "else", "elif", "fn",
      "use", "mkdir", "apt", "yum", "docker", "kubectl", "select", "insert", "update", "create", "end", "begin",
      "then", "fi", "do", "done", "esac", "exit", "shift", "local", "unset", "source", "printf");

  /**
   * Blocks of code (program text, shell commands and their output, as documentation pages and programming forums
   * show them): runs of lines most of which look like code. They are content where they stand, so they weigh
   * nothing rather than counting as fragments; the assembler makes them {@code Code} blocks.
   */
  private static void codeBlocks(List<Line> lines) {
    int i = 0;
    while (i < lines.size()) {
      if (!isCodeLike(lines.get(i))) {
        i++;
        continue;
      }
      // extend over code-like lines and short lines between them ("Output:"), while most look like code; a longer
      // gap of other lines (a program's output, a remark between two listings) ends the group, so one listing with
      // a long output after it does not sink the whole run
      int j = i;
      int codeLike = 0;
      int lastCode = i;
      while (j < lines.size() && isCodeCandidate(lines.get(j)) && j - lastCode <= MAX_CODE_GAP) {
        if (isCodeLike(lines.get(j))) {
          codeLike++;
          lastCode = j;
        }
        j++;
      }
      int length = lastCode - i + 1;
      if (length >= MIN_CODE_LINES && codeLike >= MIN_CODE_SHARE * length) {
        for (int k = i; k <= lastCode; k++) {
          Line line = lines.get(k);
          line.code = true;
          if (line.weight < 0) {
            line.weight = 0;
          }
          if (isClosing(line)) {
            line.reason = null; // part of the code after all
            line.detail = "";
            line.kind = Line.Kind.SHORT;
          }
        }
      }
      i = lastCode + 1;
    }
  }

  /** A line a code block may hold: not prose, not known furniture, not a list item. */
  private static boolean isCodeCandidate(Line line) {
    return (line.reason == null || isClosing(line)) && line.kind != Line.Kind.PROSE && !line.isListItem()
        && !line.tableRow;
  }

  /** "]", "});", "}": brackets closing a block of code, on their own line. */
  private static boolean isClosing(Line line) {
    String t = line.text;
    if (t.isEmpty() || t.length() > 4 || line.letters + line.digits > 0) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if ("{}[]();,".indexOf(t.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** "total = 0", "print(f'Time: {t:.2f}')", "import asyncio", "sudo tar czf /backup.tar.gz \\". */
  static boolean isCodeLike(Line line) {
    if (isClosing(line)) {
      return true;
    }
    if (!isCodeCandidate(line) || line.letters + line.digits == 0) {
      return false;
    }
    String t = line.text;
    char last = t.charAt(t.length() - 1);
    if (line.symbols >= 2 || last == ';' || last == '{' || last == '}' || last == '\\' || last == ')') {
      return true;
    }
    int space = t.indexOf(' ');
    String first = (space < 0 ? t : t.substring(0, space)).toLowerCase(java.util.Locale.ROOT);
    return CODE_STARTS.contains(first) || first.startsWith("#") || first.startsWith("$") || first.startsWith("--")
        || first.startsWith("//");
  }

  /** A table has at least this many rows. */
  static final int MIN_TABLE_ROWS = 3;

  /**
   * Rows of tables as text browsers draw them ("Kentucky            41.6"): runs of lines with column gaps. A
   * table inside an article is part of it, so its rows weigh nothing rather than counting as fragments, and the
   * content span can cross it.
   */
  private static void tables(List<Line> lines) {
    int i = 0;
    while (i < lines.size()) {
      int j = Line.runEnd(lines, i, LineClassifier::isRowLike);
      if (j - i >= MIN_TABLE_ROWS) {
        for (int k = i; k < j; k++) {
          Line row = lines.get(k);
          row.tableRow = true;
          if (isBoxBorder(row.text)) {
            row.detail = "table border";
            row.weight = 0;
          } else if (row.reason == null && row.weight < 0) {
            row.weight = 0;
          }
        }
      }
      i = Math.max(j, i + 1);
    }
  }

  /** A row of a table a text browser drew with box characters: "│1   │Chicago Booth   │37% │". */
  static boolean isBoxRow(String text) {
    return text.length() > 2 && text.charAt(0) == '│' && text.indexOf('│', 1) > 0;
  }

  /** A border of such a table: box-drawing characters and spaces only ("├────┼────┤"). */
  static boolean isBoxBorder(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && (c < '\u2500' || c > '\u257F')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isRowLike(Line line) {
    if (isBoxRow(line.text)) {
      return line.reason == null;
    }
    if (isBoxBorder(line.text)) {
      return true;
    }
    // a numbered row is a ranking's ("1. San Jose, CA    84.7"); bulleted rows with gaps are menus
    return line.cellGaps > 0 && (!line.isListItem() || line.bullet == '#') && line.text.indexOf('[') < 0
        && line.reason == null && line.kind != Line.Kind.PROSE;
  }

  private static void judge(Line line, int language) {
    String t = line.text;
    if (t.isEmpty()) {
      chrome(line, RemovalReason.TOO_SHORT, "list marker without text");
      return;
    }
    if (line.letters == 0 && line.digits == 0) {
      chrome(line, RemovalReason.TOO_SHORT, "no words");
      return;
    }
    if (t.charAt(0) == '[' && t.indexOf(']') > 0) {
      String bracket = bracketed(t);
      if (bracket != null && t.charAt(t.length() - 1) == ']') {
        // "[ 167 comments ]", "[ Read All Comments ]": a link drawn as a button; its words say what it is
        LinePhrases.Match inner = LinePhrases.match(t.substring(1, t.length() - 1), line.key());
        if (inner != null || isCommentsHeading(line)) {
          RemovalReason why = inner != null ? inner.reason() : RemovalReason.COMMENTS;
          chrome(line, why, "\"" + (inner != null ? inner.label() : "comments") + "\"");
          return;
        }
      }
      if (bracket != null) {
        chrome(line, bracket.equals("image") ? RemovalReason.NOT_TEXT : RemovalReason.FORM,
            bracket.equals("image") ? "image placeholder" : "form control");
        return;
      }
    }
    // a field's brackets count among the symbols: most lines have none and need no search
    if (line.symbols > 0 && (t.contains("[    ") || t.contains("    ]"))) {
      chrome(line, RemovalReason.FORM, "form field");
      return;
    }
    if (isImageFileName(t)) {
      chrome(line, RemovalReason.NOT_TEXT, "image file name");
      return;
    }
    if (line.linkTokens > 0 && line.linkTokens * 2 >= tokens(t)) {
      chrome(line, RemovalReason.BARE_URL, "bare URL or path");
      return;
    }
    LinePhrases.Match longLine = LinePhrases.matchLong(t);
    if (longLine == null) {
      longLine = LinePhrases.matchRights(line);
    }
    if (longLine != null) {
      chrome(line, longLine.reason(), "\"" + longLine.label() + "\"");
      return;
    }
    LinePhrases.Match phrase = t.length() <= LinePhrases.MAX_CHARS ? LinePhrases.match(t, line.key()) : null;
    if (phrase == null && isCommentsHeading(line)) {
      chrome(line, RemovalReason.COMMENTS, "comments heading");
      line.barrier = !line.isListItem() && t.indexOf('|') < 0 && !isEmptyCounter(line.key());
      return;
    }
    if (phrase == null && t.length() <= 100 && LinePhrases.isSocialBar(line.key())) {
      chrome(line, RemovalReason.SHARE, "share buttons");
      return;
    }
    if (phrase != null) {
      chrome(line, phrase.reason(), "\"" + phrase.label() + "\"");
      // a section heading such as "Related articles" or "Comments" ends the article; an item in a menu does not,
      // nor does a pointer with its target on the line ("See also: List of companies of New Zealand"), nor a row
      // of links ("Add a comment | Show 4 more comments" under each answer of a thread)
      boolean pointer = t.indexOf(':') > 0 && t.charAt(t.length() - 1) != ':';
      line.barrier = phrase.endsArticle() && !line.isListItem()
          && (phrase.reason() != RemovalReason.COMMENTS || t.indexOf('|') < 0 && !isEmptyCounter(line.key()))
          && (line.words <= 8 && !pointer || phrase.reason() == RemovalReason.SUBSCRIPTION);
      return;
    }
    if (line.digits > 0 && line.words + line.cjk <= 12 && t.length() <= MAX_DATE_LINE_CHARS
        && mayBeDate(t) && DateLines.isDateLine(t)) {
      chrome(line, RemovalReason.METADATA, "date line");
      return;
    }
    if (line.words <= 14 && Bylines.isByline(t)) {
      chrome(line, RemovalReason.METADATA, "byline");
      return;
    }
    if (line.separators >= 2 && line.separators * 3 >= line.words - 1 && !line.sentenceEnd) {
      chrome(line, RemovalReason.NAVIGATION, "menu items separated by '|'");
      return;
    }
    if (line.letters == 0) {
      chrome(line, RemovalReason.TOO_SHORT, "a number alone");
      return;
    }
    if (isScript(line)) {
      chrome(line, RemovalReason.NOT_TEXT, "script or style code");
      return;
    }
    int words = line.wordsEquivalent();
    // Running text ends its sentences; a line of words without any (a headline, a teaser, a caption fragment)
    // counts as prose only when it is long.
    boolean sentence = line.sentenceEnd || line.sentenceInside || words >= MIN_UNPUNCTUATED_PROSE_WORDS;
    boolean prose = words >= MIN_PROSE_WORDS && sentence
        && (language == -1 || language == -2
            ? line.sentenceEnd || line.commas > 0 || line.sentenceInside || line.stopRatio() >= 0.2
            : line.stopRatio() >= MIN_PROSE_STOP_RATIO);
    line.kind = prose ? Line.Kind.PROSE : Line.Kind.SHORT;
  }

  /**
   * Script or style code that leaked into the text (minified JavaScript, CSS): a long line dense with brackets and
   * operators and with few spaces. Short code lines, as documentation shows them, are not judged here.
   */
  static boolean isScript(Line line) {
    int n = line.text.length();
    return n >= 120 && line.symbols > 0.08 * n && line.spaces < 0.1 * n;
  }

  /** "Top Rated Comments", "Comments (12)", "167 comments", "Kommentare": a short line naming comments. */
  static boolean isCommentsHeading(Line line) {
    // "34 responses to “Headline”" names the comments and quotes the headline: longer, but starts with a count
    boolean counted = line.text.length() > 0 && Character.isDigit(line.text.charAt(0));
    if (line.words > (counted ? 30 : 8) || line.text.length() > (counted ? 200 : 60) || line.sentenceEnd) {
      return false;
    }
    String key = line.key();
    if (key.isEmpty() || !mentionsComments(key)) {
      return false;
    }
    String[] words = key.split(" ");
    if (counted) {
      // the word right after the count: "34 responses to ...", "12 Comments"
      return words.length >= 2 && isCommentsWord(words[1]);
    }
    // a comments word inside an aside is the subject of a section, not its heading: "Measuring engagement (and
    // scraping comments)"; a count after the word is no aside: "Comments (12)"
    int open = line.text.indexOf('(');
    if (open > 0 && Character.isLetter(firstLetterOrDigit(line.text, open + 1))) {
      return false;
    }
    // otherwise the last word, numbers aside: "Top Rated Comments", "Comments (12)"; not "Reactions: unixfool"
    int last = words.length - 1;
    while (last > 0 && Character.isDigit(words[last].charAt(0))) {
      last--;
    }
    return isCommentsWord(words[last])
        && !(words[last].equals("replies") || words[last].equals("responses")) || words.length == 1
        && isCommentsWord(words[0]);
  }

  /** The first letter or digit at or after {@code from}, or 0. */
  private static int firstLetterOrDigit(String text, int from) {
    for (int i = from; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.isLetterOrDigit(c)) {
        return c;
      }
      i += Character.charCount(c);
    }
    return 0;
  }

  /**
   * "0 Comments", "by India Post News Weekly 0 Comments": a counter in a byline row with nothing to count heads no
   * thread, so it does not end the article.
   */
  static boolean isEmptyCounter(String key) {
    return key.startsWith("0 ") || key.contains(" 0 ") || key.startsWith("no ") || key.startsWith("by ");
  }

  /** A cheap test before the words are looked at: the key holds the stem of a comments word. */
  private static boolean mentionsComments(String key) {
    return key.contains("comment") || key.contains("kommentar") || key.contains("koment") || key.contains("coment")
        || key.contains("respons") || key.contains("repl") || key.contains("reacties") || key.contains("antwort")
        || key.contains("répons") || key.contains("respuest") || key.contains("rispost") || key.contains("respost");
  }

  private static boolean isCommentsWord(String w) {
    switch (w) {
      case "comments": case "kommentare": case "commentaires": case "comentarios": case "commenti":
      case "komentarze": case "comentários": case "reacties": case "kommentarer": case "responses":
      case "replies": case "antworten": case "réponses": case "respuestas": case "risposte": case "respostas":
        return true;
      default:
        return false;
    }
  }


  /** "airpods-pro-2.jpg", "photo.png photo.png": image file names standing for their pictures. */
  static boolean isImageFileName(String t) {
    if (t.length() > 200 || t.indexOf('.') < 0 || tokens(t) > 3) {
      return false;
    }
    String lower = t.toLowerCase(java.util.Locale.ROOT);
    return lower.contains(".jpg") || lower.contains(".jpeg") || lower.contains(".png") || lower.contains(".gif")
        || lower.contains(".webp") || lower.contains(".svg");
  }

  /** Month and weekday names (three letters) in the languages of {@link DateLines}. */
  private static final java.util.Set<String> DATE_STEMS = java.util.Set.copyOf(java.util.Arrays.asList(
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "mon", "tue", "wed",
      "thu", "fri", "sat", "sun", "mär", "mai", "okt", "dez", "fév", "fev", "avr", "jui", "aoû", "aou", "déc",
      "ene", "abr", "ago", "dic", "gen", "giu", "lug", "set", "ott", "lun", "mer", "jeu", "ven", "sam", "dim",
      "mié", "jue", "vie", "sáb", "dom", "mit", "don", "fre", "son", "die", "lut", "kwi", "cze", "lip", "sie",
      "wrz", "paź", "lis", "gru", "sty", "maa", "mei", "aug"));

  /**
   * A cheap test before {@link DateLines#isDateLine}: a date line has a month or day name with a number, a number
   * with a date or time separator ("19.11.2019", "8:03"), or a year with another number. "iPhone 11" has none.
   */
  static boolean mayBeDate(String t) {
    boolean stem = false;
    boolean year = false;
    boolean separated = false;
    int numbers = 0;
    int i = 0;
    int n = t.length();
    while (i < n) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        numbers++;
        int start = i;
        while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
          i++;
        }
        int length = i - start;
        if (length == 4 && (t.charAt(start) == '1' && t.charAt(start + 1) == '9'
            || t.charAt(start) == '2' && t.charAt(start + 1) == '0')) {
          year = true;
        }
        // "19.11.2019", "11/19/19", "2019-11-19", "8:03"
        if (i + 1 < n && (t.charAt(i) == '.' || t.charAt(i) == '/' || t.charAt(i) == '-' || t.charAt(i) == ':')
            && t.charAt(i + 1) >= '0' && t.charAt(i + 1) <= '9') {
          separated = true;
        }
      } else if (Character.isLetter(c)) {
        int start = i;
        while (i < n && Character.isLetter(t.charAt(i))) {
          i++;
        }
        if (!stem && i - start >= 3
            && DATE_STEMS.contains(t.substring(start, start + 3).toLowerCase(java.util.Locale.ROOT))) {
          stem = true;
        }
      } else {
        i++;
      }
    }
    return separated || stem && numbers >= 1 || year && numbers >= 2;
  }

  /** Whitespace-separated tokens. */
  private static int tokens(String t) {
    int count = 0;
    boolean in = false;
    for (int i = 0; i < t.length(); i++) {
      boolean space = LineReader.isSpace(t.charAt(i));
      if (!space && !in) {
        count++;
      }
      in = !space;
    }
    return count;
  }

  private static void chrome(Line line, RemovalReason reason, String detail) {
    line.kind = Line.Kind.CHROME;
    line.reject(reason, detail);
  }

  /**
   * What a line wholly in brackets is, as text browsers write them: "image" for {@code [photo-1024x723.jpg]},
   * {@code [INS::INS]} or {@code [A man on a bridge]}; "form" for {@code [          ]} and {@code [Go]}; null when
   * the line is not just bracketed items.
   */
  static String bracketed(String t) {
    int i = 0;
    int n = t.length();
    boolean form = false;
    int items = 0;
    while (i < n) {
      while (i < n && LineReader.isSpace(t.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      if (t.charAt(i) != '[') {
        // "[          ]Search→": a field with its button label
        int rest = n - i;
        return items > 0 && rest <= 20 ? "form" : null;
      }
      int close = t.indexOf(']', i + 1);
      if (close < 0) {
        return null;
      }
      String inner = t.substring(i + 1, close).strip();
      if (inner.isEmpty() || inner.equals("X") || inner.equals("x") || inner.equals("*")) {
        form = true;
      } else if (isButton(inner)) {
        form = true;
      }
      items++;
      i = close + 1;
    }
    if (items == 0) {
      return null;
    }
    return form ? "form" : "image";
  }

  private static boolean isButton(String inner) {
    switch (inner.toLowerCase(java.util.Locale.ROOT)) {
      case "go": case "search": case "submit": case "send": case "ok": case "subscribe": case "sign up":
      case "login": case "log in": case "sign in": case "search→": case "suchen": case "rechercher":
      case "buscar": case "cerca": case "post comment": case "send message": case "join": case "next":
        return true;
      default:
        return false;
    }
  }

  /** The line's weight for the content span. */
  static double weight(Line line) {
    if (line.barrier) {
      return BARRIER_WEIGHT;
    }
    int words = line.wordsEquivalent();
    if (line.kind == Line.Kind.CHROME) {
      double w = CHROME_WEIGHT - 0.5 * Math.min(words, 10);
      // pitches and share bars stand where an article ends more than anywhere else
      return line.reason == RemovalReason.SUBSCRIPTION || line.reason == RemovalReason.SHARE ? 2 * w : w;
    }
    if (line.kind == Line.Kind.SHORT) {
      if (line.repeats > 1) {
        return CHROME_WEIGHT;
      }
      if (line.sentenceEnd && line.stopWords > 0 && words >= 3) {
        return 0.5 * words;
      }
      return line.isListItem() ? SHORT_ITEM_WEIGHT : SHORT_WEIGHT;
    }
    return words * quality(line);
  }

  /**
   * How much a prose line looks like article text, 0 to 1: function words, a sentence end and commas raise it;
   * title-case words (teasers, names), capitals, link-like tokens and list markers lower it.
   */
  static double quality(Line line) {
    double q = 0.35 + 0.35 * Math.min(1.0, line.stopRatio() / 0.3);
    if (line.sentenceEnd) {
      q += 0.2;
    }
    if (line.commas > 0 || line.sentenceInside) {
      q += 0.1;
    }
    int words = Math.max(1, line.words);
    if (line.words >= 4 && line.capitalized > 0.7 * words) {
      q *= 0.5;
    }
    if (line.letters > 0 && line.upper > 0.5 * line.letters) {
      q *= 0.5;
    }
    if (line.linkTokens > 0) {
      q *= 0.6;
    }
    if (line.isListItem()) {
      q *= 0.8;
    }
    return Math.min(1.0, q);
  }
}
