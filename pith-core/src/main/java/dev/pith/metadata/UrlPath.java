package dev.pith.metadata;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a URL path says about a page: its date ({@code /2025/02/20/}, {@code /2025/0220/}, {@code /2025-02-20/},
 * {@code /20250220/}) and its section (the words before the date: {@code /World/Europe/2025/0220/slug} is section
 * {@code World/Europe}).
 *
 * @param date ISO date, or null
 * @param section section path, or null
 */
public record UrlPath(@Nullable String date, @Nullable String section) {
  private static final Pattern YMD = Pattern.compile(
      "/((?:19|20)\\d{2})[/_-]?(\\d{2})[/_-]?(\\d{2})(?=/|$|[^\\d])");
  private static final Pattern YM = Pattern.compile("/((?:19|20)\\d{2})/(\\d{2})/");
  private static final Pattern SECTION_WORD = Pattern.compile("[\\p{L}][\\p{L}\\d_-]{0,40}");

  /** A path that says nothing. */
  public static final UrlPath NONE = new UrlPath(null, null);

  /** Reads {@code url} (absolute, or a path starting with '/'); never throws. */
  public static UrlPath of(@Nullable String url) {
    if (url == null || url.isBlank()) {
      return NONE;
    }
    String path;
    try {
      path = url.startsWith("/") ? url : URI.create(url.strip().replace(" ", "%20")).getRawPath();
    } catch (IllegalArgumentException notAUri) {
      return NONE;
    }
    if (path == null || path.isEmpty()) {
      return NONE;
    }
    String date = null;
    int dateStart = -1;
    Matcher m = YMD.matcher(path);
    while (m.find()) {
      String d = Dates.date(m.group(1), m.group(2), m.group(3));
      if (d != null) {
        date = d;
        dateStart = m.start();
        break;
      }
    }
    if (date == null) {
      m = YM.matcher(path);
      if (m.find()) {
        // a month alone is a date to the month; keep the first day only as a section boundary
        dateStart = m.start();
      }
    }
    String section = dateStart > 0 ? section(path.substring(0, dateStart)) : null;
    return new UrlPath(date, section);
  }

  private static @Nullable String section(String prefix) {
    List<String> words = new ArrayList<>();
    for (String part : prefix.split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      if (!SECTION_WORD.matcher(part).matches()) {
        return null; // ids or file names before the date: not a section path
      }
      words.add(part);
    }
    return words.isEmpty() || words.size() > 4 ? null : String.join("/", words);
  }
}
