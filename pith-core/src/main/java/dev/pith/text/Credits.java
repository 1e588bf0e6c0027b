package dev.pith.text;

import java.util.Locale;
import java.util.Set;

/**
 * Photo credit lines: "Sputnik/Mikhail Metzel/Reuters", "AP Photo/Evan Vucci", "Photo: Ann Reyes",
 * "Getty Images", "Courtesy of the artist". A credit is short, is no sentence, and either names an agency or
 * picture library, or starts with a credit label, or joins capitalised names with slashes (the wire services'
 * "photographer/agency" form).
 */
final class Credits {
  private static final int MAX_WORDS = 9;
  private static final int MAX_CHARS = 90;
  /** Agencies and picture libraries, as the last or only word(s) of a credit. */
  private static final Set<String> AGENCIES = Set.of(
      "reuters", "ap", "afp", "getty", "getty images", "epa", "epa-efe", "efe", "shutterstock", "istock",
      "istockphoto", "alamy", "bloomberg", "xinhua", "ansa", "dpa", "picture alliance", "picture-alliance",
      "keystone", "corbis", "pa", "pa images", "pa wire", "nurphoto", "sipa", "sipa usa", "unsplash", "pexels",
      "wikimedia commons", "flickr", "nasa", "aap", "imago", "anadolu", "tass", "ria novosti", "sputnik",
      "associated press", "the associated press", "ap photo", "afp via getty images", "getty images via afp",
      "ap images", "zuma press", "zuma wire", "rex", "rex features", "rex/shutterstock", "abaca", "sopa images",
      "lightrocket", "mediapunch", "the new york times", "redux", "polaris", "eyevine", "newscom", "kyodo",
      "yonhap", "jiji press", "aflo", "belga", "ap/press association images", "press association",
      "the washington post", "staff", "file photo", "handout");
  private static final String[] LABELS = {
    "photo:", "photo by", "photos:", "photos by", "photograph:", "photograph by", "photography:",
    "photography by", "image:", "image by", "images:", "picture:", "pictures:", "credit:", "credits:",
    "image credit", "photo credit", "foto:", "fotos:", "bild:", "bilder:", "quelle:", "©", "(c)", "courtesy of",
    "courtesy:", "illustration:", "illustration by", "illustrations by", "video:", "graphic:", "map:",
    "crédit photo", "crédits photo", "photo :", "fonte:", "foto di", "source: getty", "photo illustration",
  };

  /** Openings of photo captions: "FILE PHOTO:", "In this photo ...", "Pictured: ...". */
  private static final String[] CAPTION_OPENINGS = {
    "file photo:", "file photo -", "file - ", "file – ", "file — ", "in this photo", "in this file photo",
    "in this image", "in this undated photo", "in this handout photo", "in this frame grab", "this photo",
    "this image", "pictured:", "pictured above", "above:", "top:", "photo:", "image:", "photograph:",
  };
  /** Words that make a closing parenthesis a credit: "(AP Photo/Alan Diaz, File)", "(Getty Images)". */
  private static final String[] CREDIT_WORDS = {
    "photo", "image", "credit", "courtesy", "getty", "reuters", "afp", "ap", "epa", "file", "shutterstock",
    "istock", "bloomberg", "xinhua", "handout", "pool", "dpa", "afp/getty",
  };

  private Credits() {}

