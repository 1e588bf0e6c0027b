package dev.pith.text;

import dev.pith.document.Metadata;
import dev.pith.document.RemovalReason;
import dev.pith.document.Sourced;
import dev.pith.metadata.MetadataExtractor;
import dev.pith.metadata.UrlPath;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Metadata from the text alone: the headline, the date and section of a URL path standing in the capture (or of
 * the capture's URL), a date line near the headline, bylines, the site name where the text states it ("Headline |
 * Site", a copyright line), and the language of the stop words. Each field names its source. Stateless.
 */
final class TextMetadata {
  private TextMetadata() {}

  static Metadata of(List<Line> lines, int titleIndex, int[] span, @Nullable String url, int language) {
    Sourced title = titleIndex >= 0 ? new Sourced(lines.get(titleIndex).text, "text:headline") : null;
    Sourced published = null;
    Sourced section = null;
    UrlPath path = url == null ? UrlPath.NONE : UrlPath.of(url);
    String pathSource = "url";
    if (path.date() == null && path.section() == null) {
      for (Line line : lines) {
        if (line.reason == RemovalReason.BARE_URL) {
          UrlPath p = UrlPath.of(pathOf(line.text));
          if (p.date() != null || p.section() != null) {
            path = p;
            pathSource = "text:url-path";
            break;
          }
        }
      }
    }
    if (path.date() != null) {
      published = new Sourced(path.date(), pathSource);
    }
    if (path.section() != null) {
      section = new Sourced(path.section(), pathSource);
    }
    List<Sourced> authors = new ArrayList<>();
    List<String> dateLines = new ArrayList<>();
    List<String> bylineLines = new ArrayList<>();
    int from = Math.max(0, (titleIndex >= 0 ? titleIndex : span[0]) - 3);
    int to = Math.min(lines.size(), span[0] + 8);
    for (int i = from; i < to; i++) {
      Line line = lines.get(i);
      if (line.reason == RemovalReason.METADATA) {
        if ("date line".equals(line.detail)) {
          dateLines.add(line.text);
        } else if ("byline".equals(line.detail)) {
          bylineLines.add(line.text); // "By Tom Hansen · September 12, 2023" dates the article too
          List<String> names = Bylines.names(line.text);
          if (names != null && names.isEmpty() && i + 1 < lines.size()) {
            // "By" alone: the name is on the next line
            Line next = lines.get(i + 1);
            if (next.kind != Line.Kind.PROSE && next.words <= 5 && next.capitalized == next.words) {
              names = List.of(next.text);
            }
          }
          if (names != null) {
            for (String name : names) {
              if (authors.stream().noneMatch(a -> a.value().equals(name))) {
                authors.add(new Sourced(name, "text:byline"));
              }
            }
          }
        }
      }
    }
    Sourced siteName = siteName(lines, title);
    Sourced lang = language >= 0 ? new Sourced(StopWords.language(language), "text:stop-words") : scriptLanguage(lines);
    Metadata m = new Metadata(title, authors, published, null, siteName,
        url == null ? null : new Sourced(url, "capture"), lang, null, section, null);
    dateLines.addAll(bylineLines);
    if (published == null && !dateLines.isEmpty()) {
      m = MetadataExtractor.create().withDateFromLines(m, dateLines);
    }
    return m;
  }

  /**
   * The language of text in a script that only few languages write: Japanese for kana, Korean for Hangul, Chinese
   * for Han alone; null for anything else.
   */
  private static @Nullable Sourced scriptLanguage(List<Line> lines) {
    int han = 0;
    int kana = 0;
    int hangul = 0;
    int letters = 0;
    for (Line line : lines) {
      letters += line.letters;
      if (line.otherScript == 0) {
        continue;
      }
      String t = line.text;
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        if (c >= 0x3040 && c <= 0x30ff) {
          kana++;
        } else if (c >= 0xac00 && c <= 0xd7af || c >= 0x1100 && c <= 0x11ff) {
          hangul++;
        } else if (c >= 0x4e00 && c <= 0x9fff) {
          han++;
        }
      }
    }
    if (letters == 0) {
      return null;
    }
    if (hangul > letters / 2) {
      return new Sourced("ko", "text:script");
    }
    if (kana + han > letters / 2) {
      return new Sourced(kana * 10 > han ? "ja" : "zh", "text:script");
    }
    return null;
  }

  /** The path part of a URL or path token standing alone on a line. */
  private static String pathOf(String text) {
    String t = text.strip();
    int space = t.indexOf(' ');
    return space < 0 ? t : t.substring(0, space);
  }

  /** "Headline | Site" or "Headline - Site" somewhere in the text: the part after the headline names the site. */
  private static @Nullable Sourced siteName(List<Line> lines, @Nullable Sourced title) {
    if (title == null) {
      return null;
    }
    String headline = title.value();
    for (Line line : lines) {
      String t = line.text;
      if (t.length() > headline.length() + 3 && t.startsWith(headline)) {
        String rest = t.substring(headline.length()).strip();
        if (rest.length() > 2 && (rest.charAt(0) == '|' || rest.charAt(0) == '-' || rest.charAt(0) == '–'
            || rest.charAt(0) == '—' || rest.charAt(0) == '·' || rest.charAt(0) == ':')) {
          String site = rest.substring(1).strip();
          if (!site.isEmpty() && site.length() <= 60 && Character.isLetterOrDigit(site.charAt(0))) {
            return new Sourced(site, "text:title-suffix");
          }
        }
      }
    }
    return null;
  }
}
