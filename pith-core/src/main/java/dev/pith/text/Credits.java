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

  private Credits() {}

  /** Whether {@code line} is a photo credit. */
  static boolean isCredit(Line line) {
    String t = line.text;
    if (t.length() > MAX_CHARS || line.words == 0 || line.words > MAX_WORDS || line.isListItem()) {
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
    for (String agency : AGENCIES) {
      if (agency.length() > 3 && (lower.endsWith(" " + agency) || lower.endsWith("/" + agency))) {
        return slash >= 0 || lower.endsWith("via " + agency) || lower.contains("photo");
      }
    }
    return slash > 0 && slashedNames(t);
  }

  /** "Name Name/Agency": every slash-separated part is one to four capitalised words. */
  private static boolean slashedNames(String t) {
    String[] parts = t.split("/");
    if (parts.length < 2 || parts.length > 4) {
      return false;
    }
    for (String part : parts) {
      String p = part.strip();
      if (p.isEmpty() || !Character.isUpperCase(p.codePointAt(0))) {
        return false;
      }
      String[] words = p.split("\\s+");
      if (words.length > 4) {
        return false;
      }
      for (String w : words) {
        if (!Character.isUpperCase(w.codePointAt(0)) && !w.equals("de") && !w.equals("van") && !w.equals("von")) {
          return false;
        }
      }
    }
    return true;
  }
}