  /**
   * Where the credit starts in a caption that carries one at its end ("… in Hanoi. (AP Photo/Hau Dinh)",
   * "… spacecraft. Credit: ESA", "… 2019. REUTERS/Brendan McDermid"), 0 when the line opens like a caption but
   * has no credit ("In this photo …"), -1 when it is no caption.
   */
  static int captionCredit(Line line) {
    String t = line.text;
    if (line.isListItem() || line.words < 4 || line.words > 90 || t.length() > 700) {
      return -1;
    }
    int signs = creditSigns(t);
    if (signs == NO_SIGN) {
      return -1;
    }
    int n = t.length();
    boolean strong = signs == STRONG;
    // "(AP Photo/Alan Diaz, File)" at the end
    if (strong && t.charAt(n - 1) == ')') {
      int open = t.lastIndexOf('(');
      if (open > 0 && n - open <= 70 && isCreditText(t.substring(open + 1, n - 1))) {
        return open;
      }
    }
    // "Credit: ESA", "Photo: Jane Doe", "© Reuters / David Mercado", "REUTERS/Brendan McDermid/File"; without a
    // strong sign only the labels that hold no ':' or '©' can be there, and no agency ("/" or "Getty" in each)
    int window = Math.max(0, n - 70);
    String tail = t.substring(window);
    String lowerTail = tail.toLowerCase(Locale.ROOT);
    // every label holds one of LABEL_SIGNS and every agency mark a '/' or "Getty" (a test checks both): most lines
    // with a strong sign (a ':' or '/' in the tail) still have none of them, and skip the search for each one
    for (String label : mayHoldLabel(lowerTail) ? (strong ? CAPTION_LABELS : WEAK_CAPTION_LABELS) : NO_MARKS) {
      int at = lowerTail.lastIndexOf(label);
      if (at >= 0 && (at == 0 && window > 0 || at > 0 && !Character.isLetterOrDigit(tail.charAt(at - 1)))) {
        int start = window + at;
        if (start > 0 && t.length() - start <= 70) {
          return start;
        }
      }
    }
    boolean agencySign = strong && (tail.indexOf('/') >= 0 || tail.contains("Getty"));
    for (String agency : agencySign ? AGENCY_MARKS : NO_MARKS) {
      int at = tail.lastIndexOf(agency);
      if (at >= 0) {
        // back to the start of the credit: the last sentence end before it
        int start = window + at;
        int stop = t.lastIndexOf(". ", start);
        int from = stop >= 0 ? stop + 2 : -1;
        if (from > 0 && n - from <= 80 && !t.substring(from, start).contains(". ")) {
          return from;
        }
      }
    }
    return opening(t);
  }

  /** Labels that open a credit at the end of a caption, tried in this order. */
  static final String[] CAPTION_LABELS = {"credit:", "photo:", "photograph:", "image:", "photo credit:", "foto:",
      "bild:", "©", "(c)", "photo by ", "image by "};
  /** The {@link #CAPTION_LABELS} that hold no ':' or '©', in their order. */
  private static final String[] WEAK_CAPTION_LABELS = {"(c)", "photo by ", "image by "};
  /** Agencies' credits at the end of a caption, tried in this order. */
  static final String[] AGENCY_MARKS = {"REUTERS/", "AFP/", "AP/", "EPA/", "Reuters/", " / AFP", " / Reuters",
      "/Getty Images", "via Getty Images", "Getty Images", "/AP", "/Reuters", "/AFP"};
  private static final String[] NO_MARKS = {};
  /** One of these is in each of the {@link #CAPTION_LABELS} (a test checks it). */
  static final String[] LABEL_SIGNS = {":", "©", "(c)", "by "};

  private static boolean mayHoldLabel(String lowerTail) {
    for (String sign : LABEL_SIGNS) {
      if (lowerTail.contains(sign)) {
        return true;
      }
    }
    return false;
  }

  /** 0 when {@code t} opens as a caption does ("In this photo", "File photo"), else -1. */
  private static int opening(String t) {
    String lower = t.length() > 40 ? t.substring(0, 40).toLowerCase(Locale.ROOT) : t.toLowerCase(Locale.ROOT);
    for (String opening : CAPTION_OPENINGS) {
      if (lower.startsWith(opening)) {
        return 0;
      }
    }
    return -1;
  }

  /** {@link #creditSigns}: nothing that a credit or caption shows. */
  private static final int NO_SIGN = 0;
  /** {@link #creditSigns}: only a first letter that a caption's opening ("In this photo", "File") may start with. */
  private static final int OPENING_ONLY = 1;
  /** {@link #creditSigns}: a closing bracket at the end, or ':', '©', '/' or "Getty" near it. */
  private static final int STRONG = 2;

  /**
   * What in {@code t} could make it a credit, cheaply: a caption credit ends in ')' or has ':', '©', '/' or "Getty"
   * in its last characters; a caption may open with one of a few letters; most lines show neither.
   */
  private static int creditSigns(String t) {
    int n = t.length();
    if (t.charAt(n - 1) == ')') {
      return STRONG;
    }
    for (int i = Math.max(0, n - 70); i < n; i++) {
      char c = t.charAt(i);
      if (c == ':' || c == '©' || c == '/' || c == 'G' && t.startsWith("Getty", i)) {
        return STRONG;
      }
    }
    char first = Character.toLowerCase(t.charAt(0));
    return first == 'f' || first == 'i' || first == 't' || first == 'p' || first == 'a' ? OPENING_ONLY : NO_SIGN;
  }

  private static boolean isCreditText(String inner) {
    String lower = inner.toLowerCase(Locale.ROOT).strip();
    if (lower.isEmpty() || lower.length() > 68) {
      return false;
    }
    for (String w : CREDIT_WORDS) {
      if (lower.equals(w) || lower.startsWith(w + " ") || lower.startsWith(w + "/") || lower.endsWith(" " + w)
          || lower.endsWith("/" + w) || lower.contains(" " + w + "/") || lower.contains(w + " photo")) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code line} is a photo credit. */
  static boolean isCredit(Line line) {
    String t = line.text;
    if (t.length() > MAX_CHARS || line.words == 0 || line.words > MAX_WORDS || line.isListItem()
        || line.kind == Line.Kind.PROSE) {
      return false;
    }
    String lower = t.toLowerCase(Locale.ROOT);
    for (String label : LABELS) {
      if (lower.startsWith(label)) {
        return true;
      }
    }
    if (line.sentenceEnd && !lower.endsWith(".")) {
      return false;
    }
    if (line.sentenceInside || line.stopWords > 2) {
      return false;
    }
    // "Evelyn Hockstein/Reuters", "Tetiana Dzhafarova/AP", "Sputnik/Mikhail Metzel/Reuters"
    int slash = t.lastIndexOf('/');
    String last = slash >= 0 ? t.substring(slash + 1) : t;
    last = last.strip().toLowerCase(Locale.ROOT);
    if (last.endsWith(".")) {
      last = last.substring(0, last.length() - 1);
    }
    if (AGENCIES.contains(last)) {
      return slash >= 0 || line.words <= 4;
    }
    int space = lower.lastIndexOf(' ');
    while (space > 0) {
      // the credit's last words: "… Getty Images", "… via Getty Images"
      String tailWords = lower.substring(space + 1);
      if (tailWords.length() > 3 && AGENCIES.contains(tailWords)) {
        return slash >= 0 || lower.startsWith("via ", Math.max(0, space - 3)) || lower.contains("photo");
      }
      space = lower.lastIndexOf(' ', space - 1);
    }
    return slash > 0 && slashedNames(t);
  }

  /**
   * "Name Name/Agency": every slash-separated part is one to four capitalised words, and one of them is a name of
   * two words or more.
   */
  private static boolean slashedNames(String t) {
    String[] parts = t.split("/");
    if (parts.length < 2 || parts.length > 4) {
      return false;
    }
    boolean person = false;
    for (String part : parts) {
      String p = part.strip();
      if (p.isEmpty() || !Character.isUpperCase(p.codePointAt(0))) {
        return false;
      }
      String[] words = p.split("\\s+");
      if (words.length > 4) {
        return false;
      }
      person |= words.length >= 2; // a photographer's name: "Evelyn Hockstein"; "Input/Output" has none
      for (String w : words) {
        if (!Character.isUpperCase(w.codePointAt(0)) && !w.equals("de") && !w.equals("van") && !w.equals("von")) {
          return false;
        }
      }
    }
    return person;
  }
}
